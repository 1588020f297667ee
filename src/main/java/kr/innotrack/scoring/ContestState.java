package kr.innotrack.scoring;

import jakarta.persistence.Entity;
import java.time.LocalDateTime;
import kr.innotrack.shared.BaseEntity;

/** The year-end contest of a plan: whether the staff vote is closed (counts are public only after). */
@Entity(name = "Contest")
@jakarta.persistence.Table(name = "contest")
class ContestState extends BaseEntity {

    private Long planId;
    private boolean voteClosed;
    private LocalDateTime closedAt;
    private String closedBy;

    protected ContestState() {
    }

    ContestState(Long planId) {
        this.planId = planId;
    }

    void close(String by, LocalDateTime at) {
        voteClosed = true;
        closedBy = by;
        closedAt = at;
    }

    public boolean isVoteClosed() {
        return voteClosed;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }
}
