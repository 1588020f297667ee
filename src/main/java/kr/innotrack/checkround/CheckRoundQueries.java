package kr.innotrack.checkround;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.innotrack.history.HistoryQueries;
import kr.innotrack.plan.Kpi;
import kr.innotrack.plan.KpiActual;
import kr.innotrack.plan.Milestone;
import kr.innotrack.plan.Plan;
import kr.innotrack.plan.PlanQueries;
import kr.innotrack.plan.StrategyNode;
import kr.innotrack.plan.Task;
import kr.innotrack.plan.TaskScheduling;
import kr.innotrack.plan.TaskQueries;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotFoundException;
import java.time.YearMonth;
import kr.innotrack.history.HistoryGroup;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.PageCache;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of check rounds: lists, the round page, entries, remedies, the round report. Tenant-confined. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CheckRoundQueries {

    private static final List<RemedyState> OPEN_REMEDY = List.of(RemedyState.REQUESTED, RemedyState.SUBMITTED,
            RemedyState.RETURNED);

    private final CheckRoundRepository rounds;
    private final RoundEntryRepository entries;
    private final RemedyRepository remedies;
    private final SignalRuleRepository signalRules;
    private final RoundEntryEvidenceRepository evidence;
    private final EntryMessageRepository entryMessages;
    private final PlanQueries plans;
    private final TaskQueries tasks;
    private final HistoryQueries history;
    private final Messages messages;
    private final Clock clock;
    private final PageCache cache;

    /** The tasks a round with this scope would cover, in plan order. */
    public List<Task> coveredTasks(Long planId, RoundScope scope, Set<Long> selected) {
        return tasks.tasksOf(planId).stream().filter(t -> switch (scope) {
            case ALL -> true;
            case FOCUS -> t.isFocus();
            case SELECTED -> selected != null && selected.contains(t.getId());
        }).toList();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Plan plan(Long planId, Long organizationId) {
        return plans.plan(planId, organizationId);
    }

    /** A round of the given organization; another organization's round is "not found". */
    CheckRound round(Long roundId, Long organizationId) {
        return rounds.findWithPlan(roundId)
                .filter(r -> r.getPlan().getOrganization().getId().equals(organizationId))
                .orElseThrow(() -> new NotFoundException("round.record", roundId));
    }

    RoundEntry entry(Long roundId, Long entryId, Long organizationId) {
        return entries.findDetail(entryId)
                .filter(e -> e.getRoundId().equals(roundId))
                .filter(e -> e.getRound().getPlan().getOrganization().getId().equals(organizationId))
                .orElseThrow(() -> new NotFoundException("entry.record", entryId));
    }

    Remedy remedy(Long remedyId, Long organizationId) {
        return remedies.findDetail(remedyId)
                .filter(r -> r.getEntry().getRound().getPlan().getOrganization().getId().equals(organizationId))
                .orElseThrow(() -> new NotFoundException("remedy.record", remedyId));
    }

    java.util.Optional<Remedy> remedyOfEntry(Long entryId) {
        return remedies.findByEntryId(entryId);
    }

    List<Remedy> remediesOfTask(Long taskId) {
        return remedies.findByTask(taskId);
    }

    List<Milestone> milestonesOf(Long taskId) {
        return tasks.milestonesOf(taskId);
    }

    List<Task> tasksOf(Long planId) {
        return tasks.tasksOf(planId);
    }

    /** What a department still has to do: its entries in open rounds, its remedies not yet accepted. */
    record DepartmentWork(List<RoundEntry> entries, List<Remedy> remedies) {

        public long pending() {
            return entries.stream().filter(e -> !e.submitted()).count()
                    + remedies.stream().filter(r -> r.getState().writable()).count();
        }
    }

    DepartmentWork workOf(Long departmentId) {
        if (departmentId == null) {
            return new DepartmentWork(List.of(), List.of());
        }
        return new DepartmentWork(
                entries.findOpenForDepartment(departmentId,
                        List.of(RoundState.SUBMISSION, RoundState.REVIEW, RoundState.FEEDBACK)),
                remedies.findOpenForDepartment(departmentId, OPEN_REMEDY));
    }

    /** Every task's computed status on a date, from the plan's data and thresholds (a fixed number of queries). */
    public Map<Long, SignalCalculator.Result> signalsAt(Plan plan, LocalDate date, TaskQueries.ProgressData data,
                                                        List<Task> planTasks) {
        SignalRules rules = rules(plan.getId());
        Map<Long, SignalCalculator.Result> results = new LinkedHashMap<>();
        for (Task t : planTasks) {
            List<SignalCalculator.MilestoneFact> milestones = data.milestones(t.getId()).stream()
                    .map(SignalCalculator.MilestoneFact::of).toList();
            results.put(t.getId(), compute(date, plan.getPlanYear(), t.getId(), null, milestones, data, rules));
        }
        return results;
    }

    /**
     * The round page's data for the projector, reusing the caller's plan data and strategy nodes (so a deck does not
     * load them twice); no carried-over remedies.
     */
    public RoundViews.Round roundView(CheckRound round, TaskQueries.ProgressData data, List<StrategyNode> nodes) {
        return view(round, data, areas(nodes), rules(round.getPlanId()), false);
    }

    /** A round of the organization with its plan (404 otherwise). */
    public CheckRound roundOf(Long roundId, Long organizationId) {
        return round(roundId, organizationId);
    }


    /** The plan's most recent round by reference date, if any. */
    public java.util.Optional<CheckRound> latestRound(Long planId) {
        List<CheckRound> all = rounds.findByPlan(planId);
        return all.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(all.get(all.size() - 1));
    }

    /** Every entry of the plan's closed rounds, with its round: what year-end scoring reads. */
    public List<RoundEntry> closedEntriesOfPlan(Long planId) {
        return entries.findClosedOfPlan(planId);
    }

    /** Every remedy raised in the plan's rounds. */
    public List<Remedy> remediesOfPlan(Long planId) {
        return remedies.findOfPlan(planId);
    }

    /** What the help page of the check rules shows for a plan: its thresholds and default deadline. */
    record RulesHelp(Plan plan, SignalRules rules, int deadlineDays) {
    }

    RulesHelp rulesHelp(Long planId, Long organizationId) {
        Plan plan = plan(planId, organizationId);
        return signalRules.findByPlanId(planId)
                .map(r -> new RulesHelp(plan, r.rules(), r.getDeadlineDays()))
                .orElse(new RulesHelp(plan, SignalRules.DEFAULTS, SignalRule.DEFAULT_DEADLINE_DAYS));
    }

    SignalRules rules(Long planId) {
        return signalRules.findByPlanId(planId).map(SignalRule::rules).orElse(SignalRules.DEFAULTS);
    }

    long rulesVersion(Long planId) {
        return signalRules.findByPlanId(planId).map(SignalRule::getVersion).orElse(-1L);
    }

    /** Days after the reference date a new round's deadline falls by default (the plan's setting). */
    int deadlineDays(Long planId) {
        return signalRules.findByPlanId(planId).map(SignalRule::getDeadlineDays).orElse(SignalRule.DEFAULT_DEADLINE_DAYS);
    }

    /** The plan's milestones as at the round's reference date, from their history since (one statement). */
    AsOfReferenceDate asOf(CheckRound round) {
        return AsOfReferenceDate.of(round.getReferenceDate(), history.changesSince(
                round.getPlan().getOrganization().getId(), TaskScheduling.MILESTONE,
                round.getReferenceDate().plusDays(1).atStartOfDay()), messages);
    }

    /**
     * How a round's entries get their computed status and evidence: a closed round's as frozen when it closed (one
     * statement for the whole round), an open round's worked out from the data as at its reference date.
     */
    private java.util.function.Function<RoundEntry, SignalCalculator.Result> judge(CheckRound round,
            TaskQueries.ProgressData data, SignalRules rules) {
        if (round.getState().closed()) {
            Map<Long, List<RoundEntryEvidence>> byEntry = evidence.findByRound(round.getId()).stream()
                    .collect(Collectors.groupingBy(RoundEntryEvidence::getEntryId));
            return e -> e.getComputedStatus() != null ? frozen(e, byEntry.getOrDefault(e.getId(), List.of()), messages)
                    : compute(round, e.getTaskId(), e.getProgress(), data, rules, asOf(round));
        }
        AsOfReferenceDate asOf = asOf(round);
        return e -> compute(round, e.getTaskId(), e.getProgress(), data, rules, asOf);
    }

    /** A closed entry's record: its lines of evidence (or, for a round closed before they were kept, its reason text). */
    static SignalCalculator.Result frozen(RoundEntry e, List<RoundEntryEvidence> rows, Messages messages) {
        List<SignalCalculator.Line> lines = new ArrayList<>();
        if (!rows.isEmpty()) {
            rows.forEach(r -> lines.add(r.line()));
        } else if (e.getComputedReasons() != null) {
            for (String text : e.getComputedReasons().split("\n")) {
                SignalCalculator.Part part = text.startsWith(messages.get("signal.reason.kpiPrefix"))
                        ? SignalCalculator.Part.KPI
                        : text.startsWith(messages.get("signal.reason.progressPrefix")) ? SignalCalculator.Part.PROGRESS
                        : SignalCalculator.Part.MILESTONE;
                lines.add(new SignalCalculator.Line(part, null, SignalCalculator.written(text), null));
            }
        }
        return new SignalCalculator.Result(e.getComputedStatus(), List.copyOf(lines), zero(e.getMilestonesDue()),
                zero(e.getMilestonesDone()), zero(e.getMilestonesDelayed()));
    }

    private static int zero(Integer i) {
        return i == null ? 0 : i;
    }

    List<RoundViews.Summary> summaries(Long planId, Long organizationId) {
        plan(planId, organizationId);
        Map<Long, Object[]> counts = rounds.entryCounts(planId).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], Function.identity()));
        List<RoundViews.Summary> list = new ArrayList<>();
        for (CheckRound r : rounds.findByPlan(planId)) {
            Object[] c = counts.get(r.getId());
            list.add(c == null ? new RoundViews.Summary(r, 0, 0, 0)
                    : new RoundViews.Summary(r, number(c[1]), number(c[2]), number(c[3])));
        }
        return list;
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    /** The round page: every entry with its computed status, submission progress per department, carried-over remedies. */
    RoundViews.Round view(Long roundId, Long organizationId) {
        CheckRound round = round(roundId, organizationId);
        return view(round, tasks.progressData(round.getPlanId()), areas(round.getPlanId()), rules(round.getPlanId()), true);
    }

    private RoundViews.Round view(CheckRound round, TaskQueries.ProgressData data, Map<Long, StrategyNode> areas,
                                  SignalRules rules, boolean withCarriedOver) {
        Map<Long, Remedy> byEntry = remedies.findByRound(round.getId()).stream()
                .collect(Collectors.toMap(Remedy::getEntryId, Function.identity()));
        java.util.function.Function<RoundEntry, SignalCalculator.Result> judge = judge(round, data, rules);
        List<RoundViews.Row> rows = new ArrayList<>();
        for (RoundEntry e : entries.findByRound(round.getId())) {
            rows.add(new RoundViews.Row(e, judge.apply(e), byEntry.get(e.getId()),
                    areas.get(e.getTask().getStrategyNode().getId())));
        }
        LocalDate today = today();
        boolean pastDeadline = round.lateOn(today);
        Map<Long, List<RoundEntry>> byDepartment = new LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        rows.stream().map(RoundViews.Row::entry)
                .sorted((a, b) -> Integer.compare(departmentOrder(a), departmentOrder(b)))
                .forEach(e -> {
                    byDepartment.computeIfAbsent(e.getDepartmentId(), k -> new ArrayList<>()).add(e);
                    names.put(e.getDepartmentId(), e.getDepartment() == null ? messages.get("round.department.none")
                            : e.getDepartment().getName());
                });
        List<RoundViews.DepartmentProgress> departments = new ArrayList<>();
        byDepartment.forEach((id, list) -> {
            int submitted = (int) list.stream().filter(RoundEntry::submitted).count();
            int late = (int) list.stream().filter(e -> e.submitted() && e.isLate()).count();
            int returned = (int) list.stream().filter(e -> e.getSubmissionState() == SubmissionState.RETURNED).count();
            int drafts = (int) list.stream().filter(e -> e.getSubmissionState() == SubmissionState.DRAFT).count();
            int notStarted = (int) list.stream().filter(e -> e.getSubmissionState() == SubmissionState.NOT_STARTED).count();
            departments.add(new RoundViews.DepartmentProgress(id, names.get(id), list.size(), submitted, late, returned,
                    drafts, notStarted, pastDeadline && submitted < list.size()));
        });
        List<Remedy> carried = round.getState().closed() || !withCarriedOver ? List.of()
                : remedies.findCarriedOver(round.getPlanId(), round.getId(), OPEN_REMEDY);
        int submitted = (int) rows.stream().filter(r -> r.entry().submitted()).count();
        int late = (int) rows.stream().filter(r -> r.entry().submitted() && r.entry().isLate()).count();
        return new RoundViews.Round(round, rows, departments, carried, round.daysLeft(today), submitted, late);
    }

    private static int departmentOrder(RoundEntry e) {
        return e.getDepartment() == null ? Integer.MAX_VALUE : e.getDepartment().getSortOrder();
    }

    /** Each strategy node's top-level ancestor (분야/전략), from the plan's nodes in one query. */
    Map<Long, StrategyNode> areas(Long planId) {
        return areas(plans.nodes(planId));
    }

    static Map<Long, StrategyNode> areas(List<StrategyNode> nodes) {
        Map<Long, StrategyNode> byId = nodes.stream().collect(Collectors.toMap(StrategyNode::getId, Function.identity()));
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

    static SignalCalculator.Result compute(CheckRound round, Long taskId, Integer progress,
                                           TaskQueries.ProgressData data, SignalRules rules, AsOfReferenceDate asOf) {
        return compute(round.getReferenceDate(), round.getPlan().getPlanYear(), taskId, progress,
                asOf.milestones(data.milestones(taskId)), data, rules);
    }

    static SignalCalculator.Result compute(LocalDate referenceDate, int year, Long taskId, Integer progress,
                                           List<SignalCalculator.MilestoneFact> milestones,
                                           TaskQueries.ProgressData data, SignalRules rules) {
        List<SignalCalculator.KpiFact> kpis = new ArrayList<>();
        for (Kpi k : data.kpis(taskId)) {
            Map<Integer, java.math.BigDecimal> values = new TreeMap<>();
            for (KpiActual a : data.actuals(k.getId())) {
                if (a.getActualYear() == year) {
                    values.put(a.getQuarter(), a.getActualValue());
                }
            }
            // 분기별 figures become running totals, so each quarter's figure is the year's to date (the KPI's type)
            kpis.add(new SignalCalculator.KpiFact(k.getName(), k.getUnit(), k.getBaseline(), k.getTarget(),
                    k.getDirection(), new TreeMap<>(k.getAccumulation().toDate(values))));
        }
        return SignalCalculator.compute(referenceDate, year, milestones, kpis, progress, rules);
    }

    /** One entry's computed status and evidence, for its own page: frozen once closed, as at the reference date before. */
    SignalCalculator.Result computed(RoundEntry entry) {
        CheckRound round = entry.getRound();
        if (round.getState().closed() && entry.getComputedStatus() != null) {
            return frozen(entry, evidence.findByEntry(entry.getId()), messages);
        }
        return compute(round, entry.getTaskId(), entry.getProgress(), tasks.progressData(round.getPlanId()),
                rules(round.getPlanId()), asOf(round));
    }

    /** The round report: counts by rating and computed status per area and department, laggards, timeliness, comparison. */
    RoundViews.Report report(Long roundId, Long organizationId) {
        // cached by the data version of the round's plan, read first (docs/performance.md)
        return cache.ofRound("round report", roundId, organizationId, () -> computeReport(roundId, organizationId));
    }

    private RoundViews.Report computeReport(Long roundId, Long organizationId) {
        CheckRound round = round(roundId, organizationId);
        TaskQueries.ProgressData data = tasks.progressData(round.getPlanId());
        Map<Long, StrategyNode> areas = areas(round.getPlanId());
        SignalRules rules = rules(round.getPlanId());
        RoundViews.Round current = view(round, data, areas, rules, true);
        String unrated = messages.get("round.rating.none");
        List<String> ratingLabels = new ArrayList<>(Arrays.stream(Rating.values()).map(messages::label).toList());
        ratingLabels.add(unrated);
        List<String> signalLabels = Arrays.stream(Signal.values()).map(messages::label).toList();
        Function<RoundViews.Row, String> rating = r -> r.entry().getRating() == null ? unrated
                : messages.label(r.entry().getRating());
        Function<RoundViews.Row, String> signal = r -> messages.label(r.computed().status());

        List<RoundViews.Row> under = current.rows().stream()
                .filter(r -> r.entry().getRating() != null && r.entry().getRating().needsRemedy()).toList();

        CheckRound previous = rounds.findPrevious(round.getPlanId(), round.getId(), round.getReferenceDate()).orElse(null);
        RoundViews.Tally previousRating = null;
        RoundViews.Tally previousSignal = null;
        List<RoundViews.Change> changes = new ArrayList<>();
        if (previous != null) {
            RoundViews.Round before = view(previous, data, areas, rules, false);
            previousRating = tally(previous.getTitle(), before.rows(), rating);
            previousSignal = tally(previous.getTitle(), before.rows(), signal);
            Map<Long, RoundViews.Row> beforeByTask = before.rows().stream()
                    .collect(Collectors.toMap(r -> r.entry().getTaskId(), Function.identity()));
            for (RoundViews.Row row : current.rows()) {
                RoundViews.Row b = beforeByTask.get(row.entry().getTaskId());
                if (b != null && (b.entry().getRating() != row.entry().getRating()
                        || b.computed().status() != row.computed().status())) {
                    changes.add(new RoundViews.Change(row, b.entry().getRating(), b.computed().status()));
                }
            }
        }
        Function<RoundViews.Row, String> area = r -> r.area() == null ? messages.get("text.noArea") : r.area().getCode() + ". " + r.area().getName();
        List<RoundViews.Line> areaLines = new ArrayList<>();
        groups(current.rows(), area).forEach((name, rows) ->
                areaLines.add(new RoundViews.Line(name, tally(name, rows, rating), tally(name, rows, signal), null)));
        Map<Long, List<RoundViews.Row>> byDepartment = new HashMap<>();
        current.rows().forEach(r -> byDepartment.computeIfAbsent(r.entry().getDepartmentId(), k -> new ArrayList<>()).add(r));
        List<RoundViews.Line> departmentLines = current.departments().stream().map(d -> {
            List<RoundViews.Row> rows = byDepartment.get(d.departmentId());
            return new RoundViews.Line(d.name(), tally(d.name(), rows, rating), tally(d.name(), rows, signal), d);
        }).toList();
        return new RoundViews.Report(current, ratingLabels, signalLabels,
                tally(messages.get("round.report.all"), current.rows(), rating),
                tally(messages.get("round.report.all"), current.rows(), signal), areaLines, departmentLines,
                under, previous, previousRating, previousSignal, changes);
    }

    /**
     * What the round report file (.hwpx) adds to the report: the round's schedule revisions by remedy, the plan's next
     * round (or none), the default deadline days and today.
     */
    record ReportFile(RoundViews.Report report, Map<Long, List<RevisionRow>> revisionsByRemedy, CheckRound next,
                      int deadlineDays, LocalDate today) {
    }

    ReportFile reportFile(Long roundId, Long organizationId) {
        RoundViews.Report report = report(roundId, organizationId);
        CheckRound round = report.current().round();
        TaskQueries.ProgressData data = tasks.progressData(round.getPlanId());
        Map<Long, List<RevisionRow>> revisions = new HashMap<>();
        for (Remedy r : remedies.findByRoundWithRevisions(roundId)) {
            revisions.put(r.getId(), revisionRows(r, data.milestones(r.getTaskId())));
        }
        CheckRound next = rounds.findByPlan(round.getPlanId()).stream()
                .filter(r -> r.getReferenceDate().isAfter(round.getReferenceDate())).findFirst().orElse(null);
        return new ReportFile(report, revisions, next, deadlineDays(round.getPlanId()), today());
    }

    private static Map<String, List<RoundViews.Row>> groups(List<RoundViews.Row> rows, Function<RoundViews.Row, String> key) {
        Map<String, List<RoundViews.Row>> groups = new LinkedHashMap<>();
        rows.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return groups;
    }

    private static RoundViews.Tally tally(String name, List<RoundViews.Row> rows, Function<RoundViews.Row, String> label) {
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(label.apply(r), 1, Integer::sum));
        return new RoundViews.Tally(name, counts, rows.size());
    }


    /** Everything the entry page shows, in one call (the page may be the officer's form or the office's review). */
    public record EntryPage(RoundEntry entry, SignalCalculator.Result computed, List<Milestone> milestones,
                            Remedy remedy, List<Remedy> otherRemedies, boolean mayWrite, boolean mayReview,
                            List<HistoryGroup> history, QuestionViews.Thread questions) {

        public CheckRound round() {
            return entry.getRound();
        }
    }

    EntryPage entryPage(Long roundId, Long entryId, CurrentUser user) {
        return entryPage(entry(roundId, entryId, user.organizationId()), user);
    }

    EntryPage entryPage(RoundEntry entry, CurrentUser user) {
        CheckRound round = entry.getRound();
        return new EntryPage(entry, computed(entry), milestonesOf(entry.getTaskId()),
                remedyOfEntry(entry.getId()).orElse(null),
                remediesOfTask(entry.getTaskId()).stream().filter(r -> !r.getEntryId().equals(entry.getId())).toList(),
                RoundPolicy.mayWriteFor(user, entry.getDepartmentId()) && round.getState().acceptsSubmissions()
                        && entry.getSubmissionState().editable(),
                user.admin() && round.getState().acceptsReviews(),
                history.savesOfRecord(EntryCommands.ENTRY, entry.getId()),
                QuestionViews.Thread.of(entryMessages.findByEntryIdOrderById(entry.getId()), entry, user));
    }

    /** A round's 질의·답변 per entry and its 답변 대기 count, in one statement (the round's organization checked by the caller). */
    QuestionViews.Round questionsOf(Long roundId) {
        return questions(entryMessages.tallyOfRound(roundId));
    }

    /** The 질의·답변 of a department's open entries (its to-do list): none asked, no statement. */
    QuestionViews.Round questionsOf(List<RoundEntry> openEntries) {
        return openEntries.isEmpty() ? new QuestionViews.Round(Map.of())
                : questions(entryMessages.tallyOfEntries(openEntries.stream().map(RoundEntry::getId).toList()));
    }

    private static QuestionViews.Round questions(List<Object[]> rows) {
        Map<Long, QuestionViews.Tally> byEntry = new HashMap<>();
        for (Object[] row : rows) {
            byEntry.put((Long) row[0], QuestionViews.Tally.of((Long) row[1], (Long) row[2], number(row[3])));
        }
        return new QuestionViews.Round(byEntry);
    }

    /** One proposed revision as the page shows it: the milestone by its description, the months replaced and the new ones. */
    public record RevisionRow(String milestone, YearMonth oldStart, YearMonth oldEnd, YearMonth newStart,
                              YearMonth newEnd) {
    }

    /** Everything the remedy page shows, in one call. */
    public record RemedyPage(Remedy remedy, List<Milestone> milestones, boolean mayWrite, boolean mayDecide, List<RevisionRow> revisionRows,
                             boolean overdue, List<HistoryGroup> history) {

        public CheckRound round() {
            return remedy.getEntry().getRound();
        }
    }

    RemedyPage remedyPage(Long remedyId, CurrentUser user) {
        return remedyPage(remedy(remedyId, user.organizationId()), user);
    }

    RemedyPage remedyPage(Remedy remedy, CurrentUser user) {
        List<Milestone> milestones = milestonesOf(remedy.getTaskId());
        return new RemedyPage(remedy, milestones,
                RoundPolicy.mayWriteFor(user, remedy.getDepartmentId()) && remedy.getState().writable(),
                user.admin() && remedy.getState() == RemedyState.SUBMITTED,
                revisionRows(remedy, milestones),
                remedy.getState().open() && remedy.getDueDate() != null && remedy.getDueDate().isBefore(today()),
                history.savesOfRecord(RemedyCommands.REMEDY, remedy.getId()));
    }

    private List<RevisionRow> revisionRows(Remedy remedy, List<Milestone> ofTask) {
        Map<Long, Milestone> milestones = ofTask.stream()
                .collect(Collectors.toMap(Milestone::getId, m -> m));
        boolean applied = remedy.getState() == RemedyState.ACCEPTED;
        return remedy.getRevisions().stream().map(r -> {
            Milestone m = milestones.get(r.getMilestoneId());
            boolean kept = r.getOldStart() != null || r.getOldEnd() != null;
            // A revision proposed before the months it replaces were kept: until accepted, they are the plan's own.
            YearMonth oldStart = kept || applied || m == null ? r.getOldStart() : m.getPlannedStart();
            YearMonth oldEnd = kept || applied || m == null ? r.getOldEnd() : m.getPlannedEnd();
            String name = m == null ? messages.get("remedy.deletedMilestone") : m.getDescription();
            return new RevisionRow(name, oldStart, oldEnd, r.getNewStart(), r.getNewEnd());
        }).toList();
    }
}
