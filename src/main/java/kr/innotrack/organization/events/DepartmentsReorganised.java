package kr.innotrack.organization.events;

import java.time.LocalDate;
import java.util.Map;
import kr.innotrack.shared.CurrentUser;

/**
 * Departments were merged or split from {@code effectiveOn}: the work of each closed department ({@code movedTo}: closed
 * department id → successor id) follows its successor, except the tasks the admin gave to another successor
 * ({@code taskOverrides}: task id → successor id, a split's choices). {@code by} is who did it, for the history.
 */
public record DepartmentsReorganised(Long organizationId, LocalDate effectiveOn, Map<Long, Long> movedTo,
                                     Map<Long, Long> taskOverrides, CurrentUser by) {

    public DepartmentsReorganised {
        movedTo = Map.copyOf(movedTo);
        taskOverrides = Map.copyOf(taskOverrides);
    }

    /** Where the work a closed department did on {@code taskId} goes, or null if it is not a closed department. */
    public Long successorFor(Long departmentId, Long taskId) {
        if (departmentId == null || !movedTo.containsKey(departmentId)) {
            return null;
        }
        return taskOverrides.getOrDefault(taskId, movedTo.get(departmentId));
    }
}
