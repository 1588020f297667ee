package kr.innotrack.plan.web;

import java.math.BigDecimal;
import kr.innotrack.organization.DepartmentNode;

/** One line of the department list: the organization's facts about the department and its task counts. */
public record DepartmentRow(Long id, String name, long ledTasks, long collaboratedTasks, int depth,
                            Integer authorized, Integer current, Integer budgetYear, BigDecimal budgetTotal,
                            BigDecimal budgetProgram, BigDecimal budgetAdministrative) {

    static DepartmentRow of(DepartmentNode d, long ledTasks, long collaboratedTasks) {
        return new DepartmentRow(d.id(), d.name(), ledTasks, collaboratedTasks, d.depth(), d.authorized(),
                d.current(), d.budgetYear(), d.budgetTotal(), d.budgetProgram(), d.budgetAdministrative());
    }

    public long taskCount() {
        return ledTasks + collaboratedTasks;
    }
}
