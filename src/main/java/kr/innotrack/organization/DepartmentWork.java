package kr.innotrack.organization;

import java.util.List;

/**
 * The work a department holds in other modules, for the split form that asks which successor takes each task.
 * Implemented by plan (organization does not know plans); without an implementation a split asks about accounts only.
 */
public interface DepartmentWork {

    /** The tasks of plans not closed that the department leads or collaborates on, in plan order. */
    List<OpenTask> openTasksOf(Long organizationId, Long departmentId);

    record OpenTask(Long id, int planYear, String code, String title) {
    }
}
