package kr.innotrack.checkround;

import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.YearMonth;
import kr.innotrack.shared.YearMonthDateConverter;

/** A revised planned period for one milestone, proposed in a remedy; applied when the office accepts it. */
@Embeddable
public class MilestoneRevision {

    private Long milestoneId;

    @Convert(converter = YearMonthDateConverter.class)
    private YearMonth newStart;

    @Convert(converter = YearMonthDateConverter.class)
    private YearMonth newEnd;

    protected MilestoneRevision() {
    }

    MilestoneRevision(Long milestoneId, YearMonth newStart, YearMonth newEnd) {
        this.milestoneId = milestoneId;
        this.newStart = newStart;
        this.newEnd = newEnd;
    }

    public Long getMilestoneId() {
        return milestoneId;
    }

    public YearMonth getNewStart() {
        return newStart;
    }

    public YearMonth getNewEnd() {
        return newEnd;
    }
}
