package kr.innotrack.plan;

import kr.innotrack.shared.Labeled;

/** Progress state of a milestone (추진일정). */
public enum MilestoneStatus implements Labeled {
    PLANNED,
    IN_PROGRESS,
    DONE,
    DELAYED,
    CANCELLED;

    public boolean closed() {
        return this == DONE || this == CANCELLED;
    }
}
