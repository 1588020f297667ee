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
        slides.add(headline(plan.getTitle() + " 추진 현황", asOf, all, signals, data, plan.getPlanYear()));
        slides.add(areas(nodes, all, t -> signals.get(t.getId()).status()));
        Map<Long, Remedy> openRemedies = new HashMap<>();
        rounds.remediesOfPlan(planId).stream().filter(r -> r.getState().open())
                .forEach(r -> openRemedies.put(r.getTaskId(), r));
        List<Task> red = all.stream().filter(t -> signals.get(t.getId()).status() == Signal.RED).toList();
        if (red.isEmpty()) {
            slides.add(new Deck.Note("부진 과제", asOf + " 기준 계산 상태가 ‘부진’인 과제가 없습니다."));
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
        return new Deck(plan.getTitle(), plan.getOrganization().getName() + " · " + asOf + " 기준",
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
            slides.add(new Deck.Note("미흡·부진 과제", "이번 점검에서 미흡·부진으로 평가된 과제가 없습니다."));
        }
        for (int i = 0; i < under.size(); i++) {
            RoundViews.Row row = under.get(i);
            Task t = row.entry().getTask();
            slides.add(laggard(t.getCode() + " " + t.getTitle(),
                    row.entry().getDepartment() == null ? "부서 미지정" : row.entry().getDepartment().getName(),
                    row.entry().getRating().label(), row.computed(), row.remedy(), i + 1, under.size()));
        }
        List<Task> all = tasks.tasksOf(plan.getId());
        slides.addAll(timeliness(view));
        slides.addAll(ranking(scoring.rankingAt(plan, data, all, round.getReferenceDate())));
        slides.addAll(nextQuarter(plan, round.getReferenceDate(), all, data));
        return new Deck(round.getTitle(), plan.getOrganization().getName() + " · " + plan.getTitle() + " · 기준일 "
                + round.getReferenceDate(), "/rounds/" + roundId, slides);
    }

    private static String name(Task t) {
        return t.getLeadDepartment() == null ? "부서 미지정" : t.getLeadDepartment().getName();
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
            kpiBuckets.add(new Deck.Bucket(i == 0 ? "목표 달성(100% 이상)" : KpiBands.KEYS.get(i), (int) bands[i]));
        }
        int kpis = kpiList.size();
        int reported = kpis - (int) bands[4];
        return new Deck.Headline(title, asOf + " 기준", new Deck.StatusBar(green, amber, redCount), due, done, kpis,
                reported, kpiBuckets);
    }

    /**
     * A round's headline from its own evidence (frozen once closed, as at the reference date before): tasks by computed
     * status, milestones done of due, and each KPI's achievement against its target pro-rata to the reference date.
     */
    private static Deck.Headline roundHeadline(String title, LocalDate asOf, RoundViews.Round view) {
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
            kpiBuckets.add(new Deck.Bucket(i == 0 ? "기준일 목표 달성(100% 이상)" : KpiBands.KEYS.get(i), (int) bands[i]));
        }
        String basis = view.round().getState().closed() ? " (종료 때 기록)" : "";
        return new Deck.Headline(title, asOf + " 기준" + basis, new Deck.StatusBar(status[0], status[1], status[2]), due,
                done, kpis, kpis - (int) bands[4], kpiBuckets);
    }

    private static Deck.Areas areas(List<StrategyNode> nodes, List<Task> list, Function<Task, Signal> status) {
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
        return new Deck.Areas("분야별 추진 상태", rows);
    }

    private static Deck.Laggard laggard(String task, String department, String rating, SignalCalculator.Result computed,
                                        Remedy remedy, int index, int of) {
        List<String> reasons = computed.reasons().stream().limit(3).map(r -> clip(r, TEXT)).toList();
        return new Deck.Laggard(rating == null ? "부진 과제" : "미흡·부진 과제", clip(task, 70), department, rating,
                computed.status(), reasons,
                remedy == null || remedy.getCause() == null ? "(원인분석 미제출)" : clip(remedy.getCause(), TEXT),
                remedy == null || remedy.getMeasures() == null ? "(개선대책 미제출)" : clip(remedy.getMeasures(), TEXT),
                remedy == null || remedy.getDueDate() == null ? "-" : remedy.getDueDate().toString(),
                remedy == null ? "요청 전" : remedy.getState().label(), index, of);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static List<Deck.Slide> timeliness(RoundViews.Round view) {
        List<List<String>> rows = new ArrayList<>();
        for (RoundViews.DepartmentProgress d : view.departments()) {
            rows.add(List.of(d.name(), String.valueOf(d.total()), String.valueOf(d.submitted() - d.lateSubmitted()),
                    String.valueOf(d.lateSubmitted()), String.valueOf(d.pending()), d.state()));
        }
        return paged("부서별 제출 기한 준수", view.round().getTitle() + " · 제출 기한 " + view.round().getDeadline(),
                List.of("부서", "대상", "기한 내", "기한 후", "미제출", "상태"),
                List.of(false, true, true, true, true, false), rows);
    }

    /**
     * The ranking slides: every weighted criterion with its weight (a value filled for want of data marked *), the
     * coverage, and how many departments are listed apart for want of data. A ranking before the model's evaluation
     * date (a round's reference date, today) is titled 「중간 순위 (기준일 …)」.
     */
    private static List<Deck.Slide> ranking(ScoringQueries.Ranking ranking) {
        List<Component> criteria = java.util.Arrays.stream(Component.values())
                .filter(c -> ranking.model().weights().percent().getOrDefault(c, 0) > 0).toList();
        List<String> header = new ArrayList<>(List.of("순위", "부서", "점수"));
        criteria.forEach(c -> header.add(c.shortLabel() + " " + ranking.model().weights().percent().get(c) + "%"));
        header.add("자료");
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
        String title = ranking.interim() ? "중간 순위 (기준일 " + ranking.evaluationDate() + ")" : "부서 평가 순위";
        String caption = "평가 기준일 " + ranking.evaluationDate() + " · 평가 모델 "
                + (ranking.model().versionNo() == 0 ? "기본값" : ranking.model().versionNo() + "판")
                + " · * 자료 없어 다른 항목 평균으로 채운 값 · 자료: 자료 반영률"
                + (ranking.insufficient().isEmpty() ? "" : " · 평가 자료 부족 " + ranking.insufficient().size() + "개 부서는 순위 제외");
        if (rows.isEmpty()) {
            return List.of(new Deck.Note(title, "순위에 넣을 수 있는 부서가 없습니다. " + caption));
        }
        return paged(title, caption, header, numeric, rows);
    }

    private static String fmt(double v) {
        return java.math.BigDecimal.valueOf(v).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static List<Deck.Slide> nextQuarter(Plan plan, LocalDate asOf, List<Task> list, TaskQueries.ProgressData data) {
        YearMonth first = YearMonth.from(asOf).plusMonths(3 - (asOf.getMonthValue() - 1) % 3);
        YearMonth last = first.plusMonths(2);
        String label = first.getYear() + "년 " + ((first.getMonthValue() - 1) / 3 + 1) + "분기(" + first.getMonthValue()
                + "~" + last.getMonthValue() + "월)";
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
            return List.of(new Deck.Note("다음 분기 추진일정", label + "에 예정된 추진일정이 없습니다."));
        }
        List<List<String>> rows = new ArrayList<>();
        byDepartment.forEach((dept, items) -> rows.add(List.of(dept, String.valueOf(items.size()),
                clip(String.join(", ", items.subList(0, Math.min(2, items.size()))) + (items.size() > 2 ? " 외" : ""), 80))));
        return paged("다음 분기 부서별 추진일정", label, List.of("부서", "건수", "주요 일정"), List.of(false, true, false), rows);
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
