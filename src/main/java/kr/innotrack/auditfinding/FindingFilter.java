package kr.innotrack.auditfinding;

import lombok.Getter;
import lombok.Setter;

/** The register's filters, bound from query parameters; empty means all. */
@Getter
@Setter
public class FindingFilter {

    private FindingType type;
    private Long dept;
    private FindingStatus status;
    /** Only findings still in progress after their due date. */
    private boolean overdue;
}
