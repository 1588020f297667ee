package kr.innotrack.publicvote;

import kr.innotrack.shared.Labeled;

/** Where a vote stands at a moment: its state and the clock against its opening and closing times. */
public enum VotePhase implements Labeled {
    DRAFT, UPCOMING, OPEN, CLOSED, RESULTS;

    static VotePhase of(VoteState state, java.time.LocalDateTime opensAt, java.time.LocalDateTime closesAt,
                        java.time.LocalDateTime now) {
        if (state == VoteState.DRAFT) {
            return DRAFT;
        }
        if (state == VoteState.RESULTS) {
            return RESULTS;
        }
        if (now.isBefore(opensAt)) {
            return UPCOMING;
        }
        return now.isBefore(closesAt) ? OPEN : CLOSED;
    }

    public boolean isPublic() {
        return this != DRAFT;
    }
}
