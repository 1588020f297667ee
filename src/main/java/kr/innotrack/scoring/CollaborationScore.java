package kr.innotrack.scoring;

import lombok.Getter;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import kr.innotrack.shared.BaseEntity;

/** The lead department's evaluation (0–100) of one collaborating department on one task (Jung-gu). */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class CollaborationScore extends BaseEntity {

    private Long taskId;
    private Long departmentId;
    private BigDecimal score;
    private String enteredBy;
    private LocalDateTime enteredAt;

    CollaborationScore(Long taskId, Long departmentId) {
        this.taskId = taskId;
        this.departmentId = departmentId;
    }

    void set(BigDecimal score, String by, LocalDateTime at) {
        this.score = score;
        this.enteredBy = by;
        this.enteredAt = at;
    }

}
