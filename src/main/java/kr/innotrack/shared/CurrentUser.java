package kr.innotrack.shared;

/**
 * The signed-in person as the services see them: who, in which organization (the tenant every query is
 * confined to), in which department, with which role. Controllers receive it as a method argument.
 */
public record CurrentUser(Long accountId, String username, String displayName, Long organizationId,
                          Long departmentId, Role role) implements java.io.Serializable {

    public boolean admin() {
        return role == Role.PLANNING_ADMIN;
    }

    public boolean operator() {
        return role == Role.OPERATOR;
    }

    public boolean officer() {
        return role == Role.DEPARTMENT_OFFICER;
    }
}
