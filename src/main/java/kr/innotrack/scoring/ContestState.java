package kr.innotrack.scoring;

import lombok.Getter;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

import jakarta.persistence.Entity;
import java.time.LocalDateTime;
import kr.innotrack.shared.BaseEntity;

/**
 * The year-end contest of a plan: 준비 (the office selects the shortlist, departments write their results summaries)
 * → 투표 (staff vote for shortlisted tasks; counts are hidden) → 마감 (counts public, the contest counts in the ranking).
 * Only forward.
 */
@Entity(name = "Contest")
@jakarta.persistence.Table(name = "contest")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ContestState extends BaseEntity {

    enum Phase implements kr.innotrack.shared.Labeled {
        PREPARING, VOTING, CLOSED;
    }

    private Long planId;
    private boolean voteOpened;
    private boolean voteClosed;
    private LocalDateTime openedAt;
    private String openedBy;
    private LocalDateTime closedAt;
    private String closedBy;

    ContestState(Long planId) {
        this.planId = planId;
    }

    void open(String by, LocalDateTime at) {
        voteOpened = true;
        openedBy = by;
        openedAt = at;
    }

    void close(String by, LocalDateTime at) {
        voteClosed = true;
        closedBy = by;
        closedAt = at;
    }

    public Phase phase() {
        return voteClosed ? Phase.CLOSED : voteOpened ? Phase.VOTING : Phase.PREPARING;
    }

}
