package kr.innotrack.plan;

/** Progress state of a milestone (추진일정). */
public enum MilestoneStatus {
    PLANNED("예정"),
    IN_PROGRESS("진행중"),
    DONE("완료"),
    DELAYED("지연"),
    CANCELLED("취소");

    private final String label;

    MilestoneStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return this == DONE || this == CANCELLED;
    }
}
