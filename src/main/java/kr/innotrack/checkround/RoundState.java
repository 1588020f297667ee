package kr.innotrack.checkround;

import java.util.Optional;
import kr.innotrack.shared.Labeled;

/**
 * 준비 → 제출 → 검토 → 환류 → 종료, one step at a time and only forward: a round is never reopened, because its
 * closed record is what the meeting decided. Departments submit from 제출 until the round closes (late ones are
 * marked late); the office reviews from 제출 on; once 종료, nothing in the round changes.
 */
public enum RoundState implements Labeled {
    PREPARING,
    SUBMISSION,
    REVIEW,
    FEEDBACK,
    CLOSED;

    public Optional<RoundState> next() {
        return this == CLOSED ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    public boolean canMoveTo(RoundState target) {
        return next().filter(target::equals).isPresent();
    }

    /** Departments may write and submit their entries. */
    public boolean acceptsSubmissions() {
        return this == SUBMISSION || this == REVIEW || this == FEEDBACK;
    }

    /** The office may rate, comment and return entries. */
    public boolean acceptsReviews() {
        return this == SUBMISSION || this == REVIEW || this == FEEDBACK;
    }

    /** Settings and covered tasks may still change. */
    public boolean editable() {
        return this == PREPARING;
    }

    public boolean closed() {
        return this == CLOSED;
    }
}
