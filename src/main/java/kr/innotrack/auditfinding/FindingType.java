package kr.innotrack.auditfinding;

/** How the council's finding is classed (처리구분). */
public enum FindingType {
    CORRECTION("시정요구"),
    ACTION("처리요구"),
    RECOMMENDATION("건의");

    private final String label;

    FindingType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
