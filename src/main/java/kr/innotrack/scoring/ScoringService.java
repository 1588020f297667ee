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
import kr.innotrack.plan.PlanService;
import kr.innotrack.plan.Task;
import kr.innotrack.plan.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of scoring: the model in force, the facts per task, the ranking, the contest state. Tenant-confined. */
@Service
@Transactional(readOnly = true)
public class ScoringService {

    private final PlanService plans;
    private final TaskService tasks;
    private final CheckRoundService rounds;
    private final ScoringModelRepository models;
    private final ContestRepository contests;
    private final PanelScoreRepository panelScores;
    private final ContestVoteRepository votes;
    private final CollaborationScoreRepository collaborationScores;
    private final AwardResultRepository awards;
    private final Clock clock;

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager em;

    ScoringService(PlanService plans, TaskService tasks, CheckRoundService rounds, ScoringModelRepository models,
                   ContestRepository contests, PanelScoreRepository panelScores, ContestVoteRepository votes,
                   CollaborationScoreRepository collaborationScores, AwardResultRepository awards, Clock clock) {
        this.plans = plans;
        this.tasks = tasks;
        this.rounds = rounds;
        this.models = models;
        this.contests = contests;
        this.panelScores = panelScores;
        this.votes = votes;
        this.collaborationScores = collaborationScores;
        this.awards = awards;
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
        return new ScoreCalculator.Weights(w, f.getCollaboratorShare(), f.getKpiCap(), f.getPanelWeight(), f.getVoteWeight());
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

    List<TaskService.Collaboration> collaborations(Long planId) {
        return tasks.collaborations(planId);
    }

    List<CollaborationScore> collaborationScores(Long planId) {
        return collaborationScores.findOfPlan(planId);
    }

    /** The evaluation date: the model's, or the end of the plan year. */
    static LocalDate evaluationDate(Plan plan, ModelForm form) {
        return form.getReferenceDate() != null ? form.getReferenceDate() : LocalDate.of(plan.getPlanYear(), 12, 31);
    }

    public record Ranking(Plan plan, ModelView model, LocalDate evaluationDate, boolean voteClosed,
                   List<ScoreCalculator.DepartmentScore> departments) {
    }


    Ranking ranking(Long planId, Long organizationId) {
        Plan plan = plan(planId, organizationId);
        return ranking(plan, model(planId));
    }

    Ranking ranking(Plan plan, ModelView model) {
        return ranking(plan, model, tasks.progressData(plan.getId()), tasks.tasksOf(plan.getId()));
    }

    /** The ranking from plan data the caller has already loaded (the projector deck). */
    public Ranking rankingFor(Plan plan, TaskService.ProgressData data, List<Task> planTasks) {
        return ranking(plan, model(plan.getId()), data, planTasks);
    }

    Ranking ranking(Plan plan, ModelView model, TaskService.ProgressData data, List<Task> planTasks) {
        Long planId = plan.getId();
        LocalDate evaluation = evaluationDate(plan, model.form());
        boolean closed = voteClosed(planId);
        List<TaskService.Collaboration> collaborations = tasks.collaborations(planId);
        List<ScoreCalculator.TaskFacts> facts = facts(plan, evaluation, data, planTasks, collaborations);
        Map<Long, String> names = new HashMap<>();
        for (Task t : planTasks) {
            if (t.getLeadDepartment() != null) {
                names.put(t.getLeadDepartment().getId(), t.getLeadDepartment().getName());
            }
        }
        collaborations.forEach(c -> names.put(c.departmentId(), c.departmentName()));
        return new Ranking(plan, model, evaluation, closed,
                ScoreCalculator.rank(facts, names, model.weights(), evaluation, plan.getPlanYear(), closed));
    }

    /**
     * Panel scores, vote counts and collaboration scores of a plan in one statement: rows of
     * (kind P/V/C, task id, department id, value).
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
                  join task t on t.id = c.task_id where t.plan_id = :plan""").setParameter("plan", planId).getResultList();
    }

    /** Every task's facts, from a fixed number of queries whatever the plan's size. */
    List<ScoreCalculator.TaskFacts> facts(Plan plan, LocalDate evaluation, TaskService.ProgressData data,
                                          List<Task> planTasks, List<TaskService.Collaboration> collaborations) {
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
            remedyStates.computeIfAbsent(r.getTaskId(), k -> new ArrayList<>()).add(r.getState());
        }
        Map<Long, List<BigDecimal>> panel = new HashMap<>();
        Map<Long, Long> voteCounts = new HashMap<>();
        Map<Long, Map<Long, BigDecimal>> collab = new HashMap<>();
        for (Object[] row : contestScores(planId)) {
            String kind = String.valueOf(row[0]).trim();
            Long taskId = ((Number) row[1]).longValue();
            BigDecimal value = new BigDecimal(row[3].toString());
            switch (kind) {
                case "P" -> panel.computeIfAbsent(taskId, k -> new ArrayList<>()).add(value);
                case "V" -> voteCounts.put(taskId, value.longValue());
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
                    collab.getOrDefault(t.getId(), Map.of())));
        }
        return facts;
    }

    private static int quarterOf(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }
}
