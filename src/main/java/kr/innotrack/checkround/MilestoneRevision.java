package kr.innotrack.checkround;

import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.YearMonth;
import kr.innotrack.shared.YearMonthDateConverter;
import lombok.Getter;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

/**
 * A revised planned period for one milestone, proposed in a remedy; applied when the office accepts it. It keeps the
 * months it replaces, so the remedy shows old and new side by side even after the plan has moved.
 */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class MilestoneRevision {

    private Long milestoneId;

    @Convert(converter = YearMonthDateConverter.class)
    private YearMonth newStart;

    @Convert(converter = YearMonthDateConverter.class)
    private YearMonth newEnd;

    /** The planned months this revision replaces (null for one proposed before they were kept). */
    @Convert(converter = YearMonthDateConverter.class)
    private YearMonth oldStart;

    @Convert(converter = YearMonthDateConverter.class)
    private YearMonth oldEnd;

    MilestoneRevision(Long milestoneId, YearMonth oldStart, YearMonth oldEnd, YearMonth newStart, YearMonth newEnd) {
        this.milestoneId = milestoneId;
        this.oldStart = oldStart;
        this.oldEnd = oldEnd;
        this.newStart = newStart;
        this.newEnd = newEnd;
    }
}
