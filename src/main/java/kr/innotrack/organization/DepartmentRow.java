package kr.innotrack.organization;

/** One line of the department list. */
public record DepartmentRow(Long id, String name, long ledTasks, long collaboratedTasks, int depth,
                            Integer authorized, Integer current, Integer budgetYear, java.math.BigDecimal budgetTotal,
                            java.math.BigDecimal budgetProgram, java.math.BigDecimal budgetAdministrative) {

    public long taskCount() {
        return ledTasks + collaboratedTasks;
    }
}
