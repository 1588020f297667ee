package kr.innotrack.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.innotrack.checkround.Rating;
import kr.innotrack.checkround.RemedyState;
import kr.innotrack.checkround.SignalCalculator;
import kr.innotrack.plan.KpiAchievement;
import kr.innotrack.plan.KpiDirection;
import kr.innotrack.plan.MilestoneStatus;

/**
 * Department scores from the data already in the app (docs/scoring.md). A task's components are worked out from its
 * milestones, KPIs, check rounds, remedies and contest; a department's component values are the weighted average over
 * its tasks (lead tasks at full weight, tasks it collaborates on at the model's share) and its score is exactly
 * Σ weight × value. A component without data for a task takes the weighted average of that task's other components,
 * so it neither helps nor hurts; a task with no data at all is left out.
 */
public final class ScoreCalculator {

    private ScoreCalculator() {
    }

    /** Points of each rating. */
    static final Map<Rating, Integer> RATING_POINTS = Map.of(Rating.EXCELLENT, 100, Rating.NORMAL, 80,
            Rating.INSUFFICIENT, 50, Rating.POOR, 20);

    // ------------------------------------------------------------------ inputs

    public record Weights(Map<Component, Integer> percent, int collaboratorShare, int kpiCap, int panelWeight,
                          int voteWeight) {

        double weight(Component c) {
            return percent.getOrDefault(c, 0) / 100.0;
        }
    }

    public record MilestoneFact(SignalCalculator.MilestoneFact fact, LocalDate actualCompletion) {
    }

    public record KpiFact(String name, String unit, BigDecimal baseline, BigDecimal target, KpiDirection direction,
                          BigDecimal latestActual) {
    }

    /** A check round the task was in, closed by the evaluation date. */
    public record RoundFact(String round, Rating rating, boolean submitted, boolean late) {
    }

    public record TaskFacts(Long taskId, String code, String title, Long leadDepartmentId, List<Long> collaboratorIds,
                            List<MilestoneFact> milestones, List<KpiFact> kpis, List<RoundFact> rounds,
                            List<RemedyState> remedies, Double panelAverage, int votes,
                            Map<Long, BigDecimal> collaborationScores) {
    }

    // ------------------------------------------------------------------ outputs

    /** One component of one task for one department: its value and why. {@code measured}: false = filled in. */
    public record Value(double value, boolean measured, String why) {
    }

    /** A task as it counts for one department. */
    public record TaskPart(TaskFacts task, boolean lead, double share, Map<Component, Value> values, double score) {
    }

    public record DepartmentScore(Long departmentId, String name, double score, Map<Component, Double> values,
                                  List<TaskPart> parts, int leadTasks, int rank) {

        public int taskCount() {
            return parts.size();
        }
    }

    // ------------------------------------------------------------------ calculation

