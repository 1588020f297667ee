package kr.innotrack.shared;

/** What a signed-in person may do inside their own organization. */
public enum Role {
    /** 기획부서 관리자: everything in the organization, including accounts. */
    PLANNING_ADMIN("기획부서 관리자"),
    /** 부서 담당자: updates the tasks of their own department. */
    DEPARTMENT_OFFICER("부서 담당자"),
    /** 열람자: reads the organization's data, changes nothing. */
    VIEWER("열람자");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
