package kr.innotrack.auditfinding;

import kr.innotrack.shared.Labeled;

/** Where the response to a finding stands (조치 상황). */
public enum FindingStatus implements Labeled {
    CLOSED,
    IN_PROGRESS,
    NOT_FEASIBLE;

    /** Ending a finding, as closed or as not feasible, needs a note saying why. */
    public boolean needsClosingNote() {
        return this != IN_PROGRESS;
    }
}
