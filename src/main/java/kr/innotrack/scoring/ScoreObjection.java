package kr.innotrack.scoring;

import lombok.Getter;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import kr.innotrack.shared.BaseEntity;

/**
 * A department's objection to its score (이의 신청), filed within the window after the ranking is published, and the
 * office's answer. Kept with the score and rank the department had when it filed.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ScoreObjection extends BaseEntity {

    enum State implements kr.innotrack.shared.Labeled {
        OPEN, ANSWERED;
    }

    enum Outcome implements kr.innotrack.shared.Labeled {
        ACCEPTED, PARTLY_ACCEPTED, REJECTED;
    }

    private Long planId;
    private Long departmentId;

    @Enumerated(EnumType.STRING)
    private Component component;

    private String objectionText;
    private String filedBy;
    private LocalDateTime filedAt;
    private BigDecimal scoreAtFiling;
    private Integer rankAtFiling;

    @Enumerated(EnumType.STRING)
    private State state = State.OPEN;

    private String answerText;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String answeredBy;
    private LocalDateTime answeredAt;

    ScoreObjection(Long planId, Long departmentId, Component component, String text, String by, LocalDateTime at,
                   BigDecimal score, Integer rank) {
        this.planId = planId;
        this.departmentId = departmentId;
        this.component = component;
        this.objectionText = text;
        this.filedBy = by;
        this.filedAt = at;
        this.scoreAtFiling = score;
        this.rankAtFiling = rank;
    }

    void answer(Outcome outcome, String text, String by, LocalDateTime at) {
        this.state = State.ANSWERED;
        this.outcome = outcome;
        this.answerText = text;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public boolean open() {
        return state == State.OPEN;
    }

}
