package kr.innotrack.plan;

/** One line of the plan list: which government, which year, how many tasks. */
public record PlanSummary(Long id, Long organizationId, String organization, int year, String title, long taskCount) {
}
