package kr.innotrack.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kr.innotrack.checkround.CheckRoundService;
import kr.innotrack.checkround.Remedy;
import kr.innotrack.checkround.RemedyState;
import kr.innotrack.checkround.RoundEntry;
import kr.innotrack.checkround.SignalCalculator;
import kr.innotrack.plan.Kpi;
import kr.innotrack.plan.KpiActual;
import kr.innotrack.plan.Plan;
import kr.innotrack.plan.PlanQueries;
import kr.innotrack.plan.Task;
import kr.innotrack.plan.TaskQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of scoring: the model in force, the facts per task, the ranking, the contest state. Tenant-confined. */
@Service
@Transactional(readOnly = true)
public class ScoringService {

    private final PlanQueries plans;
    private final TaskQueries tasks;
    private final CheckRoundService rounds;
    private final ScoringModelRepository models;
    private final ContestRepository contests;
    private final PanelScoreRepository panelScores;
    private final ContestVoteRepository votes;
    private final CollaborationScoreRepository collaborationScores;
    private final AwardResultRepository awards;
    private final ContestCandidateRepository candidates;
    private final RankingPublicationRepository publications;
    private final ScoreObjectionRepository objections;
    private final Clock clock;

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager em;

    ScoringService(PlanQueries plans, TaskQueries tasks, CheckRoundService rounds, ScoringModelRepository models,
                   ContestRepository contests, PanelScoreRepository panelScores, ContestVoteRepository votes,
                   CollaborationScoreRepository collaborationScores, AwardResultRepository awards,
                   ContestCandidateRepository candidates, RankingPublicationRepository publications,
                   ScoreObjectionRepository objections, Clock clock) {
        this.plans = plans;
        this.tasks = tasks;
        this.rounds = rounds;
        this.models = models;
        this.contests = contests;
        this.panelScores = panelScores;
        this.votes = votes;
        this.collaborationScores = collaborationScores;
        this.awards = awards;
        this.candidates = candidates;
        this.publications = publications;
        this.objections = objections;
        this.clock = clock;
    }

