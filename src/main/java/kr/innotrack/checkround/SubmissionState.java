package kr.innotrack.checkround;

/** Where a department's entry for a task stands. Submitted entries are locked until the office returns them. */
public enum SubmissionState {
    NOT_STARTED("미작성"),
    DRAFT("작성 중"),
    SUBMITTED("제출"),
    RETURNED("보완 요청");

    private final String label;

    SubmissionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean editable() {
        return this != SUBMITTED;
    }
}
