package kr.innotrack.scoring;

import lombok.Getter;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** A confirmed award decision: the ranking and winners as they stood, frozen with the model version used. */
@Entity
@Immutable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AwardResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;
    private int modelVersionNo;
    private LocalDateTime confirmedAt;
    private String confirmedBy;
    /** How a tie that decided an award was ordered, by whom and why (null when none did). */
    private String tieNote;

    @OneToMany(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "award_result_id", nullable = false, updatable = false)
    @OrderBy("lineNo")
    private List<AwardLine> lines = new ArrayList<>();

    AwardResult(Long planId, int modelVersionNo, LocalDateTime confirmedAt, String confirmedBy, List<AwardLine> lines,
                String tieNote) {
        this.planId = planId;
        this.tieNote = tieNote;
        this.modelVersionNo = modelVersionNo;
        this.confirmedAt = confirmedAt;
        this.confirmedBy = confirmedBy;
        this.lines.addAll(lines);
    }

}
