package kr.innotrack.auditfinding;

/** Where the response to a finding stands (조치 상황). */
public enum FindingStatus {
    CLOSED("종결"),
    IN_PROGRESS("진행"),
    NOT_FEASIBLE("불가");

    private final String label;

    FindingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Ending a finding, as closed or as not feasible, needs a note saying why. */
    public boolean needsClosingNote() {
        return this != IN_PROGRESS;
    }
}
