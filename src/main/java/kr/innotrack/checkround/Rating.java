package kr.innotrack.checkround;

/** The planning office's rating of a task in a check round. 미흡 and 부진 send the task into feedback (환류). */
public enum Rating implements kr.innotrack.shared.Labeled {
    EXCELLENT("우수"),
    NORMAL("정상"),
    INSUFFICIENT("미흡"),
    POOR("부진");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean needsRemedy() {
        return this == INSUFFICIENT || this == POOR;
    }
}
