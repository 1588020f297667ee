package kr.innotrack.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * A whole plan as data, before it exists or as it is: header, strategy tree, tasks with their schedule lines and
 * KPIs. The three ways to create a plan (blank, from last year, from the spreadsheet template) each build one and
 * hand it to {@link PlanAssembly}; {@link PlanBlueprints} reads an existing plan back into one (export, roll-over).
 *
 * @param nodes parents before their children; {@code parentCode} names an earlier node's code
 */
public record PlanBlueprint(Header header, List<Node> nodes, List<TaskPlan> tasks) {

    public PlanBlueprint {
        nodes = List.copyOf(nodes);
        tasks = List.copyOf(tasks);
    }

    public record Header(int year, String title, String subtitle, String vision, String goal, String strategies,
                         String directions, Calendar calendar, Long predecessorPlanId) {
    }

    /** The year's process calendar as people write it ("2021. 4월", "분기별"); any part may be empty. */
    public record Calendar(String planning, String focusSelection, String checks, String feedback,
                           String evaluation) {
        public static final Calendar EMPTY = new Calendar(null, null, null, null, null);
    }

    public record Node(String code, String parentCode, String name, String levelName, String category,
                       boolean mandatory) {
    }

    /**
     * @param sourceTaskId      when read from an existing plan, the task it was read from; ignored on creation
     * @param predecessorTaskId on creation, the earlier year's task this one continues (계속), or null
     */
    public record TaskPlan(String nodeCode, String code, String title, Long leadDepartmentId,
                           List<Long> collaboratingDepartmentIds, String collaborators, String officer, String phone,
                           String budgetText, boolean continuing, boolean representative, String background,
                           String details, String before, String after, List<ScheduleLine> schedule,
                           List<Indicator> kpis, Long sourceTaskId, Long predecessorTaskId) {

        public TaskPlan {
            collaboratingDepartmentIds = collaboratingDepartmentIds == null ? List.of()
                    : List.copyOf(collaboratingDepartmentIds);
            schedule = schedule == null ? List.of() : List.copyOf(schedule);
            kpis = kpis == null ? List.of() : List.copyOf(kpis);
        }
    }

    /** A schedule line (추진일정) as written: 「2021. 6~7월」, 「분기별 1회」, 「연중」. */
    public record ScheduleLine(String description, String detail, String scheduleText) {
    }

    /**
     * @param lastActual when read from an existing plan, the latest value recorded in its year (what a roll-over
     *                   proposes as next year's baseline); ignored on creation
     */
    public record Indicator(String name, String unit, BigDecimal baseline, BigDecimal target,
                            KpiDirection direction, KpiFrequency frequency, KpiAccumulation accumulation,
                            String sourceNote, BigDecimal lastActual) {

        /** An indicator whose accumulation type is not stated ({@link KpiAccumulation#DEFAULT}). */
        public Indicator(String name, String unit, BigDecimal baseline, BigDecimal target, KpiDirection direction,
                         KpiFrequency frequency, String sourceNote, BigDecimal lastActual) {
            this(name, unit, baseline, target, direction, frequency, KpiAccumulation.DEFAULT, sourceNote, lastActual);
        }
    }
}
