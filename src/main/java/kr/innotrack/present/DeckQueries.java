package kr.innotrack.present;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.innotrack.checkround.CheckRound;
import kr.innotrack.checkround.CheckRoundQueries;
import kr.innotrack.checkround.Remedy;
import kr.innotrack.checkround.RoundViews;
import kr.innotrack.checkround.Signal;
import kr.innotrack.checkround.SignalCalculator;
import kr.innotrack.plan.Kpi;
import kr.innotrack.plan.KpiBands;
import kr.innotrack.plan.Milestone;
import kr.innotrack.plan.Plan;
import kr.innotrack.plan.PlanQueries;
import kr.innotrack.plan.StrategyNode;
import kr.innotrack.plan.Task;
import kr.innotrack.plan.TaskQueries;
import kr.innotrack.scoring.Component;
import kr.innotrack.scoring.ScoreCalculator;
import kr.innotrack.scoring.ScoringQueries;
import kr.innotrack.shared.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the review-meeting deck for a check round or for a plan as of today, in meeting order: headline figures,
 * status by area, the under-performing tasks one per slide, submission timeliness, the department ranking, milestones
 * due next quarter by department. Tables are split so that no slide holds more than {@link #ROWS} rows.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class DeckQueries {

    static final int ROWS = 8;
    private static final int TEXT = 140;

    private final PlanQueries plans;
    private final TaskQueries tasks;
    private final CheckRoundQueries rounds;
    private final ScoringQueries scoring;
    private final java.time.Clock clock;
    private final Messages messages;

    /** The plan as of today (or as of the end of its year, once the year is over). */
    public Deck planDeck(Long planId, Long organizationId) {
        Plan plan = plans.plan(planId, organizationId);
        LocalDate today = LocalDate.now(clock);
        LocalDate yearEnd = LocalDate.of(plan.getPlanYear(), 12, 31);
        LocalDate asOf = today.isAfter(yearEnd) ? yearEnd : today;
        TaskQueries.ProgressData data = tasks.progressData(planId);
        List<Task> all = tasks.tasksOf(planId);
        List<StrategyNode> nodes = plans.nodes(planId);
        Map<Long, SignalCalculator.Result> signals = rounds.signalsAt(plan, asOf, data, all);
        List<Deck.Slide> slides = new ArrayList<>();
        slides.add(headline(messages.get("present.plan.title", messages.planTitle(plan.getPlanYear(), plan.getTitle())), asOf, all, signals, data, plan.getPlanYear()));
        slides.add(areas(nodes, all, t -> signals.get(t.getId()).status()));
        Map<Long, Remedy> openRemedies = new HashMap<>();
        rounds.remediesOfPlan(planId).stream().filter(r -> r.getState().open())
                .forEach(r -> openRemedies.put(r.getTaskId(), r));
        List<Task> red = all.stream().filter(t -> signals.get(t.getId()).status() == Signal.RED).toList();
        if (red.isEmpty()) {
            slides.add(new Deck.Note(messages.get("present.red.title"), messages.get("present.red.none", asOf.toString())));
        }
        for (int i = 0; i < red.size(); i++) {
            Task t = red.get(i);
            Remedy r = openRemedies.get(t.getId());
            slides.add(laggard(t.getCode() + " " + t.getTitle(), name(t), null, signals.get(t.getId()), r, i + 1, red.size()));
        }
        rounds.latestRound(planId).ifPresent(latest ->
                slides.addAll(timeliness(rounds.roundView(latest, data, nodes))));
        slides.addAll(ranking(scoring.rankingAt(plan, data, all, asOf)));
        slides.addAll(nextQuarter(plan, asOf, all, data));
        return new Deck(messages.planTitle(plan.getPlanYear(), plan.getTitle()), messages.get("present.plan.subtitle", plan.getOrganization().getName(), asOf.toString()),
                "/plans/" + planId, slides);
    }

    /** A check round: its computed statuses and ratings, the tasks rated 미흡/부진 with their remedies, its timeliness. */
    public Deck roundDeck(Long roundId, Long organizationId) {
        CheckRound round = rounds.roundOf(roundId, organizationId);
        Plan plan = round.getPlan();
        TaskQueries.ProgressData data = tasks.progressData(plan.getId());
        List<StrategyNode> nodes = plans.nodes(plan.getId());
        RoundViews.Round view = rounds.roundView(round, data, nodes);
        List<Task> covered = view.rows().stream().map(r -> r.entry().getTask()).toList();
        Map<Long, SignalCalculator.Result> signals = new HashMap<>();
        view.rows().forEach(r -> signals.put(r.entry().getTaskId(), r.computed()));
        List<Deck.Slide> slides = new ArrayList<>();
        slides.add(roundHeadline(round.getTitle(), round.getReferenceDate(), view));
        slides.add(areas(nodes, covered, t -> signals.get(t.getId()).status()));
        List<RoundViews.Row> under = view.rows().stream()
                .filter(r -> r.entry().getRating() != null && r.entry().getRating().needsRemedy()).toList();
        if (under.isEmpty()) {
            slides.add(new Deck.Note(messages.get("present.under.title"), messages.get("present.under.none")));
        }
        for (int i = 0; i < under.size(); i++) {
            RoundViews.Row row = under.get(i);
            Task t = row.entry().getTask();
            slides.add(laggard(t.getCode() + " " + t.getTitle(),
                    row.entry().getDepartment() == null ? messages.get("present.noDepartment")
                            : row.entry().getDepartment().getName(),
                    messages.label(row.entry().getRating()), row.computed(), row.remedy(), i + 1, under.size()));
        }
        List<Task> all = tasks.tasksOf(plan.getId());
        slides.addAll(timeliness(view));
        slides.addAll(ranking(scoring.rankingAt(plan, data, all, round.getReferenceDate())));
        slides.addAll(nextQuarter(plan, round.getReferenceDate(), all, data));
        return new Deck(round.getTitle(), messages.get("present.round.subtitle", plan.getOrganization().getName(),
                plan.getTitle(), round.getReferenceDate().toString()), "/rounds/" + roundId, slides);
    }

    private String name(Task t) {
        return t.getLeadDepartment() == null ? messages.get("present.noDepartment") : t.getLeadDepartment().getName();
    }

    private Deck.Headline headline(String title, LocalDate asOf, List<Task> list, Map<Long, SignalCalculator.Result> signals,
                                   TaskQueries.ProgressData data, int year) {
        int green = 0;
        int amber = 0;
        int redCount = 0;
        int due = 0;
        int done = 0;
        for (Task t : list) {
            SignalCalculator.Result r = signals.get(t.getId());
            switch (r.status()) {
                case GREEN -> green++;
                case AMBER -> amber++;
                case RED -> redCount++;
            }
            for (Milestone m : data.milestones(t.getId())) {
                int[] dd = SignalCalculator.dueAndDone(SignalCalculator.MilestoneFact.of(m), asOf, year);
                due += dd[0];
                done += dd[1];
            }
        }
        List<Kpi> kpiList = list.stream().flatMap(t -> data.kpis(t.getId()).stream()).toList();
        long[] bands = KpiBands.count(kpiList, data, year);
        List<Deck.Bucket> kpiBuckets = new ArrayList<>();
        for (int i = 0; i < bands.length; i++) {
            kpiBuckets.add(new Deck.Bucket(messages.get(i == 0 ? "present.kpi.met" : KpiBands.KEYS.get(i)),
                    (int) bands[i]));
        }
        int kpis = kpiList.size();
        int reported = kpis - (int) bands[4];
        return new Deck.Headline(title, messages.get("present.asOf", asOf.toString()), new Deck.StatusBar(green, amber, redCount), due, done, kpis,
                reported, kpiBuckets);
    }

    /**
     * A round's headline from its own evidence (frozen once closed, as at the reference date before): tasks by computed
     * status, milestones done of due, and each KPI's achievement against its target pro-rata to the reference date.
     */
    private Deck.Headline roundHeadline(String title, LocalDate asOf, RoundViews.Round view) {
        int[] status = new int[3];
        int due = 0;
        int done = 0;
        long[] bands = new long[KpiBands.KEYS.size()];
        int kpis = 0;
        for (RoundViews.Row row : view.rows()) {
            SignalCalculator.Result r = row.computed();
            status[r.status().ordinal()]++;
            due += r.due();
            done += r.done();
            for (SignalCalculator.KpiFigure k : r.kpis()) {
                kpis++;
                if (k.actual() == null) {
                    bands[4]++;
                } else if (k.rate() != null) {
                    double v = k.rate().doubleValue();
                    bands[v >= 100 ? 0 : v >= 80 ? 1 : v >= 50 ? 2 : 3]++;
                }
            }
        }
        List<Deck.Bucket> kpiBuckets = new ArrayList<>();
        for (int i = 0; i < bands.length; i++) {
            kpiBuckets.add(new Deck.Bucket(messages.get(i == 0 ? "present.kpi.metAtReference" : KpiBands.KEYS.get(i)),
                    (int) bands[i]));
        }
        String basis = messages.get(view.round().getState().closed() ? "present.asOf.closed" : "present.asOf", asOf.toString());
        return new Deck.Headline(title, basis, new Deck.StatusBar(status[0], status[1], status[2]), due,
                done, kpis, kpis - (int) bands[4], kpiBuckets);
    }

    private Deck.Areas areas(List<StrategyNode> nodes, List<Task> list, Function<Task, Signal> status) {
        Map<Long, StrategyNode> byId = nodes.stream().collect(Collectors.toMap(StrategyNode::getId, n -> n));
        Map<Long, int[]> counts = new LinkedHashMap<>();
        for (Task t : list) {
            StrategyNode n = byId.get(t.getStrategyNode().getId());
            int s = status.apply(t).ordinal();
            while (n != null) {
                counts.computeIfAbsent(n.getId(), k -> new int[3])[s]++;
                n = n.getParentId() == null ? null : byId.get(n.getParentId());
            }
        }
        List<Deck.AreaRow> rows = new ArrayList<>();
        for (StrategyNode n : nodes) {
            int[] c = counts.get(n.getId());
            boolean top = n.getParentId() == null;
            boolean second = !top && byId.get(n.getParentId()) != null && byId.get(n.getParentId()).getParentId() == null;
            if (c != null && (top || second)) {
                rows.add(new Deck.AreaRow(n.getCode() + ". " + n.getName(), !top, new Deck.StatusBar(c[0], c[1], c[2])));
            }
        }
        // Keep the slide readable: areas and their sub-areas up to the row limit, areas only beyond it.
        if (rows.size() > 12) {
            rows = rows.stream().filter(r -> !r.sub()).toList();
        }
        return new Deck.Areas(messages.get("present.areas.title"), rows);
    }

    private Deck.Laggard laggard(String task, String department, String rating, SignalCalculator.Result computed,
                                        Remedy remedy, int index, int of) {
        List<String> reasons = computed.reasons(messages).stream().limit(3).map(r -> clip(r, TEXT)).toList();
        return new Deck.Laggard(messages.get(rating == null ? "present.red.title" : "present.under.title"),
                clip(task, 70), department, rating,
                computed.status(), reasons,
                remedy == null || remedy.getCause() == null ? messages.get("present.laggard.noCause") : clip(remedy.getCause(), TEXT),
                remedy == null || remedy.getMeasures() == null ? messages.get("present.laggard.noMeasures") : clip(remedy.getMeasures(), TEXT),
                remedy == null || remedy.getDueDate() == null ? null : remedy.getDueDate().toString(),
                remedy == null ? messages.get("present.laggard.notRequested") : messages.label(remedy.getState()),
                index, of);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private List<Deck.Slide> timeliness(RoundViews.Round view) {
        List<List<String>> rows = new ArrayList<>();
        for (RoundViews.DepartmentProgress d : view.departments()) {
            rows.add(List.of(d.name(), String.valueOf(d.total()), String.valueOf(d.submitted() - d.lateSubmitted()),
                    String.valueOf(d.lateSubmitted()), String.valueOf(d.pending()), messages.get(d.stateKey())));
        }
        return paged(messages.get("present.timeliness.title"), messages.get("present.timeliness.caption",
                        view.round().getTitle(), String.valueOf(view.round().getDeadline())),
                words("present.col.department", "present.col.total", "present.col.onTime", "present.col.late",
                        "present.col.pending", "present.col.state"),
                List.of(false, true, true, true, true, false), rows);
    }

    /**
     * The ranking slides: every weighted criterion with its weight (a value filled for want of data marked *), the
     * coverage, and how many departments are listed apart for want of data. A ranking before the model's evaluation
     * date (a round's reference date, today) is titled 「중간 순위 (기준일 …)」.
     */
    private List<Deck.Slide> ranking(ScoringQueries.Ranking ranking) {
        List<Component> criteria = java.util.Arrays.stream(Component.values())
                .filter(c -> ranking.model().weights().percent().getOrDefault(c, 0) > 0).toList();
        List<String> header = new ArrayList<>(words("present.col.rank", "present.col.department", "present.col.score"));
        criteria.forEach(c -> header.add(messages.get(c.shortKey()) + " " + ranking.model().weights().percent().get(c) + "%"));
        header.add(messages.get("present.col.coverage"));
        List<Boolean> numeric = new ArrayList<>(List.of(true, false, true));
        criteria.forEach(c -> numeric.add(true));
        numeric.add(true);
        List<List<String>> rows = new ArrayList<>();
        for (ScoreCalculator.DepartmentScore d : ranking.departments()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(d.rank()), d.name(), fmt(d.score())));
            criteria.forEach(c -> row.add(fmt(d.values().get(c)) + (d.isFilled(c) ? "*" : "")));
            row.add(fmt(d.coveragePercent()) + "%");
            rows.add(row);
        }
        String title = ranking.interim() ? messages.get("present.ranking.interim", ranking.evaluationDate().toString())
                : messages.get("present.ranking.title");
        String caption = messages.get(ranking.insufficient().isEmpty() ? "present.ranking.caption" : "present.ranking.caption.apart",
                ranking.evaluationDate().toString(), ranking.model().versionNo() == 0 ? Messages.key("present.ranking.defaultModel")
                        : Messages.key("present.ranking.version", String.valueOf(ranking.model().versionNo())),
                String.valueOf(ranking.insufficient().size()));
        if (rows.isEmpty()) {
            return List.of(new Deck.Note(title, messages.get("present.ranking.empty", caption)));
        }
        return paged(title, caption, header, numeric, rows);
    }

    private static String fmt(double v) {
        return java.math.BigDecimal.valueOf(v).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private List<Deck.Slide> nextQuarter(Plan plan, LocalDate asOf, List<Task> list, TaskQueries.ProgressData data) {
        YearMonth first = YearMonth.from(asOf).plusMonths(3 - (asOf.getMonthValue() - 1) % 3);
        YearMonth last = first.plusMonths(2);
        String label = messages.get("present.next.label", first.getYear(), (first.getMonthValue() - 1) / 3 + 1,
                first.getMonthValue(), last.getMonthValue());
        Map<String, List<String>> byDepartment = new LinkedHashMap<>();
        for (Task t : list) {
            for (Milestone m : data.milestones(t.getId())) {
                if (m.getStatus().closed()) {
                    continue;
                }
                boolean dueNext = SignalCalculator.occurrences(SignalCalculator.MilestoneFact.of(m), plan.getPlanYear())
                        .stream().anyMatch(ym -> !ym.isBefore(first) && !ym.isAfter(last));
                if (dueNext) {
                    byDepartment.computeIfAbsent(name(t), k -> new ArrayList<>()).add(t.getCode() + " " + m.getDescription());
                }
            }
        }
        if (byDepartment.isEmpty()) {
            return List.of(new Deck.Note(messages.get("present.next.empty.title"), messages.get("present.next.empty", label)));
        }
        List<List<String>> rows = new ArrayList<>();
        byDepartment.forEach((dept, items) -> rows.add(List.of(dept, String.valueOf(items.size()),
                clip(items.size() > 2 ? messages.get("present.next.more", String.join(", ", items.subList(0, 2)))
                        : String.join(", ", items), 80))));
        return paged(messages.get("present.next.title"), label, words("present.col.department", "present.col.count",
                "present.col.items"), List.of(false, true, false), rows);
    }

    private List<String> words(String... keys) {
        return java.util.Arrays.stream(keys).map(messages::get).toList();
    }

    private static List<Deck.Slide> paged(String title, String caption, List<String> header, List<Boolean> numeric,
                                          List<List<String>> rows) {
        List<Deck.Slide> slides = new ArrayList<>();
        int pages = Math.max(1, (rows.size() + ROWS - 1) / ROWS);
        for (int p = 0; p < pages; p++) {
            List<List<String>> part = rows.subList(p * ROWS, Math.min(rows.size(), (p + 1) * ROWS));
            slides.add(new Deck.Table(title, caption, header, part, numeric, pages > 1 ? (p + 1) + "/" + pages : null));
        }
        return slides;
    }
}
