package kr.innotrack.scoring;

import lombok.Getter;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import kr.innotrack.shared.BaseEntity;

/** One external panel member's score (0–100) of one task, entered by the planning admin. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class PanelScore extends BaseEntity {

    private Long planId;
    private Long taskId;
    private String panelMember;
    private BigDecimal score;
    private String enteredBy;
    private LocalDateTime enteredAt;

    PanelScore(Long planId, Long taskId, String panelMember) {
        this.planId = planId;
        this.taskId = taskId;
        this.panelMember = panelMember;
    }

    void set(BigDecimal score, String by, LocalDateTime at) {
        this.score = score;
        this.enteredBy = by;
        this.enteredAt = at;
    }

}
