package kr.innotrack.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.innotrack.checkround.Rating;
import kr.innotrack.checkround.RemedyState;
import kr.innotrack.checkround.SignalCalculator;
import kr.innotrack.plan.KpiAchievement;
import kr.innotrack.plan.KpiDirection;
import kr.innotrack.plan.MilestoneStatus;
import kr.innotrack.shared.Labeled;
import org.springframework.context.MessageSourceResolvable;

import static kr.innotrack.shared.Messages.key;

/**
 * Department scores from the data already in the app (docs/scoring.md). A task's components are worked out from its
 * milestones, KPIs, check rounds, remedies and contest. A department's value of a component is the average over the
 * tasks of the department that have data for it (lead tasks at full weight, tasks it collaborates on at the model's
 * share): a task without data for a component does not take part in that component. A component with no data in any
 * of the department's tasks is filled with the department's own weighted average of the others (flagged as filled),
 * so the score is exactly Σ weight × value and equals the weighted average of the measured components: a filled value
 * neither helps nor hurts, and never decides a rank.
 * <p>
 * Who is ranked: the share of the weights covered by real data — the weights of the components the department has
 * data for (not filled), over the weights of the components some task of the plan has data for (a component nobody
 * has data for yet, such as the contest before the vote closes, is left out for everyone) — must reach the model's
 * minimum, and the department must lead a task unless the model says otherwise. The others are listed apart as
 * 「평가 자료 부족」 with their coverage, not ranked.
 */
public final class ScoreCalculator {

    private ScoreCalculator() {
    }

    /** Points of each rating. */
    static final Map<Rating, Integer> RATING_POINTS = Map.of(Rating.EXCELLENT, 100, Rating.NORMAL, 80,
            Rating.INSUFFICIENT, 50, Rating.POOR, 20);

    // ------------------------------------------------------------------ inputs

