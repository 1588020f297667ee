package kr.innotrack.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One entry of a plan's 계획 변경 이력: a structural change made after confirmation, with its reason. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
public class PlanChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;
    private Long taskId;
    @Enumerated(EnumType.STRING)
    private PlanChangeKind kind;
    private String summary;
    private String reason;
    private String changedBy;
    private LocalDateTime changedAt;

    static PlanChange of(Long planId, Long taskId, PlanChangeKind kind, String summary, String reason, String changedBy,
                         LocalDateTime at) {
        return new PlanChange(null, planId, taskId, kind, summary, reason, changedBy, at);
    }
}
