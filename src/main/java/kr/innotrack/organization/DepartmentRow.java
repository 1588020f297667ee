package kr.innotrack.organization;

/** One line of the department list. */
public record DepartmentRow(Long id, String name, long ledTasks, long collaboratedTasks) {

    public long taskCount() {
        return ledTasks + collaboratedTasks;
    }
}