    /**
     * The model's settings of the calculation: weights (%), the collaborators' share (%), the KPI cap (%), the
     * contest's panel/vote split, the minimum coverage (%) and whether a ranked department must lead a task.
     */
    public record Weights(Map<Component, Integer> percent, int collaboratorShare, int kpiCap, int panelWeight,
                          int voteWeight, int minCoverage, boolean requireLeadTask, int publicWeight) {

        /** Without the contest's third part (국민 투표 weighs 0). */
        public Weights(Map<Component, Integer> percent, int collaboratorShare, int kpiCap, int panelWeight,
                       int voteWeight, int minCoverage, boolean requireLeadTask) {
            this(percent, collaboratorShare, kpiCap, panelWeight, voteWeight, minCoverage, requireLeadTask, 0);
        }

        /** Weights without a ranking rule: every department with data is ranked. */
        public Weights(Map<Component, Integer> percent, int collaboratorShare, int kpiCap, int panelWeight, int voteWeight) {
            this(percent, collaboratorShare, kpiCap, panelWeight, voteWeight, 0, false);
        }

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

    /** Everything scored about a task. {@code candidate}: on the contest's shortlist (본선 과제). */
    public record TaskFacts(Long taskId, String code, String title, Long leadDepartmentId, List<Long> collaboratorIds,
                            List<MilestoneFact> milestones, List<KpiFact> kpis, List<RoundFact> rounds,
                            List<RemedyState> remedies, Double panelAverage, int votes,
                            Map<Long, BigDecimal> collaborationScores, boolean candidate, Integer publicVotes) {

        /**
         * Without a counted public vote ({@code publicVotes} null: no 국민 투표, or its vote has not closed yet; else the
         * task's votes in the closed public vote).
         */
        public TaskFacts(Long taskId, String code, String title, Long leadDepartmentId, List<Long> collaboratorIds,
                         List<MilestoneFact> milestones, List<KpiFact> kpis, List<RoundFact> rounds,
                         List<RemedyState> remedies, Double panelAverage, int votes,
                         Map<Long, BigDecimal> collaborationScores, boolean candidate) {
            this(taskId, code, title, leadDepartmentId, collaboratorIds, milestones, kpis, rounds, remedies, panelAverage,
                    votes, collaborationScores, candidate, null);
        }

        /** A task without the contest's shortlist: every task counts as a candidate (scores of the old contest). */
        public TaskFacts(Long taskId, String code, String title, Long leadDepartmentId, List<Long> collaboratorIds,
                         List<MilestoneFact> milestones, List<KpiFact> kpis, List<RoundFact> rounds,
                         List<RemedyState> remedies, Double panelAverage, int votes,
                         Map<Long, BigDecimal> collaborationScores) {
            this(taskId, code, title, leadDepartmentId, collaboratorIds, milestones, kpis, rounds, remedies, panelAverage,
                    votes, collaborationScores, true);
        }
    }

    // ------------------------------------------------------------------ outputs

    /**
     * One component of one task for one department: its value and why (in words of the message files, resolved by
     * {@code Messages}). {@code measured}: false = no data.
     */
    public record Value(double value, boolean measured, MessageSourceResolvable why) {
    }

    /**
     * A task as it counts for one department: each component as measured (or without data), and the task's own score
     * over its measured components (NaN when it has none).
     */
    public record TaskPart(TaskFacts task, boolean lead, double share, Map<Component, Value> values, double score) {
    }

    /** Where a department stands: ranked, or listed apart and why. */
    public enum Standing implements Labeled {
        RANKED, LOW_COVERAGE, NO_LEAD_TASK
    }


    /**
     * A department's score. {@code values}: each component's value (the average over its tasks with data, or the
     * filled value); {@code filled}: the components with no data in any of its tasks; {@code coverage}: the share of the
     * weights covered by real data (0–1); {@code rank}: 0 when not ranked.
     */
    public record DepartmentScore(Long departmentId, String name, double score, Map<Component, Double> values,
                                  Set<Component> filled, double coverage, List<TaskPart> parts, int leadTasks, int rank,
                                  Standing standing) {

        public int taskCount() {
            return parts.size();
        }

        public boolean isFilled(Component c) {
            return filled.contains(c);
        }

        public boolean ranked() {
            return standing == Standing.RANKED;
        }

        /** Coverage in percent, one decimal. */
        public double coveragePercent() {
            return Math.round(coverage * 1000) / 10.0;
        }
    }

    /** The ranked departments in rank order, and those listed apart as 「평가 자료 부족」 (by coverage). */
    public record Result(List<DepartmentScore> ranked, List<DepartmentScore> insufficient, Set<Component> evaluable) {
    }

    // ------------------------------------------------------------------ calculation

    public static Result rank(List<TaskFacts> tasks, Map<Long, String> departmentNames, Weights w,
                              LocalDate evaluationDate, int planYear, boolean voteClosed) {
        int maxVotes = tasks.stream().filter(TaskFacts::candidate).mapToInt(TaskFacts::votes).max().orElse(0);
        int maxPublic = tasks.stream().filter(TaskFacts::candidate).filter(t -> t.publicVotes() != null)
                .mapToInt(TaskFacts::publicVotes).max().orElse(0);
        Map<Long, List<TaskPart>> byDepartment = new LinkedHashMap<>();
        for (TaskFacts t : tasks) {
            Map<Component, Value> shared = taskValues(t, w, evaluationDate, planYear, voteClosed, maxVotes, maxPublic);
            if (t.leadDepartmentId() != null) {
                Map<Component, Value> lead = new EnumMap<>(shared);
                lead.put(Component.COLLABORATION, t.panelAverage() == null ? none("scoring.why.panel.none")
                        : measured(t.panelAverage(), key("scoring.why.panel", fmt(t.panelAverage()))));
                byDepartment.computeIfAbsent(t.leadDepartmentId(), k -> new ArrayList<>()).add(part(t, true, 1.0, lead, w));
            }
            if (w.collaboratorShare() > 0) {
                for (Long d : t.collaboratorIds()) {
                    Map<Component, Value> collab = new EnumMap<>(shared);
                    BigDecimal s = t.collaborationScores().get(d);
                    collab.put(Component.COLLABORATION, s == null ? none("scoring.why.collaboration.none")
                            : measured(s.doubleValue(), key("scoring.why.collaboration", fmt(s.doubleValue()))));
                    byDepartment.computeIfAbsent(d, k -> new ArrayList<>())
                            .add(part(t, false, w.collaboratorShare() / 100.0, collab, w));
                }
            }
        }
        // A component counts towards coverage once any task of the plan has data for it.
        Set<Component> evaluable = EnumSet.noneOf(Component.class);
        byDepartment.values().forEach(parts -> parts.forEach(p -> p.values().forEach((c, v) -> {
            if (v.measured() && w.weight(c) > 0) {
                evaluable.add(c);
            }
        })));
        List<DepartmentScore> ranked = new ArrayList<>();
        List<DepartmentScore> insufficient = new ArrayList<>();
        byDepartment.forEach((id, parts) -> {
            DepartmentScore d = department(id, departmentNames.getOrDefault(id, "?"), parts, evaluable, w);
            (d.standing() == Standing.RANKED ? ranked : insufficient).add(d);
        });
        ranked.sort(TIE_RULE);
        insufficient.sort(Comparator.comparingDouble(DepartmentScore::coverage).reversed()
                .thenComparing(DepartmentScore::name));
        List<DepartmentScore> numbered = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            DepartmentScore s = ranked.get(i);
            numbered.add(new DepartmentScore(s.departmentId(), s.name(), s.score(), s.values(), s.filled(), s.coverage(),
                    s.parts(), s.leadTasks(), i + 1, s.standing()));
        }
        return new Result(List.copyOf(numbered), List.copyOf(insufficient), evaluable);
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

    /** Two scores that the ranking treats as equal (the same to the thousandth). */
    static boolean tied(DepartmentScore a, DepartmentScore b) {
        return Math.round(a.score() * 1000) == Math.round(b.score() * 1000);
    }

    private static TaskPart part(TaskFacts t, boolean lead, double share, Map<Component, Value> values, Weights w) {
        double sum = 0;
        double weights = 0;
        for (Component c : Component.values()) {
            Value v = values.get(c);
            if (v != null && v.measured() && w.weight(c) > 0) {
                sum += w.weight(c) * v.value();
                weights += w.weight(c);
            }
        }
        return new TaskPart(t, lead, share, values, weights == 0 ? Double.NaN : sum / weights);
    }

    private static DepartmentScore department(Long id, String name, List<TaskPart> parts, Set<Component> evaluable,
                                              Weights w) {
        Map<Component, Double> values = new EnumMap<>(Component.class);
        Set<Component> filled = EnumSet.noneOf(Component.class);
        double sum = 0;
        double measuredWeight = 0;
        for (Component c : Component.values()) {
            double v = 0;
            double shares = 0;
            for (TaskPart p : parts) {
                Value value = p.values().get(c);
                if (value != null && value.measured()) {
                    v += p.share() * value.value();
                    shares += p.share();
                }
            }
            if (shares > 0) {
                values.put(c, v / shares);
                sum += w.weight(c) * v / shares;
                measuredWeight += w.weight(c);
            } else {
                filled.add(c);
            }
        }
        double neutral = measuredWeight == 0 ? 0 : sum / measuredWeight;
        for (Component c : filled) {
            values.put(c, neutral);
        }
        double score = 0;
        for (Component c : Component.values()) {
            score += w.weight(c) * values.get(c);
        }
        double evaluableWeight = evaluable.stream().mapToDouble(w::weight).sum();
        double covered = evaluable.stream().filter(c -> !filled.contains(c)).mapToDouble(w::weight).sum();
        double coverage = evaluableWeight == 0 ? 0 : covered / evaluableWeight;
        int lead = (int) parts.stream().filter(TaskPart::lead).count();
        Standing standing = w.requireLeadTask() && lead == 0 ? Standing.NO_LEAD_TASK
                : measuredWeight == 0 || coverage * 100 < w.minCoverage() - 1e-9 ? Standing.LOW_COVERAGE : Standing.RANKED;
        return new DepartmentScore(id, name, score, values, filled, coverage, parts, lead, 0, standing);
    }

    /** The task's components that are the same for every department sharing it (all but collaboration). */
    static Map<Component, Value> taskValues(TaskFacts t, Weights w, LocalDate evaluationDate, int planYear,
                                            boolean voteClosed, int maxVotes, int maxPublic) {
        Map<Component, Value> v = new EnumMap<>(Component.class);
        v.put(Component.MILESTONE, milestones(t.milestones(), evaluationDate, planYear));
        v.put(Component.KPI, kpis(t.kpis(), w.kpiCap()));
        v.put(Component.RATING, ratings(t.rounds()));
        v.put(Component.TIMELINESS, timeliness(t.rounds()));
        v.put(Component.REMEDY, remedies(t.remedies()));
        v.put(Component.CONTEST, contest(t, w, voteClosed, maxVotes, maxPublic));
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
            return none("scoring.why.milestone.none");
        }
        return measured(100 * points / due, key("scoring.why.milestone", String.valueOf(due), fmt(points),
                late > 0 ? key("scoring.why.milestone.late", String.valueOf(late)) : "", String.join(", ", items)));
    }

