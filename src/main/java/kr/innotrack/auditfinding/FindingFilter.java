package kr.innotrack.auditfinding;

/** The register's filters, bound from query parameters; empty means all. */
public class FindingFilter {

    private FindingType type;
    private Long dept;
    private FindingStatus status;
    /** Only findings still in progress after their due date. */
    private boolean overdue;

    public FindingType getType() {
        return type;
    }

    public void setType(FindingType type) {
        this.type = type;
    }

    public Long getDept() {
        return dept;
    }

    public void setDept(Long dept) {
        this.dept = dept;
    }

    public FindingStatus getStatus() {
        return status;
    }

    public void setStatus(FindingStatus status) {
        this.status = status;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }
}
