package kr.innotrack.plan;

import java.util.Collection;
import kr.innotrack.shared.CurrentUser;

/**
 * Who may change a task (its officer fields, milestones and KPI values): a planning admin of the task's
 * organization; an officer of the lead department; an officer of a collaborating department when the task
 * allows collaborators to edit. Viewers never. Checked on the server for every change.
 */
public final class TaskPermission {

    private TaskPermission() {
    }

    public static boolean canEdit(CurrentUser user, Long taskOrganizationId, Long leadDepartmentId,
                                  Collection<Long> collaboratingDepartmentIds, boolean collaboratorsMayEdit) {
        if (user == null || !java.util.Objects.equals(user.organizationId(), taskOrganizationId)) {
            return false;
        }
        return switch (user.role()) {
            case PLANNING_ADMIN -> true;
            case DEPARTMENT_OFFICER -> user.departmentId() != null
                    && (user.departmentId().equals(leadDepartmentId)
                    || (collaboratorsMayEdit && collaboratingDepartmentIds.contains(user.departmentId())));
            case VIEWER, OPERATOR -> false;
        };
    }
}