    /** Average achievement of the task's KPIs (direction-aware, 0 to the cap); a KPI without a value counts 0. */
    static Value kpis(List<KpiFact> kpis, int cap) {
        if (kpis.isEmpty()) {
            return none("scoring.why.kpi.none");
        }
        double sum = 0;
        List<MessageSourceResolvable> parts = new ArrayList<>();
        for (KpiFact k : kpis) {
            BigDecimal rate = KpiAchievement.rate(k.baseline(), k.target(), k.latestActual(), k.direction());
            double r = rate == null ? 0 : Math.max(0, Math.min(cap, rate.doubleValue()));
            sum += r;
            parts.add(k.latestActual() == null ? key("scoring.why.kpi.noActual", k.name())
                    : key("scoring.why.kpi.part", k.name(), fmt(r)));
        }
        return measured(sum / kpis.size(), key("scoring.why.kpi", list(parts), String.valueOf(cap)));
    }

    static Value ratings(List<RoundFact> rounds) {
        List<RoundFact> rated = rounds.stream().filter(r -> r.rating() != null).toList();
        if (rated.isEmpty()) {
            return none("scoring.why.rating.none");
        }
        double sum = rated.stream().mapToInt(r -> RATING_POINTS.get(r.rating())).sum();
        return measured(sum / rated.size(), list(rated.stream().map(r -> key("scoring.why.rating.part", r.round(),
                kr.innotrack.shared.Messages.word(r.rating()), String.valueOf(RATING_POINTS.get(r.rating())))).toList()));
    }

