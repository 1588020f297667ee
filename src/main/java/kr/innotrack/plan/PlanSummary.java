package kr.innotrack.plan;

/** One line of the plan list: which government, which year, its state, how many tasks (retired ones apart). */
public record PlanSummary(Long id, Long organizationId, String organization, int year, String title,
                          PlanState state, long taskCount) {
}
