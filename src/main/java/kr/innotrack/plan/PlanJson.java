package kr.innotrack.plan;

import java.math.BigDecimal;
import java.util.List;

/** JSON shapes of the read API (docs/api.md). Month values are "YYYY-MM" strings. */
public final class PlanJson {

    private PlanJson() {
    }

    /** @param state DRAFT (작성 중, planning admins only), CONFIRMED (확정) or CLOSED (종료, read-only) */
    public record Summary(Long id, Long organizationId, String organization, int year, String title,
                          String state, long taskCount) {
    }

    public record Detail(Long id, Long organizationId, String organization, int year, String title,
                         String state, Long predecessorPlanId, String subtitle, String issued, String vision, String goal, List<String> strategies,
                         List<String> directions, long taskCount, List<Node> strategyTree) {
    }

    public record Node(String code, String name, String level, String category, boolean mandatory,
                       long taskCount, List<Node> children) {
    }

    public record TaskJson(Long id, String code, String title, String strategyCode, String leadDepartment,
                           String collaborators, List<String> collaboratingDepartments, String officer,
                           String phone, String budget, List<BudgetAmount> budgetAmounts, boolean continuing,
                           boolean representative, String background, String details, String before,
                           String after, List<MilestoneJson> milestones, List<KpiJson> kpis,
                           List<BudgetQuarter> budgetPlan) {
    }

    /** One quarter of a task's budget execution plan, summed over its lines (백만원). */
    public record BudgetQuarter(int year, int quarter, java.math.BigDecimal planned, java.math.BigDecimal executed) {
    }

    public record BudgetAmount(int year, long thousandWon, String note) {
    }

    public record MilestoneJson(Long id, String description, String detail, String plannedStart,
                                String plannedEnd, List<String> plannedMonths, String recurrence, String schedule,
                                String status, String actualCompletion, String note) {
    }

    public record KpiJson(Long id, String name, String unit, BigDecimal baseline, BigDecimal target,
                          String direction, String source, List<Actual> actuals) {
    }

    public record Actual(int year, int quarter, BigDecimal value, String note) {
    }
}