    public static List<DepartmentScore> rank(List<TaskFacts> tasks, Map<Long, String> departmentNames, Weights w,
                                             LocalDate evaluationDate, int planYear, boolean voteClosed) {
        int maxVotes = tasks.stream().mapToInt(TaskFacts::votes).max().orElse(0);
        Map<Long, List<TaskPart>> byDepartment = new LinkedHashMap<>();
        for (TaskFacts t : tasks) {
            Map<Component, Value> shared = taskValues(t, w, evaluationDate, planYear, voteClosed, maxVotes);
            if (t.leadDepartmentId() != null) {
                Map<Component, Value> lead = new EnumMap<>(shared);
                lead.put(Component.COLLABORATION, t.panelAverage() == null ? none("전문가 평가 없음")
                        : measured(t.panelAverage(), "전문가 평가 평균 " + fmt(t.panelAverage()) + "점"));
                part(byDepartment, t.leadDepartmentId(), t, true, 1.0, lead, w);
            }
            if (w.collaboratorShare() > 0) {
                for (Long d : t.collaboratorIds()) {
                    Map<Component, Value> collab = new EnumMap<>(shared);
                    BigDecimal s = t.collaborationScores().get(d);
                    collab.put(Component.COLLABORATION, s == null ? none("주관부서 평가 없음")
                            : measured(s.doubleValue(), "주관부서 평가 " + fmt(s.doubleValue()) + "점"));
                    part(byDepartment, d, t, false, w.collaboratorShare() / 100.0, collab, w);
                }
            }
        }
        List<DepartmentScore> scores = new ArrayList<>();
        byDepartment.forEach((id, parts) -> scores.add(department(id, departmentNames.getOrDefault(id, "?"), parts, w)));
        scores.sort(TIE_RULE);
        List<DepartmentScore> ranked = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            DepartmentScore s = scores.get(i);
            ranked.add(new DepartmentScore(s.departmentId(), s.name(), s.score(), s.values(), s.parts(), s.leadTasks(), i + 1));
        }
        return ranked;
    }

    /**
     * Higher score first (compared to the thousandth), then more lead tasks, then a higher milestone value, then the
     * department name in Korean dictionary order.
     */
    static final Comparator<DepartmentScore> TIE_RULE = Comparator
            .comparing((DepartmentScore s) -> Math.round(s.score() * 1000)).reversed()
            .thenComparing(Comparator.comparingInt(DepartmentScore::leadTasks).reversed())
            .thenComparing(Comparator.comparing((DepartmentScore s) -> Math.round(s.values().getOrDefault(Component.MILESTONE, 0.0) * 1000)).reversed())
            .thenComparing(DepartmentScore::name);

    private static void part(Map<Long, List<TaskPart>> byDepartment, Long departmentId, TaskFacts t, boolean lead,
                             double share, Map<Component, Value> raw, Weights w) {
        Map<Component, Value> values = fill(raw, w);
        double score = values == null ? 0 : weighted(values, w);
        byDepartment.computeIfAbsent(departmentId, k -> new ArrayList<>())
                .add(new TaskPart(t, lead, share, values == null ? raw : values, values == null ? Double.NaN : score));
    }

    /** Fills components without data with the weighted average of the measured ones; null when none is measured. */
    static Map<Component, Value> fill(Map<Component, Value> raw, Weights w) {
        double sum = 0;
        double weights = 0;
        for (Component c : Component.values()) {
            Value v = raw.get(c);
            if (v != null && v.measured() && w.weight(c) > 0) {
                sum += w.weight(c) * v.value();
                weights += w.weight(c);
            }
        }
        if (weights == 0) {
            return null;
        }
        double neutral = sum / weights;
        Map<Component, Value> filled = new EnumMap<>(Component.class);
        for (Component c : Component.values()) {
            Value v = raw.get(c);
            filled.put(c, v != null && v.measured() ? v
                    : new Value(neutral, false, (v == null ? "자료 없음" : v.why()) + " → 다른 항목 평균 " + fmt(neutral) + "점"));
        }
        return filled;
    }

    static double weighted(Map<Component, Value> values, Weights w) {
        double score = 0;
        for (Component c : Component.values()) {
            score += w.weight(c) * values.get(c).value();
        }
        return score;
    }

    private static DepartmentScore department(Long id, String name, List<TaskPart> parts, Weights w) {
        List<TaskPart> counted = parts.stream().filter(p -> !Double.isNaN(p.score())).toList();
        double shares = counted.stream().mapToDouble(TaskPart::share).sum();
        Map<Component, Double> values = new EnumMap<>(Component.class);
        for (Component c : Component.values()) {
            double v = 0;
            for (TaskPart p : counted) {
                v += p.share() * p.values().get(c).value();
            }
            values.put(c, shares == 0 ? 0 : v / shares);
        }
        double score = 0;
        for (Component c : Component.values()) {
            score += w.weight(c) * values.get(c);
        }
        int lead = (int) parts.stream().filter(TaskPart::lead).count();
        return new DepartmentScore(id, name, score, values, parts, lead, 0);
    }

    /** The task's components that are the same for every department sharing it (all but collaboration). */
    static Map<Component, Value> taskValues(TaskFacts t, Weights w, LocalDate evaluationDate, int planYear,
                                            boolean voteClosed, int maxVotes) {
        Map<Component, Value> v = new EnumMap<>(Component.class);
        v.put(Component.MILESTONE, milestones(t.milestones(), evaluationDate, planYear));
        v.put(Component.KPI, kpis(t.kpis(), w.kpiCap()));
        v.put(Component.RATING, ratings(t.rounds()));
        v.put(Component.TIMELINESS, timeliness(t.rounds()));
        v.put(Component.REMEDY, remedies(t.remedies()));
        v.put(Component.CONTEST, contest(t, w, voteClosed, maxVotes));
        return v;
    }

    /**
     * Milestones due by the evaluation date (repeating ones by occurrence, as in the check rounds): done ones count 1,
     * a dated milestone finished after the end of its planned month 0.5.
     */
    static Value milestones(List<MilestoneFact> milestones, LocalDate evaluationDate, int planYear) {
        double points = 0;
        int due = 0;
        int late = 0;
        List<String> items = new ArrayList<>();
        for (MilestoneFact m : milestones) {
            int[] dd = SignalCalculator.dueAndDone(m.fact(), evaluationDate, planYear);
            if (dd[0] == 0) {
                continue;
            }
            due += dd[0];
            YearMonth end = m.fact().end();
            boolean single = m.fact().months().isEmpty() && m.fact().recurrence() == null;
            double p = dd[1];
            if (dd[1] > 0 && single && m.fact().status() == MilestoneStatus.DONE && m.actualCompletion() != null
                    && end != null && m.actualCompletion().isAfter(end.atEndOfMonth())) {
                p = 0.5;
                late++;
            }
            points += p;
            items.add(m.fact().description() + (m.fact().schedule() == null ? "" : "(" + m.fact().schedule() + ")")
                    + " " + fmt(p) + "/" + dd[0]);
        }
        if (due == 0) {
            return none("평가일까지 예정된 추진일정 없음");
        }
        return measured(100 * points / due, "예정 " + due + "건 중 " + fmt(points) + "건 완료"
                + (late > 0 ? "(기한 후 완료 " + late + "건은 0.5건)" : "") + ": " + String.join(", ", items));
    }

    /** Average achievement of the task's KPIs (direction-aware, 0 to the cap); a KPI without a value counts 0. */
    static Value kpis(List<KpiFact> kpis, int cap) {
        if (kpis.isEmpty()) {
            return none("성과지표 없음");
        }
        double sum = 0;
        List<String> parts = new ArrayList<>();
        for (KpiFact k : kpis) {
            BigDecimal rate = KpiAchievement.rate(k.baseline(), k.target(), k.latestActual(), k.direction());
            double r = rate == null ? 0 : Math.max(0, Math.min(cap, rate.doubleValue()));
            sum += r;
            parts.add(k.name() + " " + (k.latestActual() == null ? "실적 없음 0" : fmt(r)) + "%");
        }
        return measured(sum / kpis.size(), String.join(", ", parts) + " (상한 " + cap + "%)");
    }

    static Value ratings(List<RoundFact> rounds) {
        List<RoundFact> rated = rounds.stream().filter(r -> r.rating() != null).toList();
        if (rated.isEmpty()) {
            return none("점검 평가 없음");
        }
        double sum = rated.stream().mapToInt(r -> RATING_POINTS.get(r.rating())).sum();
        return measured(sum / rated.size(), String.join(", ", rated.stream()
                .map(r -> r.round() + " " + r.rating().label() + "(" + RATING_POINTS.get(r.rating()) + ")").toList()));
    }

    static Value timeliness(List<RoundFact> rounds) {
        if (rounds.isEmpty()) {
            return none("점검 대상 아님");
        }
        double sum = 0;
        List<String> parts = new ArrayList<>();
        for (RoundFact r : rounds) {
            int p = !r.submitted() ? 0 : r.late() ? 50 : 100;
            sum += p;
            parts.add(r.round() + " " + (!r.submitted() ? "미제출" : r.late() ? "기한 후" : "기한 내") + "(" + p + ")");
        }
        return measured(sum / rounds.size(), String.join(", ", parts));
    }

    static Value remedies(List<RemedyState> remedies) {
        List<RemedyState> counted = remedies.stream().filter(s -> s != RemedyState.WITHDRAWN).toList();
        if (counted.isEmpty()) {
            return none("개선대책 요청 없음");
        }
        double sum = 0;
        for (RemedyState s : counted) {
            sum += s == RemedyState.ACCEPTED ? 100 : s == RemedyState.SUBMITTED ? 50 : 0;
        }
        long accepted = counted.stream().filter(s -> s == RemedyState.ACCEPTED).count();
        return measured(sum / counted.size(), "요청 " + counted.size() + "건 중 수용 " + accepted + "건");
    }

    /** Panel average and the vote share (votes ÷ the most votes any task got), combined by the model's weights. */
    static Value contest(TaskFacts t, Weights w, boolean voteClosed, int maxVotes) {
        if (!voteClosed) {
            return none("투표 마감 전");
        }
        if (t.panelAverage() == null && t.votes() == 0) {
            return none("경연 점수 없음");
        }
        double panel = t.panelAverage() == null ? 0 : t.panelAverage();
        double vote = maxVotes == 0 ? 0 : 100.0 * t.votes() / maxVotes;
        double total = w.panelWeight() + w.voteWeight();
        double value = total == 0 ? 0 : (w.panelWeight() * panel + w.voteWeight() * vote) / total;
        return measured(value, "외부평가 " + fmt(panel) + "점 × " + w.panelWeight() + "% + 직원투표 " + t.votes() + "표("
                + fmt(vote) + "점) × " + w.voteWeight() + "%");
    }

    private static Value measured(double value, String why) {
        return new Value(value, true, why);
    }

    private static Value none(String why) {
        return new Value(0, false, why);
    }

    static String fmt(double v) {
        return BigDecimal.valueOf(v).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
