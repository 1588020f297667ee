package kr.innotrack.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Each task's computed status (정상/주의/부진, docs/check-cycle.md) on a date, for the task list. Implemented by the
 * check rounds, which own the calculation and its thresholds and depend on plans; this interface keeps plans from
 * depending on them (like {@link TaskBudgetPlans}). One statement (the plan's thresholds) besides the data given.
 */
public interface TaskStatuses {

    Map<Long, ComputedStatus> at(Plan plan, LocalDate date, List<Task> tasks, TaskQueries.ProgressData data);

    /**
     * A computed status as plan's pages show it: the constant's name (GREEN/AMBER/RED, for the shape and style),
     * its word's key, and its rank (higher is worse) for sorting.
     */
    record ComputedStatus(String name, String messageKey, int rank) {
    }
}
