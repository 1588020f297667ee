package kr.innotrack.shared;

import java.util.List;

/** What a signed-in person may do inside their own organization. */
public enum Role implements Labeled {
    /** 기획부서 관리자: everything in the organization, including accounts. */
    PLANNING_ADMIN,
    /** 부서 담당자: updates the tasks of their own department. */
    DEPARTMENT_OFFICER,
    /** 열람자: reads the organization's data, changes nothing. */
    VIEWER,
    /** 운영자: onboards organizations and their first admin; belongs to no organization and reads no plan. */
    OPERATOR;

    /** The roles a planning admin may give within the organization (never {@link #OPERATOR}). */
    public static List<Role> withinOrganization() {
        return List.of(PLANNING_ADMIN, DEPARTMENT_OFFICER, VIEWER);
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