    static Value timeliness(List<RoundFact> rounds) {
        if (rounds.isEmpty()) {
            return none("scoring.why.timeliness.none");
        }
        double sum = 0;
        List<MessageSourceResolvable> parts = new ArrayList<>();
        for (RoundFact r : rounds) {
            int p = !r.submitted() ? 0 : r.late() ? 50 : 100;
            sum += p;
            parts.add(key(!r.submitted() ? "scoring.why.timeliness.missing" : r.late() ? "scoring.why.timeliness.late"
                    : "scoring.why.timeliness.onTime", r.round(), String.valueOf(p)));
        }
        return measured(sum / rounds.size(), list(parts));
    }

    static Value remedies(List<RemedyState> remedies) {
        List<RemedyState> counted = remedies.stream().filter(s -> s != RemedyState.WITHDRAWN).toList();
        if (counted.isEmpty()) {
            return none("scoring.why.remedy.none");
        }
        double sum = 0;
        for (RemedyState s : counted) {
            sum += s == RemedyState.ACCEPTED ? 100 : s == RemedyState.SUBMITTED ? 50 : 0;
        }
        long accepted = counted.stream().filter(s -> s == RemedyState.ACCEPTED).count();
        return measured(sum / counted.size(), key("scoring.why.remedy", String.valueOf(counted.size()),
                String.valueOf(accepted)));
    }

    /** Panel average and the vote share (votes ÷ the most votes any task got), combined by the model's weights. */
    static Value contest(TaskFacts t, Weights w, boolean voteClosed, int maxVotes) {
        return contest(t, w, voteClosed, maxVotes, 0);
    }

    /**
     * With the third part (국민 투표, issue 18) when the model weighs it: the public vote's share (votes ÷ the most
     * any candidate got in the closed public vote). While no public vote counts (none made, or not closed yet) the part
     * is left out and the panel and the staff vote share the contest by their own weights, as before.
     */
    static Value contest(TaskFacts t, Weights w, boolean voteClosed, int maxVotes, int maxPublic) {
        if (!t.candidate()) {
            return none("scoring.why.contest.notCandidate");
        }
        if (!voteClosed) {
            return none("scoring.why.contest.open");
        }
        if (t.panelAverage() == null && t.votes() == 0 && (w.publicWeight() == 0 || t.publicVotes() == null)) {
            return none("scoring.why.contest.none");
        }
        double panel = t.panelAverage() == null ? 0 : t.panelAverage();
        double vote = maxVotes == 0 ? 0 : 100.0 * t.votes() / maxVotes;
        if (w.publicWeight() > 0 && t.publicVotes() != null) {
            double pub = maxPublic == 0 ? 0 : 100.0 * t.publicVotes() / maxPublic;
            double all = w.panelWeight() + w.voteWeight() + w.publicWeight();
            double withPublic = (w.panelWeight() * panel + w.voteWeight() * vote + w.publicWeight() * pub) / all;
            return measured(withPublic, key("scoring.why.contest.public", fmt(panel), String.valueOf(w.panelWeight()),
                    String.valueOf(t.votes()), fmt(vote), String.valueOf(w.voteWeight()),
                    String.valueOf(t.publicVotes()), fmt(pub), String.valueOf(w.publicWeight())));
        }
        double total = w.panelWeight() + w.voteWeight();
        double value = total == 0 ? 0 : (w.panelWeight() * panel + w.voteWeight() * vote) / total;
        return measured(value, key("scoring.why.contest", fmt(panel), String.valueOf(w.panelWeight()),
                String.valueOf(t.votes()), fmt(vote), String.valueOf(w.voteWeight())));
    }

    private static Value measured(double value, MessageSourceResolvable why) {
        return new Value(value, true, why);
    }

    private static Value none(String whyKey) {
        return new Value(0, false, key(whyKey));
    }

    /** Parts said one after another, separated by commas ({@code scoring.why.list}, nested from the right). */
    static MessageSourceResolvable list(List<MessageSourceResolvable> parts) {
        MessageSourceResolvable said = parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 0; i--) {
            said = key("scoring.why.list", parts.get(i), said);
        }
        return said;
    }

    static String fmt(double v) {
        return BigDecimal.valueOf(v).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
