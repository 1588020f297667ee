package kr.innotrack.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What the public pages show: projections of published rows only (no entity ever reaches a public template). */
public final class PublicViews {

    private PublicViews() {
    }

    /** A published plan in a list. */
    public record PlanCard(Long id, int year, String title, String subtitle, String state) {
    }

    /** A published round result in a list. */
    public record RoundCard(Long id, Long planId, int planYear, String title, LocalDate referenceDate) {
    }

    /** The computed statuses of one area's tasks in one round (정상·주의·부진, none when not judged). */
    public record AreaCount(String code, String name, int green, int amber, int red, int none) {
        public int total() {
            return green + amber + red + none;
        }
    }

    /** The organization's front page: published plans, published results, the latest result in short. */
    public record Home(List<PlanCard> plans, List<RoundCard> rounds, RoundCard latest, List<AreaCount> latestCounts,
                       AreaCount latestTotal) {
    }

    /** A node of the strategy tree with its tasks and child nodes. */
    public record Node(Long id, String code, String name, String level, List<Node> children, List<TaskLine> tasks) {
    }

    /** A task as listed under its node: the public fields of 정책실명제. */
    public record TaskLine(Long id, String code, String title, String lead, List<String> collaborating,
                           String collaborators, String officer, String phone, boolean retired) {
    }

    /** A published plan: its header and strategy tree. */
    public record PlanPage(Long id, int year, String title, String subtitle, String vision, String goal,
                           List<Node> roots, List<RoundCard> rounds) {
    }

    /** A schedule line of a task (its description and the months as written in the plan). */
    public record ScheduleLine(String description, String schedule) {
    }

    /** A KPI with its target. */
    public record KpiLine(String name, String unit, BigDecimal baseline, BigDecimal target) {
    }

    /** A KPI's figures as frozen when the latest published round closed. */
    public record KpiActual(String name, String unit, BigDecimal target, BigDecimal actual, Integer quarter,
                            BigDecimal rate, String level) {
    }

    /** The task's rating and computed status in one published round. */
    public record TaskRound(Long roundId, String title, LocalDate referenceDate, String rating, String status) {
    }

    /** A task's public page. */
    public record TaskPage(Long id, Long planId, int planYear, String planTitle, String nodeCode, String nodeName,
                           TaskLine task, String background, String details, List<ScheduleLine> schedule,
                           List<KpiLine> kpis, List<TaskRound> rounds, List<KpiActual> actuals,
                           boolean citizenProposal) {
        public TaskRound actualsRound() {
            return rounds.isEmpty() ? null : rounds.get(0);
        }
    }

    /** One task's line in a published result. */
    public record ResultLine(Long taskId, String code, String title, String department, String rating, String status) {
    }

    /** A revised schedule line of a remedy: the months it replaces and the new ones. */
    public record Revision(String milestone, LocalDate oldStart, LocalDate oldEnd, LocalDate newStart,
                           LocalDate newEnd) {
    }

    /** A laggard's remedy as submitted or accepted (원인분석·개선대책): never the office's comment. */
    public record RemedyView(Long id, Long taskId, String code, String title, String department, String state,
                             String cause, String measures, LocalDate dueDate, List<Revision> revisions) {
    }

    /** A published round's result page. */
    public record ResultPage(Long id, Long planId, int planYear, String planTitle, String title, LocalDate referenceDate,
                             LocalDateTime publishedAt, List<AreaCount> counts, AreaCount total,
                             List<ResultLine> lines, List<RemedyView> remedies) {
    }
}
