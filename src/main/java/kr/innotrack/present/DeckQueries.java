package kr.innotrack.present;

import kr.innotrack.shared.PageCache;
import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.innotrack.checkround.CheckRound;
import kr.innotrack.checkround.CheckRoundQueries;
import kr.innotrack.checkround.Remedy;
import kr.innotrack.checkround.RemedyState;
import kr.innotrack.checkround.RoundEntry;
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
import kr.innotrack.shared.Charts;
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

    private final PlanQueries plans;
    private final TaskQueries tasks;
    private final CheckRoundQueries rounds;
    private final ScoringQueries scoring;
    private final java.time.Clock clock;
    private final Messages messages;
    private final kr.innotrack.evidence.EvidenceQueries evidence;
    private final PageCache cache;

    /** The photos a laggard's detail slide shows at most (its entry's, then its remedy's). */
    static final int PHOTOS = 3;

    /** The plan as of today (or as of the end of its year, once the year is over). */
    /** Cached by the plan's data version, read first (docs/performance.md). */
    public Deck planDeck(Long planId, Long organizationId) {
        return cache.ofPlan("plan deck", planId, organizationId, java.util.List.of(),
                () -> computePlanDeck(planId, organizationId));
    }

    /** Cached by the data version of the round's plan, read first (docs/performance.md). */
    public Deck roundDeck(Long roundId, Long organizationId) {
        return cache.ofRound("round deck", roundId, organizationId, () -> computeRoundDeck(roundId, organizationId));
    }

    private Deck computePlanDeck(Long planId, Long organizationId) {
        Plan plan = plans.plan(planId, organizationId);
        LocalDate today = LocalDate.now(clock);
        LocalDate yearEnd = LocalDate.of(plan.getPlanYear(), 12, 31);
        LocalDate asOf = today.isAfter(yearEnd) ? yearEnd : today;
        TaskQueries.ProgressData data = tasks.progressData(planId);
        List<Task> all = tasks.tasksOf(planId);
        List<StrategyNode> nodes = plans.nodes(planId);
        Map<Long, StrategyNode> area = areaOf(nodes);
        Map<Long, SignalCalculator.Result> signals = rounds.signalsAt(plan, asOf, data, all);
        List<Deck.Slide> slides = new ArrayList<>();
        slides.add(headline(messages.get("present.plan.title", messages.planTitle(plan.getPlanYear(), plan.getTitle())), asOf, all, signals, data, plan.getPlanYear()));
        slides.add(statusByArea(nodes, all.stream().map(t -> new Placed(area.get(t.getStrategyNode().getId()),
                signals.get(t.getId()).status())).toList()));
        Map<StrategyNode, long[]> kpiBands = new LinkedHashMap<>();
        for (Task t : all) {
            long[] bands = KpiBands.count(data.kpis(t.getId()), data, plan.getPlanYear());
            long[] sum = kpiBands.computeIfAbsent(area.get(t.getStrategyNode().getId()), k -> new long[KpiBands.KEYS.size()]);
            for (int i = 0; i < bands.length; i++) {
                sum[i] += bands[i];
            }
        }
        slides.add(kpisByArea(nodes, kpiBands, false));
        List<Trend> trend = new ArrayList<>(closedRounds(rounds.closedEntriesOfPlan(planId), null));
        if (trend.size() > TREND_ROUNDS) {
            trend = new ArrayList<>(trend.subList(trend.size() - TREND_ROUNDS, trend.size()));
        }
        int[] now = new int[3];
        signals.values().forEach(r -> now[r.status().ordinal()]++);
        trend.add(new Trend(messages.get("deck.trend.now"), asOf, now));
        slides.add(trend(trend, messages.get("deck.trend.caption.plan", asOf.toString())));
        Map<Long, Remedy> openRemedies = new HashMap<>();
        rounds.remediesOfPlan(planId).stream().filter(r -> r.getState().open())
                .forEach(r -> openRemedies.put(r.getTaskId(), r));
        Map<Long, List<kr.innotrack.evidence.AttachmentView>> remedyPhotos = evidence.imagesByOwner(
                kr.innotrack.evidence.OwnerKind.REMEDY, all.stream().filter(t -> signals.get(t.getId()).status() == Signal.RED)
                        .map(t -> openRemedies.get(t.getId())).filter(java.util.Objects::nonNull).map(Remedy::getId).toList(),
                kr.innotrack.evidence.OwnerKind.ROUND_ENTRY, List.of())
                .getOrDefault(kr.innotrack.evidence.OwnerKind.REMEDY, Map.of());
        List<Facts> red = all.stream().filter(t -> signals.get(t.getId()).status() == Signal.RED)
                .map(t -> {
                    Remedy r = openRemedies.get(t.getId());
                    return new Facts(t.getCode() + " " + t.getTitle(), name(t), null, signals.get(t.getId()), r,
                            r == null ? null : r.getState(), photos(List.of(), r == null ? List.of()
                                    : remedyPhotos.getOrDefault(r.getId(), List.of())));
                }).toList();
        if (red.isEmpty()) {
            slides.add(new Deck.Note(messages.get("present.red.title"), messages.get("present.red.none", asOf.toString())));
        }
        laggards(slides, red, messages.get("present.red.title"), messages.get("deck.summary.red.title"),
                messages.get("deck.summary.red.caption", asOf.toString(), red.size()));
        rounds.latestRound(planId).ifPresent(latest ->
                slides.addAll(timeliness(rounds.roundView(latest, data, nodes))));
        slides.addAll(ranking(scoring.rankingAt(plan, data, all, asOf)));
        slides.addAll(nextQuarter(plan, asOf, all, data));
        return new Deck(messages.planTitle(plan.getPlanYear(), plan.getTitle()), messages.get("present.plan.subtitle", plan.getOrganization().getName(), asOf.toString()),
                "/plans/" + planId, slides);
    }

    /** A check round: its computed statuses and ratings, the tasks rated 미흡/부진 with their remedies, its timeliness. */
    private Deck computeRoundDeck(Long roundId, Long organizationId) {
        CheckRound round = rounds.roundOf(roundId, organizationId);
        Plan plan = round.getPlan();
        TaskQueries.ProgressData data = tasks.progressData(plan.getId());
        List<StrategyNode> nodes = plans.nodes(plan.getId());
        Map<Long, StrategyNode> area = areaOf(nodes);
        RoundViews.Round view = rounds.roundView(round, data, nodes);
        List<Deck.Slide> slides = new ArrayList<>();
        slides.add(roundHeadline(round.getTitle(), round.getReferenceDate(), view));
        slides.add(statusByArea(nodes, view.rows().stream().map(r -> new Placed(
                area.get(r.entry().getTask().getStrategyNode().getId()), r.computed().status())).toList()));
        Map<StrategyNode, long[]> kpiBands = new LinkedHashMap<>();
        for (RoundViews.Row row : view.rows()) {
            long[] sum = kpiBands.computeIfAbsent(area.get(row.entry().getTask().getStrategyNode().getId()),
                    k -> new long[KpiBands.KEYS.size()]);
            for (SignalCalculator.KpiFigure k : row.computed().kpis()) {
                sum[band(k)]++;
            }
        }
        slides.add(kpisByArea(nodes, kpiBands, true));
        List<Trend> earlier = closedRounds(rounds.closedEntriesOfPlan(plan.getId()), round);
        List<Trend> trend = new ArrayList<>(earlier.isEmpty() ? List.of() : List.of(earlier.get(earlier.size() - 1)));
        int[] now = new int[3];
        view.rows().forEach(r -> now[r.computed().status().ordinal()]++);
        trend.add(new Trend(round.getTitle(), round.getReferenceDate(), now));
        slides.add(trend(trend, messages.get(trend.size() > 1 ? "deck.trend.caption.round" : "deck.trend.caption.first")));
        List<RoundViews.Row> lagging = view.rows().stream()
                .filter(r -> r.entry().getRating() != null && r.entry().getRating().needsRemedy()).toList();
        Map<kr.innotrack.evidence.OwnerKind, Map<Long, List<kr.innotrack.evidence.AttachmentView>>> photosByKind =
                evidence.imagesByOwner(kr.innotrack.evidence.OwnerKind.ROUND_ENTRY,
                        lagging.stream().map(r -> r.entry().getId()).toList(), kr.innotrack.evidence.OwnerKind.REMEDY,
                        lagging.stream().map(RoundViews.Row::remedy).filter(java.util.Objects::nonNull)
                                .map(Remedy::getId).toList());
        Map<Long, List<kr.innotrack.evidence.AttachmentView>> entryPhotos =
                photosByKind.getOrDefault(kr.innotrack.evidence.OwnerKind.ROUND_ENTRY, Map.of());
        Map<Long, List<kr.innotrack.evidence.AttachmentView>> remedyPhotos =
                photosByKind.getOrDefault(kr.innotrack.evidence.OwnerKind.REMEDY, Map.of());
        List<Facts> under = lagging.stream()
                .map(row -> {
                    Task t = row.entry().getTask();
                    return new Facts(t.getCode() + " " + t.getTitle(),
                            row.entry().getDepartment() == null ? messages.get("present.noDepartment")
                                    : row.entry().getDepartment().getName(),
                            messages.label(row.entry().getRating()), row.computed(), row.remedy(), row.remedyState(),
                            photos(entryPhotos.getOrDefault(row.entry().getId(), List.of()), row.remedy() == null
                                    ? List.of() : remedyPhotos.getOrDefault(row.remedy().getId(), List.of())));
                }).toList();
        if (under.isEmpty()) {
            slides.add(new Deck.Note(messages.get("present.under.title"), messages.get("present.under.none")));
        }
        laggards(slides, under, messages.get("present.under.title"), messages.get("deck.summary.under.title"),
                messages.get("deck.summary.under.caption", round.getTitle(), under.size()));
        List<Task> all = tasks.tasksOf(plan.getId());
        slides.addAll(timeliness(view));
        slides.addAll(ranking(scoring.rankingAt(plan, data, all, round.getReferenceDate())));
        slides.addAll(nextQuarter(plan, round.getReferenceDate(), all, data));
        return new Deck(round.getTitle(), messages.get("present.round.subtitle", plan.getOrganization().getName(),
                plan.getTitle(), round.getReferenceDate().toString()), "/rounds/" + roundId, slides);
    }

    static final int TREND_ROUNDS = 4;

    /** A task (or round entry) placed in its top-level area with its computed status. */
    private record Placed(StrategyNode area, Signal status) {
    }

    /** A round's (or today's) tasks by computed status. */
    record Trend(String name, LocalDate date, int[] counts) {
    }

    /** What the summary and the detail slides say of one laggard. */
    record Facts(String task, String department, String rating, SignalCalculator.Result computed, Remedy remedy,
                 RemedyState remedyState, List<kr.innotrack.evidence.AttachmentView> photos) {
    }

    /** The entry's photos, then the remedy's, at most {@link #PHOTOS}. */
    private static List<kr.innotrack.evidence.AttachmentView> photos(List<kr.innotrack.evidence.AttachmentView> entry,
                                                                   List<kr.innotrack.evidence.AttachmentView> remedy) {
        return java.util.stream.Stream.concat(entry.stream(), remedy.stream()).limit(PHOTOS).toList();
    }

    private static Map<Long, StrategyNode> areaOf(List<StrategyNode> nodes) {
        Map<Long, StrategyNode> byId = nodes.stream().collect(Collectors.toMap(StrategyNode::getId, n -> n));
        Map<Long, StrategyNode> area = new HashMap<>();
        for (StrategyNode n : nodes) {
            StrategyNode top = n;
            while (top.getParentId() != null && byId.containsKey(top.getParentId())) {
                top = byId.get(top.getParentId());
            }
            area.put(n.getId(), top);
        }
        return area;
    }

    private static int band(SignalCalculator.KpiFigure k) {
        if (k.actual() == null || k.rate() == null) {
            return 4;
        }
        double v = k.rate().doubleValue();
        return v >= 100 ? 0 : v >= 80 ? 1 : v >= 50 ? 2 : 3;
    }

    private static String areaName(StrategyNode n) {
        return n.getCode() + ". " + n.getName();
    }

    private Deck.Chart statusByArea(List<StrategyNode> nodes, List<Placed> placed) {
        Map<StrategyNode, int[]> counts = new LinkedHashMap<>();
        nodes.stream().filter(n -> n.getParentId() == null).forEach(n -> counts.put(n, new int[3]));
        placed.forEach(p -> counts.computeIfAbsent(p.area(), k -> new int[3])[p.status().ordinal()]++);
        counts.values().removeIf(c -> c[0] + c[1] + c[2] == 0);
        List<String> labels = counts.keySet().stream().map(DeckQueries::areaName).toList();
        List<Charts.Series> series = new ArrayList<>();
        String[] colors = {Charts.GREEN, Charts.AMBER, Charts.RED};
        for (Signal s : Signal.values()) {
            series.add(new Charts.Series(symbol(s) + " " + messages.label(s),
                    counts.values().stream().map(c -> c[s.ordinal()]).toList(), colors[s.ordinal()]));
        }
        List<List<String>> rows = new ArrayList<>();
        int[] total = new int[3];
        counts.forEach((n, c) -> {
            rows.add(List.of(areaName(n), String.valueOf(c[0] + c[1] + c[2]), String.valueOf(c[0]), String.valueOf(c[1]),
                    String.valueOf(c[2])));
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
        });
        rows.add(List.of(messages.get("deck.total"), String.valueOf(total[0] + total[1] + total[2]),
                String.valueOf(total[0]), String.valueOf(total[1]), String.valueOf(total[2])));
        return new Deck.Chart(messages.get("present.areas.title"), messages.get("deck.areas.caption"), "deck-chart-areas",
                DeckCharts.stacked(labels, series, true, messages.get("deck.axis.tasks")),
                messages.get("deck.areas.label"),
                List.of(messages.get("deck.col.area"), messages.get("present.col.total"), "● " + messages.label(Signal.GREEN),
                        "▲ " + messages.label(Signal.AMBER), "■ " + messages.label(Signal.RED)),
                rows, List.of(false, true, true, true, true));
    }

    private Deck.Chart kpisByArea(List<StrategyNode> nodes, Map<StrategyNode, long[]> byArea, boolean atReference) {
        Map<StrategyNode, long[]> counts = new LinkedHashMap<>();
        nodes.stream().filter(n -> n.getParentId() == null && byArea.containsKey(n)).forEach(n -> counts.put(n, byArea.get(n)));
        byArea.forEach(counts::putIfAbsent);
        counts.values().removeIf(c -> java.util.Arrays.stream(c).sum() == 0);
        List<String> bandWords = new ArrayList<>();
        for (int i = 0; i < KpiBands.KEYS.size(); i++) {
            bandWords.add(messages.get(KpiBands.KEYS.get(i)));
        }
        String[] colors = {Charts.GREEN, Charts.BLUE, Charts.AMBER, Charts.RED, Charts.GREY};
        List<Charts.Series> series = new ArrayList<>();
        for (int i = 0; i < bandWords.size(); i++) {
            int b = i;
            series.add(new Charts.Series(bandWords.get(i), counts.values().stream().map(c -> c[b]).toList(), colors[i]));
        }
        List<List<String>> rows = new ArrayList<>();
        long[] total = new long[bandWords.size()];
        counts.forEach((n, c) -> {
            List<String> row = new ArrayList<>(List.of(areaName(n)));
            for (int i = 0; i < c.length; i++) {
                row.add(String.valueOf(c[i]));
                total[i] += c[i];
            }
            rows.add(row);
        });
        List<String> sum = new ArrayList<>(List.of(messages.get("deck.total")));
        for (long t : total) {
            sum.add(String.valueOf(t));
        }
        rows.add(sum);
        List<String> header = new ArrayList<>(List.of(messages.get("deck.col.area")));
        header.addAll(bandWords);
        List<Boolean> numeric = new ArrayList<>(List.of(false));
        bandWords.forEach(w -> numeric.add(true));
        long kpis = java.util.Arrays.stream(total).sum();
        return new Deck.Chart(messages.get("deck.kpi.title"), messages.get(kpis == 0 ? "deck.kpi.caption.none"
                : atReference ? "deck.kpi.caption.round" : "deck.kpi.caption.plan", kpis), "deck-chart-kpis",
                DeckCharts.stacked(counts.keySet().stream().map(DeckQueries::areaName).toList(), series, true,
                        messages.get("deck.axis.kpis")),
                messages.get("deck.kpi.label"), header, rows, numeric);
    }

    /** Closed rounds of the plan by reference date with their frozen computed statuses, those before {@code before} only. */
    private List<Trend> closedRounds(List<RoundEntry> closed, CheckRound before) {
        Map<Long, Trend> byRound = new LinkedHashMap<>();
        for (RoundEntry e : closed) {
            CheckRound r = e.getRound();
            if (before != null && (r.getId().equals(before.getId()) || !r.getReferenceDate().isBefore(before.getReferenceDate()))) {
                continue;
            }
            Trend t = byRound.computeIfAbsent(r.getId(), k -> new Trend(r.getTitle(), r.getReferenceDate(), new int[3]));
            if (e.getComputedStatus() != null) {
                t.counts()[e.getComputedStatus().ordinal()]++;
            }
        }
        return new ArrayList<>(byRound.values());
    }

    private Deck.Chart trend(List<Trend> trend, String caption) {
        String[] colors = {Charts.GREEN, Charts.AMBER, Charts.RED};
        List<Charts.Series> series = new ArrayList<>();
        for (Signal s : Signal.values()) {
            series.add(new Charts.Series(symbol(s) + " " + messages.label(s),
                    trend.stream().map(t -> t.counts()[s.ordinal()]).toList(), colors[s.ordinal()]));
        }
        List<List<String>> rows = trend.stream().map(t -> List.of(t.name(), t.date().toString(),
                String.valueOf(t.counts()[0] + t.counts()[1] + t.counts()[2]), String.valueOf(t.counts()[0]),
                String.valueOf(t.counts()[1]), String.valueOf(t.counts()[2]))).toList();
        return new Deck.Chart(messages.get("deck.trend.title"), caption, "deck-chart-trend",
                DeckCharts.stacked(trend.stream().map(Trend::name).toList(), series, false, messages.get("deck.axis.tasks")),
                messages.get("deck.trend.label"),
                List.of(messages.get("deck.col.round"), messages.get("deck.col.date"), messages.get("present.col.total"),
                        "● " + messages.label(Signal.GREEN), "▲ " + messages.label(Signal.AMBER),
                        "■ " + messages.label(Signal.RED)),
                rows, List.of(false, false, true, true, true, true));
    }

    private static String symbol(Signal s) {
        return switch (s) {
            case GREEN -> "●";
            case AMBER -> "▲";
            case RED -> "■";
        };
    }

    /**
     * The laggards as summary table slides (rows packed by their length), then each laggard's detail slide(s), which
     * the presenter may skip as one block.
     */
    private void laggards(List<Deck.Slide> slides, List<Facts> facts, String detailTitle, String summaryTitle, String caption) {
        if (facts.isEmpty()) {
            return;
        }
        List<List<Deck.Laggard>> details = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            details.add(detail(detailTitle, facts.get(i), i + 1, facts.size()));
        }
        boolean rated = facts.stream().anyMatch(f -> f.rating() != null);
        // characters per line of the task and reason columns at the base size (spaces and digits are narrow)
        List<Integer> heights = facts.stream().map(f -> Math.max(SlideFit.lines(f.task(), rated ? 19 : 22),
                SlideFit.lines(keyReason(f.computed()), rated ? 16 : 18))).toList();
        List<Integer> pages = SlideFit.pages(heights, SlideFit.TABLE_LINES, SlideFit.TABLE_ROWS);
        int next = slides.size() + pages.size() + 1;
        List<Deck.SummaryRow> rows = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            Facts f = facts.get(i);
            rows.add(new Deck.SummaryRow(f.task(), f.department(), f.rating(), f.computed().status(),
                    keyReason(f.computed()), f.remedyState() == null ? messages.get("deck.remedy.none.short")
                    : messages.label(f.remedyState()), next));
            next += details.get(i).size();
        }
        int from = 0;
        for (int p = 0; p < pages.size(); p++) {
            slides.add(new Deck.Summary(summaryTitle, caption, rated, rows.subList(from, from + pages.get(p)),
                    pages.size() > 1 ? (p + 1) + "/" + pages.size() : null));
            from += pages.get(p);
        }
        details.forEach(slides::addAll);
    }

    /** The worst reason's head (「추진일정 부진: 예정 2건 중 0건 완료, 지연 2건」, without the milestone it names). */
    private String keyReason(SignalCalculator.Result computed) {
        // a closed round's record may keep its lines without their level: then the first line
        return computed.lines().stream().max(java.util.Comparator.comparingInt(l -> l.level() == null ? -1 : l.level().ordinal()))
                .map(l -> messages.get(l.reason()))
                .map(r -> r.contains(" — ") ? r.substring(0, r.indexOf(" — ")) : r)
                .orElse(messages.get("deck.reason.none"));
    }

    /** A laggard's detail slide, and continuation slides (계속) when its text does not fit on one. */
    private List<Deck.Laggard> detail(String title, Facts f, int index, int of) {
        List<String> reasons = new ArrayList<>(f.computed().reasons(messages));
        Remedy remedy = f.remedy();
        String cause = remedy == null || remedy.getCause() == null ? messages.get("present.laggard.noCause") : remedy.getCause();
        String measures = remedy == null || remedy.getMeasures() == null ? messages.get("present.laggard.noMeasures")
                : remedy.getMeasures();
        String due = remedy == null ? messages.get("deck.remedy.none")
                : messages.get("deck.remedy.line", remedy.getDueDate() == null ? messages.get("deck.remedy.noDue")
                        : messages.get("deck.remedy.due", remedy.getDueDate().toString()),
                        f.remedyState() == null ? messages.get("deck.remedy.none.short") : messages.label(f.remedyState()));
        List<Deck.Laggard> out = new ArrayList<>();
        int width = SlideFit.DETAIL_CHARS;
        while (true) {
            int room = SlideFit.DETAIL_LINES - 1; // the due-and-state line
            List<String> here = new ArrayList<>();
            while (!reasons.isEmpty() && (here.isEmpty() || SlideFit.lines(reasons.get(0), width) <= room)) {
                room -= SlideFit.lines(reasons.get(0), width);
                here.add(reasons.remove(0));
            }
            String causeHere = null;
            if (reasons.isEmpty() && cause != null && room > 0) {
                String[] c = SlideFit.cut(cause, room, width - 4);
                causeHere = c[0];
                cause = c[1];
                room -= causeHere == null ? 0 : SlideFit.lines(causeHere, width - 4);
            }
            String measuresHere = null;
            if (reasons.isEmpty() && cause == null && measures != null && room > 0) {
                String[] m = SlideFit.cut(measures, room, width - 4);
                measuresHere = m[0];
                measures = m[1];
            }
            boolean more = !reasons.isEmpty() || cause != null || measures != null;
            out.add(new Deck.Laggard(title, f.task(), f.department(), f.rating(), f.computed().status(), here,
                    causeHere, measuresHere, due, index, of, !out.isEmpty(), more,
                    out.isEmpty() ? f.photos() : List.of()));
            if (!more) {
                return out;
            }
        }
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
                items.size() > 2 ? messages.get("present.next.more", String.join(", ", items.subList(0, 2)))
                        : String.join(", ", items))));
        return paged(messages.get("present.next.title"), label, words("present.col.department", "present.col.count",
                "present.col.items"), List.of(false, true, false), rows);
    }

    private List<String> words(String... keys) {
        return java.util.Arrays.stream(keys).map(messages::get).toList();
    }

    /**
     * A table in slides of at most {@link #ROWS} rows and {@link SlideFit#TABLE_LINES} lines, each row as high as its
     * longest text cell wraps (the text columns share the width).
     */
    private static List<Deck.Slide> paged(String title, String caption, List<String> header, List<Boolean> numeric,
                                          List<List<String>> rows) {
        long textColumns = Math.max(1, numeric.stream().filter(n -> !n).count());
        int width = (int) Math.max(8, 30 / textColumns);
        List<Integer> heights = rows.stream().map(r -> {
            int h = 1;
            for (int i = 0; i < r.size(); i++) {
                if (!numeric.get(i)) {
                    h = Math.max(h, SlideFit.lines(r.get(i), width));
                }
            }
            return h;
        }).toList();
        List<Integer> sizes = SlideFit.pages(heights, SlideFit.TABLE_LINES, ROWS);
        List<Deck.Slide> slides = new ArrayList<>();
        int from = 0;
        for (int p = 0; p < sizes.size(); p++) {
            List<List<String>> part = rows.subList(from, from + sizes.get(p));
            from += sizes.get(p);
            slides.add(new Deck.Table(title, caption, header, part, numeric, sizes.size() > 1 ? (p + 1) + "/" + sizes.size() : null));
        }
        return slides;
    }
}
