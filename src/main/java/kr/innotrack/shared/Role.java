package kr.innotrack.shared;

/** What a signed-in person may do inside their own organization. */
public enum Role implements Labeled {
    /** 기획부서 관리자: everything in the organization, including accounts. */
    PLANNING_ADMIN,
    /** 부서 담당자: updates the tasks of their own department. */
    DEPARTMENT_OFFICER,
    /** 열람자: reads the organization's data, changes nothing. */
    VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}
