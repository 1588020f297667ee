package kr.innotrack.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.innotrack.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an existing plan back into a {@link PlanBlueprint}: what the spreadsheet export writes and the year
 * roll-over starts from. Retired tasks (중단) are left out. A fixed number of statements, whatever the plan's size.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PlanBlueprints {

    private final PlanQueries plans;
    private final StrategyNodeRepository nodes;
    private final TaskRepository tasks;
    private final MilestoneRepository milestones;
    private final KpiRepository kpis;

    /** A plan of the user's organization (drafts only for a planning admin) as a blueprint. */
    public PlanBlueprint of(Long planId, CurrentUser user) {
        Plan plan = plans.visiblePlan(planId, user);
        List<StrategyNode> tree = nodes.findByPlanIdOrderBySortOrder(planId);
        Map<Long, String> codeOf = new HashMap<>();
        tree.forEach(n -> codeOf.put(n.getId(), n.getCode()));
        List<PlanBlueprint.Node> nodeList = ordered(tree).stream()
                .map(n -> new PlanBlueprint.Node(n.getCode(), n.getParentId() == null ? null : codeOf.get(n.getParentId()),
                        n.getName(), n.getLevelName(), n.getCategory(), n.isMandatory()))
                .toList();

        Map<Long, List<Long>> collaborators = new HashMap<>();
        for (Object[] row : tasks.collaborationsOfPlan(planId)) {
            collaborators.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Long) row[1]);
        }
        Map<Long, List<PlanBlueprint.ScheduleLine>> schedule = new HashMap<>();
        for (Milestone m : milestones.findByPlan(planId)) {
            schedule.computeIfAbsent(m.getTaskId(), k -> new ArrayList<>())
                    .add(new PlanBlueprint.ScheduleLine(m.getDescription(), m.getDetail(), m.getScheduleText()));
        }
        Map<Long, Map<Kpi, BigDecimal>> indicators = new HashMap<>();
        for (Object[] row : kpis.withActualsOfPlan(planId)) {
            Kpi k = (Kpi) row[0];
            KpiActual a = (KpiActual) row[1];
            Map<Kpi, BigDecimal> ofTask = indicators.computeIfAbsent(k.getTaskId(), x -> new LinkedHashMap<>());
            // rows come by year and quarter: the last value of the plan's year wins
            BigDecimal last = ofTask.get(k);
            if (a != null && a.getActualYear() == plan.getPlanYear()) {
                last = a.getActualValue();
            }
            ofTask.put(k, last);
        }

        List<PlanBlueprint.TaskPlan> taskList = new ArrayList<>();
        for (Task t : tasks.findByPlanWithDepartments(planId)) {
            if (t.retired()) {
                continue;
            }
            List<PlanBlueprint.Indicator> kpiList = indicators.getOrDefault(t.getId(), Map.of()).entrySet().stream()
                    .map(e -> new PlanBlueprint.Indicator(e.getKey().getName(), e.getKey().getUnit(),
                            e.getKey().getBaseline(), e.getKey().getTarget(), e.getKey().getDirection(),
                            e.getKey().getFrequency(), e.getKey().getAccumulation(), e.getKey().getSourceNote(),
                            e.getValue()))
                    .toList();
            taskList.add(new PlanBlueprint.TaskPlan(codeOf.get(t.getStrategyNode().getId()), t.getCode(),
                    t.getTitle(), t.getLeadDepartment() == null ? null : t.getLeadDepartment().getId(),
                    collaborators.getOrDefault(t.getId(), List.of()), t.getCollaborators(), t.getOfficer(),
                    t.getPhone(), t.getBudgetText(), t.isContinuing(), t.isRepresentative(), t.getBackground(),
                    t.getDetails(), t.getBefore(), t.getAfter(), schedule.getOrDefault(t.getId(), List.of()),
                    kpiList, t.getId(), t.getPredecessorId()));
        }
        return new PlanBlueprint(new PlanBlueprint.Header(plan.getPlanYear(), plan.getTitle(), plan.getSubtitle(),
                plan.getVision(), plan.getGoal(), plan.getStrategies(), plan.getDirections(), plan.calendar(),
                plan.getPredecessorId()), nodeList, taskList);
    }

    /** Parents before children, siblings in their order (the blueprint's rule). */
    private static List<StrategyNode> ordered(List<StrategyNode> all) {
        Map<Long, List<StrategyNode>> children = new LinkedHashMap<>();
        List<StrategyNode> roots = new ArrayList<>();
        for (StrategyNode n : all) {
            if (n.getParentId() == null) {
                roots.add(n);
            } else {
                children.computeIfAbsent(n.getParentId(), k -> new ArrayList<>()).add(n);
            }
        }
        List<StrategyNode> out = new ArrayList<>();
        walk(roots, children, out);
        return out;
    }

    private static void walk(List<StrategyNode> level, Map<Long, List<StrategyNode>> children,
                             List<StrategyNode> out) {
        for (StrategyNode n : level) {
            out.add(n);
            walk(children.getOrDefault(n.getId(), List.of()), children, out);
        }
    }
}