    Plan plan(Long planId, Long organizationId) {
        return plans.plan(planId, organizationId);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The model in force; a plan that never saved one uses the defaults (version 0). */
    ModelView model(Long planId) {
        Optional<ScoringModel> saved = models.findFirstByPlanIdOrderByVersionNoDesc(planId);
        if (saved.isPresent()) {
            return new ModelView(saved.get().getVersionNo(), ModelForm.of(saved.get()), saved.get().weights());
        }
        ModelForm defaults = ModelForm.defaults();
        return new ModelView(0, defaults, weightsOf(defaults));
    }

    List<ScoringModel> modelHistory(Long planId) {
        return models.findByPlanIdOrderByVersionNoDesc(planId);
    }

    static ScoreCalculator.Weights weightsOf(ModelForm f) {
        Map<Component, Integer> w = new LinkedHashMap<>();
        w.put(Component.MILESTONE, f.getMilestone());
        w.put(Component.KPI, f.getKpi());
        w.put(Component.RATING, f.getRating());
        w.put(Component.TIMELINESS, f.getTimeliness());
        w.put(Component.REMEDY, f.getRemedy());
        w.put(Component.CONTEST, f.getContest());
        w.put(Component.COLLABORATION, f.getCollaboration());
        return new ScoreCalculator.Weights(w, f.getCollaboratorShare(), f.getKpiCap(), f.getPanelWeight(), f.getVoteWeight(),
                f.getMinCoverage(), f.isRequireLeadTask());
    }

    public record ModelView(int versionNo, ModelForm form, ScoreCalculator.Weights weights) {
    }

    boolean voteClosed(Long planId) {
        return contests.findByPlanId(planId).map(ContestState::isVoteClosed).orElse(false);
    }

    Optional<ContestState> contest(Long planId) {
        return contests.findByPlanId(planId);
    }

    Optional<AwardResult> award(Long planId) {
        return awards.findByPlan(planId);
    }

    ContestState.Phase phase(Long planId) {
        return contests.findByPlanId(planId).map(ContestState::phase).orElse(ContestState.Phase.PREPARING);
    }

    /** The contest's shortlist (본선 과제) in the order chosen, with the departments' summaries. */
    List<ContestCandidate> candidates(Long planId) {
        return candidates.findByPlanIdOrderByIdAsc(planId);
    }

    /** A shortlisted task of the organization's plan (404 otherwise). */
    ContestCandidate candidate(Long planId, Long taskId, Long organizationId) {
        task(planId, taskId, organizationId);
        return candidates.findByPlanIdAndTaskId(planId, taskId)
                .orElseThrow(() -> new kr.innotrack.shared.NotFoundException("본선 과제", taskId));
    }

    long voterCount(Long planId) {
        return votes.voters(planId);
    }

    /**
     * A shortlisted task as voters see it: the department's summary, and the numbers from the data (milestones done of
     * those due by today, each KPI's latest value against its target). {@code own}: the viewer's department leads or
     * collaborates on it.
     */
    public record CandidateView(Task task, ContestCandidate candidate, int due, int done, List<String> kpis, boolean own) {
    }

    List<CandidateView> candidateViews(Plan plan, kr.innotrack.shared.CurrentUser user) {
        Long planId = plan.getId();
        List<ContestCandidate> list = candidates(planId);
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Task> byId = tasks.tasksOf(planId).stream().collect(Collectors.toMap(Task::getId, t -> t));
        TaskQueries.ProgressData data = tasks.progressData(planId);
        java.util.Set<Long> collaborating = new java.util.HashSet<>();
        if (user.departmentId() != null) {
            tasks.collaborations(planId).stream().filter(c -> c.departmentId().equals(user.departmentId()))
                    .forEach(c -> collaborating.add(c.taskId()));
        }
        LocalDate yearEnd = LocalDate.of(plan.getPlanYear(), 12, 31);
        LocalDate asOf = today().isAfter(yearEnd) ? yearEnd : today();
        List<CandidateView> views = new ArrayList<>();
        for (ContestCandidate c : list) {
            Task t = byId.get(c.getTaskId());
            int due = 0;
            int done = 0;
            for (kr.innotrack.plan.Milestone m : data.milestones(t.getId())) {
                int[] dd = SignalCalculator.dueAndDone(SignalCalculator.MilestoneFact.of(m), asOf, plan.getPlanYear());
                due += dd[0];
                done += dd[1];
            }
            List<String> kpis = new ArrayList<>();
            for (Kpi k : data.kpis(t.getId())) {
                KpiActual latest = data.actuals(k.getId()).stream().filter(a -> a.getActualYear() == plan.getPlanYear())
                        .reduce((a, b) -> b).orElse(null);
                BigDecimal rate = latest == null ? null : kr.innotrack.plan.KpiAchievement.rate(k.getBaseline(), k.getTarget(),
                        latest.getActualValue(), k.getDirection());
                kpis.add(k.getName() + ": " + (latest == null ? "실적 미입력" : plain(latest.getActualValue()) + k.getUnit()
                        + " (" + latest.getQuarter() + "분기) / 목표 " + plain(k.getTarget()) + k.getUnit()
                        + (rate == null ? "" : ", 달성률 " + rate.stripTrailingZeros().toPlainString() + "%")));
            }
            boolean own = user.departmentId() != null && ((t.getLeadDepartment() != null
                    && t.getLeadDepartment().getId().equals(user.departmentId())) || collaborating.contains(t.getId()));
            views.add(new CandidateView(t, c, due, done, kpis, own));
        }
        return views;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    Optional<RankingPublication> publication(Long planId) {
        return publications.findByPlanId(planId);
    }

    List<ScoreObjection> objections(Long planId) {
        return objections.findByPlanIdOrderByFiledAtAscIdAsc(planId);
    }

    List<ScoreObjection> objectionsOf(Long planId, Long departmentId) {
        return objections.findByPlanIdAndDepartmentIdOrderByFiledAtAscIdAsc(planId, departmentId);
    }

    long openObjections(Long planId) {
        return objections.countByPlanIdAndState(planId, ScoreObjection.State.OPEN);
    }

    List<PanelScore> panelScores(Long planId) {
        return panelScores.findByPlanIdOrderByPanelMemberAscTaskIdAsc(planId);
    }

    List<Long> myVotes(Long planId, Long accountId) {
        return votes.votedTasks(planId, accountId);
    }

    Map<Long, Long> voteCounts(Long planId) {
        return votes.counts(planId).stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** A task of the organization's plan (404 otherwise). */
    Task task(Long planId, Long taskId, Long organizationId) {
        return tasks.task(planId, taskId, organizationId);
    }

    List<Task> tasksOf(Long planId) {
        return tasks.tasksOf(planId);
    }

    List<TaskQueries.Collaboration> collaborations(Long planId) {
        return tasks.collaborations(planId);
    }

    List<CollaborationScore> collaborationScores(Long planId) {
        return collaborationScores.findOfPlan(planId);
    }

    /** The evaluation date: the model's, or the end of the plan year. */
    static LocalDate evaluationDate(Plan plan, ModelForm form) {
        return form.getReferenceDate() != null ? form.getReferenceDate() : LocalDate.of(plan.getPlanYear(), 12, 31);
    }

    /**
     * A plan's ranking. {@code departments}: the ranked ones in rank order; {@code insufficient}: those listed apart as
     * 「평가 자료 부족」; {@code evaluable}: the components some task of the plan has data for; {@code interim}: ranked at
     * a date before the model's evaluation date (a round's or today's), shown as 「중간 순위」.
     */
    public record Ranking(Plan plan, ModelView model, LocalDate evaluationDate, boolean voteClosed,
                          List<ScoreCalculator.DepartmentScore> departments,
                          List<ScoreCalculator.DepartmentScore> insufficient, java.util.Set<Component> evaluable,
                          boolean interim) {

        /** A department of the plan, ranked or not. */
        public Optional<ScoreCalculator.DepartmentScore> department(Long departmentId) {
            return java.util.stream.Stream.concat(departments.stream(), insufficient.stream())
                    .filter(d -> d.departmentId().equals(departmentId)).findFirst();
        }
    }

    Ranking ranking(Long planId, Long organizationId) {
        Plan plan = plan(planId, organizationId);
        return ranking(plan, model(planId));
    }

    Ranking ranking(Plan plan, ModelView model) {
        return ranking(plan, model, tasks.progressData(plan.getId()), tasks.tasksOf(plan.getId()), null);
    }

    /** The ranking from plan data the caller has already loaded (the projector deck). */
    public Ranking rankingFor(Plan plan, TaskQueries.ProgressData data, List<Task> planTasks) {
        return ranking(plan, model(plan.getId()), data, planTasks, null);
    }

    /**
     * The ranking as at a date (a round's reference date, today): at that date when it comes before the model's
     * evaluation date (an interim ranking), at the evaluation date otherwise.
     */
    public Ranking rankingAt(Plan plan, TaskQueries.ProgressData data, List<Task> planTasks, LocalDate asOf) {
        return ranking(plan, model(plan.getId()), data, planTasks, asOf);
    }

    Ranking ranking(Plan plan, ModelView model, TaskQueries.ProgressData data, List<Task> planTasks, LocalDate asOf) {
        Long planId = plan.getId();
        LocalDate modelDate = evaluationDate(plan, model.form());
        boolean interim = asOf != null && asOf.isBefore(modelDate);
        LocalDate evaluation = interim ? asOf : modelDate;
        List<TaskQueries.Collaboration> collaborations = tasks.collaborations(planId);
        boolean[] closedHolder = new boolean[1];
        List<ScoreCalculator.TaskFacts> facts = facts(plan, evaluation, data, planTasks, collaborations, closedHolder);
        boolean closed = closedHolder[0];
        Map<Long, String> names = new HashMap<>();
        for (Task t : planTasks) {
            if (t.getLeadDepartment() != null) {
                names.put(t.getLeadDepartment().getId(), t.getLeadDepartment().getName());
            }
        }
        collaborations.forEach(c -> names.put(c.departmentId(), c.departmentName()));
        ScoreCalculator.Result result = ScoreCalculator.rank(facts, names, model.weights(), evaluation,
                plan.getPlanYear(), closed);
        return new Ranking(plan, model, evaluation, closed, result.ranked(), result.insufficient(), result.evaluable(),
                interim);
    }

    /**
     * Panel scores, vote counts, collaboration scores, the contest's shortlist and whether its vote is closed, of a plan
     * in one statement: rows of (kind P/V/C/S/K, task id, department id, value).
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> contestScores(Long planId) {
        return em.createNativeQuery("""
                select 'P', p.task_id, cast(null as bigint), cast(p.score as numeric(9, 1)) from panel_score p where p.plan_id = :plan
                union all
                select 'V', v.task_id, cast(null as bigint), cast(count(*) as numeric(9, 1)) from contest_vote v
                 where v.plan_id = :plan group by v.task_id
                union all
                select 'C', c.task_id, c.department_id, cast(c.score as numeric(9, 1)) from collaboration_score c
                  join task t on t.id = c.task_id where t.plan_id = :plan
                union all
                select 'S', s.task_id, cast(null as bigint), cast(0 as numeric(9, 1)) from contest_candidate s
                 where s.plan_id = :plan
                union all
                select 'K', cast(0 as bigint), cast(null as bigint), cast(case when k.vote_closed then 1 else 0 end as numeric(9, 1))
                  from contest k where k.plan_id = :plan""").setParameter("plan", planId).getResultList();
    }

    /** Every task's facts, from a fixed number of queries whatever the plan's size. */
    List<ScoreCalculator.TaskFacts> facts(Plan plan, LocalDate evaluation, TaskQueries.ProgressData data,
                                          List<Task> planTasks, List<TaskQueries.Collaboration> collaborations,
                                          boolean[] voteClosed) {
        Long planId = plan.getId();
        int year = plan.getPlanYear();
        Map<Long, List<Long>> collaborators = new HashMap<>();
        collaborations.forEach(c ->
                collaborators.computeIfAbsent(c.taskId(), k -> new ArrayList<>()).add(c.departmentId()));
        Map<Long, List<ScoreCalculator.RoundFact>> roundFacts = new HashMap<>();
        for (RoundEntry e : rounds.closedEntriesOfPlan(planId)) {
            if (!e.getRound().getReferenceDate().isAfter(evaluation)) {
                roundFacts.computeIfAbsent(e.getTaskId(), k -> new ArrayList<>()).add(new ScoreCalculator.RoundFact(
                        e.getRound().getTitle(), e.getRating(), e.submitted(), e.isLate()));
            }
        }
        Map<Long, List<RemedyState>> remedyStates = new HashMap<>();
        for (Remedy r : rounds.remediesOfPlan(planId)) {
            if (!r.getEntry().getRound().getReferenceDate().isAfter(evaluation)) {
                remedyStates.computeIfAbsent(r.getTaskId(), k -> new ArrayList<>()).add(r.getState());
            }
        }
        Map<Long, List<BigDecimal>> panel = new HashMap<>();
        Map<Long, Long> voteCounts = new HashMap<>();
        Map<Long, Map<Long, BigDecimal>> collab = new HashMap<>();
        java.util.Set<Long> shortlist = new java.util.HashSet<>();
        for (Object[] row : contestScores(planId)) {
            String kind = String.valueOf(row[0]).trim();
            Long taskId = ((Number) row[1]).longValue();
            BigDecimal value = new BigDecimal(row[3].toString());
            switch (kind) {
                case "P" -> panel.computeIfAbsent(taskId, k -> new ArrayList<>()).add(value);
                case "V" -> voteCounts.put(taskId, value.longValue());
                case "S" -> shortlist.add(taskId);
                case "K" -> voteClosed[0] = value.signum() > 0;
                default -> collab.computeIfAbsent(taskId, k -> new HashMap<>()).put(((Number) row[2]).longValue(), value);
            }
        }

        List<ScoreCalculator.TaskFacts> facts = new ArrayList<>();
        for (Task t : planTasks) {
            List<ScoreCalculator.MilestoneFact> milestones = data.milestones(t.getId()).stream()
                    .map(m -> new ScoreCalculator.MilestoneFact(SignalCalculator.MilestoneFact.of(m), m.getActualCompletion()))
                    .toList();
            List<ScoreCalculator.KpiFact> kpis = new ArrayList<>();
            for (Kpi k : data.kpis(t.getId())) {
                BigDecimal latest = data.actuals(k.getId()).stream()
                        .filter(a -> a.getActualYear() == year
                                && (evaluation.getYear() > year || a.getQuarter() <= quarterOf(evaluation)))
                        .reduce((a, b) -> b).map(KpiActual::getActualValue).orElse(null);
                kpis.add(new ScoreCalculator.KpiFact(k.getName(), k.getUnit(), k.getBaseline(), k.getTarget(),
                        k.getDirection(), latest));
            }
            List<BigDecimal> scores = panel.getOrDefault(t.getId(), List.of());
            Double panelAverage = scores.isEmpty() ? null
                    : scores.stream().mapToDouble(BigDecimal::doubleValue).average().orElse(0);
            facts.add(new ScoreCalculator.TaskFacts(t.getId(), t.getCode(), t.getTitle(),
                    t.getLeadDepartment() == null ? null : t.getLeadDepartment().getId(),
                    collaborators.getOrDefault(t.getId(), List.of()), milestones, kpis,
                    roundFacts.getOrDefault(t.getId(), List.of()), remedyStates.getOrDefault(t.getId(), List.of()),
                    panelAverage, voteCounts.getOrDefault(t.getId(), 0L).intValue(),
                    collab.getOrDefault(t.getId(), Map.of()), shortlist.contains(t.getId())));
        }
        return facts;
    }

    private static int quarterOf(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }
}
