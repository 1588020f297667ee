package kr.innotrack.demo;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.innotrack.auditfinding.AuditFindingCommands;
import kr.innotrack.budget.BudgetCommands;
import kr.innotrack.checkround.EntryCommands;
import kr.innotrack.checkround.Rating;
import kr.innotrack.checkround.RemedyCommands;
import kr.innotrack.checkround.RoundCommands;
import kr.innotrack.checkround.RoundScope;
import kr.innotrack.checkround.RoundState;
import kr.innotrack.checkround.Signal;
import kr.innotrack.plan.MilestoneStatus;
import kr.innotrack.plan.PlanLifecycle;
import kr.innotrack.plan.TaskCommands;
import kr.innotrack.portal.PublicationCommands;
import kr.innotrack.organization.PublicOrganizations;
import kr.innotrack.proposal.ProposalCategory;
import kr.innotrack.proposal.ProposalCommands;
import kr.innotrack.scoring.AwardPlan;
import kr.innotrack.scoring.ScoringCommands;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.DemoClock;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.Role;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded default's sample progress data set (docs/seed-data.md, "The demo year"): Samcheok's 2021 up to the
 * demo date, Incheon's 2020 budget execution and finding progress, Jung-gu's 2016 year closed with its awards. Every
 * change goes through the app's own commands, as the actor {@link #ACTOR} ("예시 자료"), with the demo clock pinned
 * to each step's date, so the rules, the frozen round records, the notices and the history are what the app would
 * have made on those dates. The seeded plans are read, never changed (only their progress is).
 * <p>
 * Loaded once, in one transaction, before the web server takes requests (a lifecycle phase before it): the history
 * rows by {@link #ACTOR} are the marker, so a restart on the same H2 file loads nothing again. Runs only with
 * {@code innotrack.demo.sample-data=true} and the demo clock on.
 */
@Slf4j
@Component
@ConditionalOnProperty(name = "innotrack.demo.sample-data", havingValue = "true")
@RequiredArgsConstructor
class SampleProgress implements SmartLifecycle {

    /** The history's {@code changed_by} of every sample change (no account can have this username). */
    static final String ACTOR = "(sample)";
    static final LocalDate ANCHOR = LocalDate.of(2021, 8, 20);

    private final Clock clock;
    private final PlatformTransactionManager transactions;
    private final JdbcTemplate jdbc;
    private final Messages messages;
    private final TaskCommands taskCommands;
    private final RoundCommands roundCommands;
    private final EntryCommands entryCommands;
    private final RemedyCommands remedyCommands;
    private final BudgetCommands budgetCommands;
    private final AuditFindingCommands findingCommands;
    private final ScoringCommands scoringCommands;
    private final PlanLifecycle planLifecycle;
    private final PublicationCommands publicationCommands;
    private final ProposalCommands proposalCommands;
    private final PublicOrganizations publicOrganizations;

    @PersistenceContext
    private EntityManager em;

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
        if (!(clock instanceof DemoClock demo)) {
            log.info("Sample progress data not loaded: innotrack.demo.today is not set (the real clock runs).");
            return;
        }
        if (loaded()) {
            return;
        }
        log.info("Loading the sample progress data set once (demo date {}); this takes a little while.", demo.demoDate());
        try {
            new TransactionTemplate(transactions).executeWithoutResult(s -> {
                junggu2016(demo);
                incheon2020(demo);
                samcheok2021(demo);
            });
            log.info("Sample progress data loaded (demo date {}).", demo.demoDate());
        } finally {
            demo.unpin();
        }
    }

    boolean loaded() {
        Long n = jdbc.queryForObject("select count(*) from change_log where changed_by = ?", Long.class, ACTOR);
        return n != null && n > 0;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server starts (it starts in a later phase), after every bean and event listener is ready. */
    @Override
    public int getPhase() {
        return 0;
    }

    // ---------------------------------------------------------------- steps on their dates

    private record Step(LocalDateTime at, Runnable action) {
    }

    private final class Timeline {
        private final List<Step> steps = new ArrayList<>();

        void at(LocalDateTime at, Runnable action) {
            steps.add(new Step(at, action));
        }

        void run(DemoClock demo) {
            steps.sort(Comparator.comparing(Step::at)); // stable: steps at one moment keep their order
            for (Step s : steps) {
                em.flush();
                demo.pin(s.at());
                s.action().run();
            }
            em.flush();
        }
    }

    private static LocalDateTime at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute);
    }

    // ---------------------------------------------------------------- reads (plain SQL on the seeded rows)

    private record PlanRef(long id, long organizationId) {
    }

    private record TaskRef(long id, Long departmentId) {
    }

    private record MilestoneRow(long id, long taskId, Long departmentId, String description, String scheduleText,
                                LocalDate start, LocalDate end, String recurrence, String note, long version) {
    }

    private record KpiRow(long id, long taskId, Long departmentId, BigDecimal baseline, BigDecimal target,
                          String direction) {
    }

    private record EntryRow(long id, long taskId, Long departmentId, long version) {
    }

    /** The seeded plan of that year (the first one made: seeds come first). */
    private PlanRef plan(int year) {
        return jdbc.query("select id, organization_id from plan where plan_year = ? order by id",
                (rs, i) -> new PlanRef(rs.getLong(1), rs.getLong(2)), year).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no seeded plan of " + year));
    }

    private List<TaskRef> tasks(long planId) {
        return jdbc.query("select id, lead_department_id from task where plan_id = ? and retired_on is null order by id",
                (rs, i) -> new TaskRef(rs.getLong(1), (Long) rs.getObject(2, Long.class)), planId);
    }

    private List<MilestoneRow> milestones(long planId) {
        return jdbc.query("select m.id, m.task_id, t.lead_department_id, m.description, m.schedule_text, m.planned_start,"
                        + " m.planned_end, m.recurrence, m.note, m.version from milestone m join task t on t.id = m.task_id"
                        + " where t.plan_id = ? and t.retired_on is null and t.lead_department_id is not null"
                        + " order by t.id, m.sort_order, m.id",
                (rs, i) -> new MilestoneRow(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                        rs.getString(8), rs.getString(9), rs.getLong(10)), planId);
    }

    private MilestoneRow milestone(long id) {
        return jdbc.queryForObject("select m.id, m.task_id, t.lead_department_id, m.description, m.schedule_text,"
                        + " m.planned_start, m.planned_end, m.recurrence, m.note, m.version from milestone m"
                        + " join task t on t.id = m.task_id where m.id = ?",
                (rs, i) -> new MilestoneRow(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                        rs.getString(8), rs.getString(9), rs.getLong(10)), id);
    }

    private List<KpiRow> kpis(long planId) {
        return jdbc.query("select k.id, k.task_id, t.lead_department_id, k.baseline, k.target, k.direction from kpi k"
                        + " join task t on t.id = k.task_id where t.plan_id = ? and t.retired_on is null"
                        + " and t.lead_department_id is not null and k.frequency = 'QUARTERLY' order by t.id, k.sort_order, k.id",
                (rs, i) -> new KpiRow(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getString(6)), planId);
    }

    private List<EntryRow> entries(long roundId) {
        return jdbc.query("select id, task_id, department_id, version from round_entry where round_id = ?"
                        + " order by sort_order, id",
                (rs, i) -> new EntryRow(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getLong(4)),
                roundId);
    }

    private long version(String table, long id) {
        if (!Set.of("check_round", "round_entry", "remedy", "plan", "proposal").contains(table)) {
            throw new IllegalArgumentException(table);
        }
        Long v = jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
        return v == null ? 0 : v;
    }

    // ---------------------------------------------------------------- actors

    private CurrentUser office(PlanRef plan) {
        return new CurrentUser(null, ACTOR, messages.get("demo.actor"), plan.organizationId(), null, Role.PLANNING_ADMIN);
    }

    private CurrentUser officer(PlanRef plan, Long departmentId) {
        return departmentId == null ? office(plan)
                : new CurrentUser(null, ACTOR, messages.get("demo.actor"), plan.organizationId(), departmentId,
                        Role.DEPARTMENT_OFFICER);
    }

    // ---------------------------------------------------------------- milestones and KPI values

    private static YearMonth month(LocalDate d) {
        return d == null ? null : YearMonth.from(d);
    }

    private void report(PlanRef plan, MilestoneRow m, MilestoneStatus status, LocalDate done, String note) {
        taskCommands.updateMilestone(plan.id(), m.taskId(), m.id(), new TaskCommands.MilestoneDraft(m.description(),
                m.scheduleText(), month(m.start()), month(m.end()), status, done, note), m.version(),
                officer(plan, m.departmentId()));
    }

    /**
     * Milestones due by the end of {@code doneThrough}: done in their last month (every sixth a month late, never
     * after {@code today}), every thirteenth 지연 instead; those running in {@code today}'s month 진행 중. Recurring
     * and undated milestones are left as they are. Returns the delayed ones.
     */
    private List<MilestoneRow> progress(Timeline t, PlanRef plan, YearMonth doneThrough, LocalDate today) {
        List<MilestoneRow> delayed = new ArrayList<>();
        int i = 0;
        for (MilestoneRow m : milestones(plan.id())) {
            i++;
            LocalDate end = m.end() != null ? m.end() : m.start();
            if (m.recurrence() != null || end == null) {
                continue;
            }
            YearMonth last = YearMonth.from(end);
            if (!last.isAfter(doneThrough)) {
                if (i % 13 == 5) {
                    delayed.add(m);
                    LocalDate on = last.atEndOfMonth();
                    t.at(on.atTime(17, 40), () -> report(plan, m, MilestoneStatus.DELAYED, null,
                            messages.get("demo.milestone.delayed")));
                    continue;
                }
                LocalDate done = i % 6 == 1 ? last.plusMonths(1).atDay(8 + i % 10)
                        : last.atDay(Math.min(last.lengthOfMonth(), 10 + (i * 7) % 18));
                if (done.isAfter(today.minusDays(1))) {
                    done = today.minusDays(1);
                }
                LocalDate on = done;
                t.at(on.atTime(16, 30), () -> report(plan, m, MilestoneStatus.DONE, on, m.note()));
            } else if (m.start() != null && !YearMonth.from(m.start()).isAfter(YearMonth.from(today))) {
                LocalDate on = m.start().plusDays(3 + i % 5);
                LocalDate started = on.isAfter(today.minusDays(1)) ? today.minusDays(1) : on;
                t.at(started.atTime(11, 0), () -> report(plan, m, MilestoneStatus.IN_PROGRESS, null, m.note()));
            }
        }
        return delayed;
    }

    /** A value {@code share} of the way from the baseline (or zero) to the target; a decrease without one above it. */
    private static BigDecimal kpiValue(KpiRow k, double share) {
        BigDecimal target = k.target();
        BigDecimal value;
        if (k.baseline() != null) {
            value = k.baseline().add(target.subtract(k.baseline()).multiply(BigDecimal.valueOf(share)));
        } else if ("DECREASE".equals(k.direction())) {
            value = target.multiply(BigDecimal.valueOf(2 - share));
        } else {
            value = target.multiply(BigDecimal.valueOf(share));
        }
        boolean whole = target.stripTrailingZeros().scale() <= 0
                && (k.baseline() == null || k.baseline().stripTrailingZeros().scale() <= 0);
        return value.setScale(whole ? 0 : 1, RoundingMode.HALF_UP);
    }

    private void kpiValues(Timeline t, PlanRef plan, int year, int quarter, LocalDate from, double baseShare,
                           int skipEvery) {
        int i = 0;
        for (KpiRow k : kpis(plan.id())) {
            i++;
            if (skipEvery > 0 && i % skipEvery == 3) {
                continue;
            }
            double share = Math.min(1.1, baseShare + (i % 4) * 0.05);
            BigDecimal value = kpiValue(k, share);
            t.at(from.plusDays(i % 5).atTime(10, 15), () -> taskCommands.saveKpiValue(plan.id(), k.taskId(), k.id(),
                    new TaskCommands.KpiValue(year, quarter, value, messages.get("demo.note"), null),
                    officer(plan, k.departmentId())));
        }
    }

    // ---------------------------------------------------------------- Samcheok 2021

    private void samcheok2021(DemoClock demo) {
        PlanRef plan = plan(2021);
        CurrentUser office = office(plan);
        Timeline t = new Timeline();
        List<MilestoneRow> delayed = progress(t, plan, YearMonth.of(2021, 7), ANCHOR);
        kpiValues(t, plan, 2021, 1, LocalDate.of(2021, 4, 5), 0.2, 0);
        kpiValues(t, plan, 2021, 2, LocalDate.of(2021, 7, 5), 0.45, 7);
        // the remedies: a task with a milestone delayed in the first quarter, another with one delayed in the second
        MilestoneRow first = delayed.stream().filter(m -> m.end() != null && m.end().getMonthValue() <= 3).findFirst()
                .orElse(delayed.isEmpty() ? null : delayed.get(0));
        MilestoneRow second = delayed.stream().filter(m -> first == null || m.taskId() != first.taskId())
                .filter(m -> m.end() != null && m.end().getMonthValue() >= 4 && m.end().getMonthValue() <= 6)
                .findFirst().orElse(null);
        Set<Long> lagging = new java.util.HashSet<>();
        delayed.forEach(m -> lagging.add(m.taskId()));

        Map<String, Long> rounds = new HashMap<>();
        // Q1: opened 4/1, deadline 4/12; one late (4/14), one missing; one 미흡 with a remedy, accepted; closed 4/30
        round(t, plan, office, rounds, "q1", 1, LocalDate.of(2021, 3, 24), LocalDate.of(2021, 4, 12), lagging,
                first, true, 25);
        // Q2: opened 7/1, deadline 7/12; one late, one missing; one 부진 with a remedy submitted, not yet decided
        round(t, plan, office, rounds, "q2", 2, LocalDate.of(2021, 6, 24), LocalDate.of(2021, 7, 12), lagging,
                second, false, 50);
        // the accepted remedy's milestone, done on its new dates
        if (first != null) {
            t.at(at(2021, 7, 20, 15, 0), () -> {
                MilestoneRow now = milestone(first.id());
                report(plan, now, MilestoneStatus.DONE, LocalDate.of(2021, 7, 20), messages.get("demo.milestone.caughtUp"));
            });
        }
        // the public portal: the plan and the Q2 result published after the round closed (docs/public-portal.md)
        t.at(at(2021, 8, 2, 10, 0), () -> {
            publicationCommands.publishPlan(plan.id(), office);
            publicationCommands.publishRound(rounds.get("q2"), office);
        });
        // Q3: set up 8/13, open since 8/16 (deadline 10/8), some departments have drafts
        t.at(at(2021, 8, 13, 10, 0), () -> rounds.put("q3", roundCommands.create(plan.id(), setup(3,
                LocalDate.of(2021, 9, 30), LocalDate.of(2021, 10, 8)), office).getId()));
        t.at(at(2021, 8, 16, 9, 0), () -> roundCommands.moveTo(rounds.get("q3"), RoundState.SUBMISSION,
                version("check_round", rounds.get("q3")), false, office));
        t.at(at(2021, 8, 18, 14, 0), () -> {
            List<EntryRow> list = entries(rounds.get("q3"));
            int k = 0;
            for (EntryRow e : list) {
                if (k++ % 5 != 0 || e.departmentId() == null) {
                    continue;
                }
                entryCommands.save(rounds.get("q3"), e.id(), new EntryCommands.Report(60,
                        lagging.contains(e.taskId()) ? Signal.AMBER : Signal.GREEN,
                        messages.get("demo.entry.achievements.q3"), messages.get("demo.entry.problems.none"),
                        messages.get("demo.entry.nextPlan"), e.version()), false, officer(plan, e.departmentId()));
            }
        });
        citizenProposals(t, plan, office);
        t.run(demo);
    }

    /**
     * Two 예시 citizen proposals to Samcheok (made up for the demo, not from the sources: docs/seed-data.md): one
     * submitted in July, published, reviewed and adopted into the plan's first task; one submitted in August, published, 접수.
     */
    private void citizenProposals(Timeline t, PlanRef plan, CurrentUser office) {
        var samcheok = publicOrganizations.bySlug("samcheok").orElse(null);
        if (samcheok == null) {
            return;
        }
        // the plan's first task (가-1-1)
        Long task = jdbc.queryForObject("select id from task where plan_id = ? order by sort_order, id"
                + " fetch first 1 rows only", Long.class, plan.id());
        Map<String, Long> ids = new HashMap<>();
        t.at(at(2021, 7, 5, 20, 30), () -> ids.put("p1", proposalCommands.submit(samcheok, new ProposalCommands.Submission(
                messages.get("demo.proposal.1.title"), messages.get("demo.proposal.1.body"),
                ProposalCategory.ADMINISTRATION, null, null))));
        t.at(at(2021, 7, 6, 10, 0), () -> proposalCommands.publish(ids.get("p1"), version("proposal", ids.get("p1")), office));
        t.at(at(2021, 7, 12, 14, 0), () -> proposalCommands.startReview(ids.get("p1"), version("proposal", ids.get("p1")), office));
        t.at(at(2021, 7, 26, 11, 0), () -> proposalCommands.adopt(ids.get("p1"), version("proposal", ids.get("p1")), task, office));
        t.at(at(2021, 8, 10, 21, 0), () -> ids.put("p2", proposalCommands.submit(samcheok, new ProposalCommands.Submission(
                messages.get("demo.proposal.2.title"), messages.get("demo.proposal.2.body"),
                ProposalCategory.WELFARE, null, null))));
        t.at(at(2021, 8, 11, 9, 30), () -> proposalCommands.publish(ids.get("p2"), version("proposal", ids.get("p2")), office));
    }

    private RoundCommands.Setup setup(int quarter, LocalDate reference, LocalDate deadline) {
        String title = messages.get("round.defaultTitle.quarter", 2021, messages.get("round.period.quarter", quarter));
        return new RoundCommands.Setup(2021, quarter, false, title, reference, deadline, RoundScope.ALL, Set.of(), null);
    }

    /**
     * A closed quarterly round: set up on {@code created}, opened a week later, every department but one submits
     * (one of them two days after the deadline), the office rates, one task gets a remedy (accepted when
     * {@code accept}, else left submitted), closed at the end of the month after the quarter.
     */
    private void round(Timeline t, PlanRef plan, CurrentUser office, Map<String, Long> rounds, String key, int quarter,
                       LocalDate created, LocalDate deadline, Set<Long> lagging, MilestoneRow remedyMilestone,
                       boolean accept, int progressBase) {
        LocalDate reference = YearMonth.of(2021, quarter * 3).atEndOfMonth();
        LocalDate opened = reference.plusDays(1);
        t.at(created.atTime(10, 0), () -> rounds.put(key, roundCommands.create(plan.id(), setup(quarter, reference,
                deadline), office).getId()));
        t.at(opened.atTime(9, 0), () -> roundCommands.moveTo(rounds.get(key), RoundState.SUBMISSION,
                version("check_round", rounds.get(key)), false, office));
        Map<String, Long> remedy = new LinkedHashMap<>();
        Map<Long, Integer> submittedOn = new HashMap<>();
        // submissions: day by day up to the deadline; the entry at `late` two days after it; the one at `missing` never
        t.at(opened.plusDays(4).atTime(9, 30), () -> {
            List<EntryRow> list = entries(rounds.get(key)).stream().filter(e -> e.departmentId() != null).toList();
            Long remedyTask = remedyMilestone == null ? null : remedyMilestone.taskId();
            // the late and the missing one: never the task that gets the remedy, nor one department twice
            List<EntryRow> others = list.stream().filter(e -> !Long.valueOf(e.taskId()).equals(remedyTask)).toList();
            EntryRow late = others.get(quarter == 1 ? 1 : 3);
            EntryRow missing = others.stream().filter(e -> !e.departmentId().equals(late.departmentId()))
                    .reduce((a, b) -> quarter == 1 ? b : a).orElseThrow();
            for (int k = 0; k < list.size(); k++) {
                EntryRow e = list.get(k);
                if (e.id() == missing.id()) {
                    continue;
                }
                submittedOn.put(e.id(), e.id() == late.id() ? 13 : 4 + k % 8);
            }
        });
        for (int day = 4; day <= 13; day++) {
            int d = day;
            t.at(opened.plusDays(d).atTime(15, 0), () -> {
                for (EntryRow e : entries(rounds.get(key))) {
                    if (submittedOn.getOrDefault(e.id(), -1) != d) {
                        continue;
                    }
                    boolean behind = lagging.contains(e.taskId());
                    entryCommands.save(rounds.get(key), e.id(), new EntryCommands.Report(
                            progressBase + (int) (e.taskId() % 10) - (behind ? 10 : 0),
                            behind ? Signal.AMBER : Signal.GREEN,
                            messages.get(quarter == 1 ? "demo.entry.achievements.q1" : "demo.entry.achievements.q2"),
                            messages.get(behind ? "demo.entry.problems.delay" : "demo.entry.problems.none"),
                            messages.get("demo.entry.nextPlan"), e.version()), true, officer(plan, e.departmentId()));
                }
            });
        }
        LocalDate review = opened.plusDays(15);
        t.at(review.atTime(9, 0), () -> roundCommands.moveTo(rounds.get(key), RoundState.REVIEW,
                version("check_round", rounds.get(key)), false, office));
        t.at(review.atTime(14, 0), () -> {
            int k = 0;
            for (EntryRow e : entries(rounds.get(key))) {
                if (!submittedOn.containsKey(e.id())) {
                    continue;
                }
                boolean remedyTask = remedyMilestone != null && e.taskId() == remedyMilestone.taskId();
                Rating rating = remedyTask ? (quarter == 1 ? Rating.INSUFFICIENT : Rating.POOR)
                        : k++ % 9 == 0 ? Rating.EXCELLENT : Rating.NORMAL;
                String comment = messages.get(remedyTask ? "demo.review.remedy"
                        : rating == Rating.EXCELLENT ? "demo.review.excellent" : "demo.review.normal");
                entryCommands.review(rounds.get(key), e.id(), new EntryCommands.Review(rating, comment, e.version()),
                        office);
            }
            if (remedyMilestone != null) {
                em.flush();
                jdbc.query("select r.id from remedy r join round_entry e on e.id = r.entry_id where e.round_id = ?"
                        + " and e.task_id = ?", rs -> {
                            remedy.put("id", rs.getLong(1));
                        }, rounds.get(key), remedyMilestone.taskId());
            }
        });
        t.at(review.plusDays(3).atTime(9, 0), () -> roundCommands.moveTo(rounds.get(key), RoundState.FEEDBACK,
                version("check_round", rounds.get(key)), false, office));
        if (remedyMilestone != null) {
            t.at(review.plusDays(6).atTime(16, 0), () -> {
                MilestoneRow m = milestone(remedyMilestone.id());
                YearMonth to = YearMonth.of(2021, quarter == 1 ? 7 : 9);
                remedyCommands.save(remedy.get("id"), new RemedyCommands.Proposal(messages.get("demo.remedy.cause"),
                        messages.get("demo.remedy.measures"), to.atEndOfMonth(),
                        List.of(new RemedyCommands.Revision(m.id(), to.minusMonths(1), to)),
                        version("remedy", remedy.get("id"))), true, officer(plan, m.departmentId()));
            });
            if (accept) {
                t.at(review.plusDays(9).atTime(10, 0), () -> remedyCommands.decide(remedy.get("id"),
                        new RemedyCommands.Decision(true, messages.get("demo.remedy.accepted"),
                                version("remedy", remedy.get("id"))), office));
            }
        }
        t.at(YearMonth.from(opened).atEndOfMonth().atTime(17, 0), () -> roundCommands.moveTo(rounds.get(key),
                RoundState.CLOSED, version("check_round", rounds.get(key)), true, office));
    }

    // ---------------------------------------------------------------- Incheon 2020

    private void incheon2020(DemoClock demo) {
        PlanRef plan = plan(2020);
        Timeline t = new Timeline();
        List<Object[]> lines = jdbc.query("select b.id, b.q1_million, b.q2_million, t.lead_department_id from budget_line b"
                        + " join task t on t.id = b.task_id where t.plan_id = ? and t.retired_on is null order by b.id",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getObject(4, Long.class)}, plan.id());
        int i = 0;
        for (Object[] line : lines) {
            i++;
            for (int q = 1; q <= 2; q++) {
                BigDecimal planned = (BigDecimal) line[q];
                if (planned == null || planned.signum() <= 0) {
                    continue;
                }
                double rate = i % 17 == 3 ? 1.12 : 0.62 + (i * 7 % 40) / 100.0;
                BigDecimal executed = planned.multiply(BigDecimal.valueOf(rate)).setScale(1, RoundingMode.HALF_UP);
                int quarter = q;
                t.at(LocalDate.of(2020, q * 3 + 1, 6 + i % 10).atTime(14, 0), () -> budgetCommands.record(plan.id(),
                        (Long) line[0], quarter, new BudgetCommands.Execution(executed, messages.get("demo.note"), null),
                        officer(plan, (Long) line[3])));
            }
        }
        List<Object[]> findings = jdbc.query("select id, department_id from audit_finding where organization_id = ?"
                + " order by id", (rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2, Long.class)}, plan.organizationId());
        for (int k = 0; k < Math.min(4, findings.size()); k++) {
            Object[] f = findings.get(k);
            CurrentUser by = officer(plan, (Long) f[1]);
            LocalDate first = LocalDate.of(2020, 5, 12 + k);
            LocalDate second = LocalDate.of(2020, 7, 14 + k);
            t.at(first.atTime(15, 0), () -> findingCommands.addProgress((Long) f[0],
                    new AuditFindingCommands.Progress(first, messages.get("demo.finding.progress.first")), by));
            if (k % 2 == 0) {
                t.at(second.atTime(15, 0), () -> findingCommands.addProgress((Long) f[0],
                        new AuditFindingCommands.Progress(second, messages.get("demo.finding.progress.second")), by));
            }
        }
        t.run(demo);
    }

    // ---------------------------------------------------------------- Jung-gu 2016

    private void junggu2016(DemoClock demo) {
        PlanRef plan = plan(2016);
        CurrentUser office = office(plan);
        Timeline t = new Timeline();
        progress(t, plan, YearMonth.of(2016, 12), LocalDate.of(2016, 12, 31));
        kpiValues(t, plan, 2016, 4, LocalDate.of(2016, 12, 12), 0.9, 0);
        t.at(at(2016, 12, 20, 10, 0), () -> {
            Map<Long, Map<Long, ScoringCommands.Score>> scores = new LinkedHashMap<>();
            jdbc.query("select c.task_id, c.department_id from task_collaborating_department c join task t"
                    + " on t.id = c.task_id where t.plan_id = ? and t.retired_on is null order by c.task_id, c.department_id",
                    rs -> {
                        long task = rs.getLong(1);
                        long department = rs.getLong(2);
                        BigDecimal score = BigDecimal.valueOf(70 + (task * 7 + department * 3) % 26);
                        scores.computeIfAbsent(task, x -> new LinkedHashMap<>())
                                .put(department, new ScoringCommands.Score(score, null));
                    }, plan.id());
            scoringCommands.saveCollaborationScores(plan.id(), scores, office);
        });
        t.at(at(2017, 1, 9, 10, 0), () -> scoringCommands.publish(plan.id(), LocalDate.of(2017, 1, 16), -1L, office));
        t.at(at(2017, 1, 20, 10, 0), () -> {
            Map<Long, Integer> order = new HashMap<>();
            jdbc.query("select id from department where organization_id = ? order by sort_order, id",
                    rs -> {
                        order.put(rs.getLong(1), order.size() + 1);
                    }, plan.organizationId());
            scoringCommands.confirmAwards(plan.id(), new AwardPlan.Request(List.of(
                    new AwardPlan.Grade(messages.get("demo.award.first"), 1, 1_000L),
                    new AwardPlan.Grade(messages.get("demo.award.second"), 2, 700L),
                    new AwardPlan.Grade(messages.get("demo.award.third"), 3, 500L)), order,
                    messages.get("demo.award.tieReason")), true, office);
        });
        t.at(at(2017, 1, 31, 17, 0), () -> planLifecycle.close(plan.id(), version("plan", plan.id()), office));
        t.run(demo);
    }
}
