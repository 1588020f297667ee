package kr.innotrack.plan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.organization.Department;
import kr.innotrack.organization.DepartmentService;
import kr.innotrack.organization.Organization;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.Messages;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a whole plan from a {@link PlanBlueprint} in one transaction: the plan (작성 중), its strategy tree, its
 * tasks with their schedule lines (read by {@link ScheduleParser}) and KPIs. Anything wrong refuses the whole
 * blueprint, so a failed creation leaves nothing behind. The front ends (blank form, roll-over review, spreadsheet
 * import) check their input beside the field first; these checks are the last guard.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class PlanAssembly {

    private final PlanRepository plans;
    private final StrategyNodeRepository nodes;
    private final TaskRepository tasks;
    private final MilestoneRepository milestones;
    private final KpiRepository kpis;
    private final DepartmentService departments;
    private final ChangeHistory history;
    private final Messages messages;

    /** Only a planning admin of the organization creates its plans. */
    public Long create(PlanBlueprint blueprint, CurrentUser user) {
        kr.innotrack.shared.AccessDeniedHere.unlessAdmin(user, "plan.action.create");
        Organization organization = departments.organization(user.organizationId(), user.organizationId());
        PlanBlueprint.Header h = blueprint.header();
        if (plans.existsByOrganizationIdAndPlanYear(organization.getId(), h.year())) {
            throw new NotAllowedNow("plan.create.yearTaken", h.year());
        }
        if (h.predecessorPlanId() != null) {
            plans.findInOrganization(h.predecessorPlanId(), organization.getId())
                    .orElseThrow(() -> new NotAllowedNow("plan.create.badPredecessor"));
        }
        Plan plan = new Plan(organization, h.year(), h.predecessorPlanId());
        plan.describe(h);
        plans.save(plan);

        Map<String, StrategyNode> byCode = new HashMap<>();
        int order = 0;
        for (PlanBlueprint.Node n : blueprint.nodes()) {
            if (byCode.containsKey(n.code())) {
                throw new NotAllowedNow("plan.create.duplicateNode", n.code());
            }
            StrategyNode parent = null;
            if (n.parentCode() != null) {
                parent = byCode.get(n.parentCode());
                if (parent == null) {
                    throw new NotAllowedNow("plan.create.unknownParent", n.code(), n.parentCode());
                }
            }
            StrategyNode node = nodes.save(new StrategyNode(plan, parent, n.code(), n.name(), n.levelName(),
                    n.category(), n.mandatory(), order++));
            byCode.put(n.code(), node);
        }

        Map<Long, Department> open = new HashMap<>();
        for (Department d : departments.openDepartmentsOf(organization.getId())) {
            open.put(d.getId(), d);
        }
        Set<Long> predecessors = predecessorTasks(h.predecessorPlanId());
        Set<String> codes = new HashSet<>();
        order = 0;
        for (PlanBlueprint.TaskPlan t : blueprint.tasks()) {
            if (!codes.add(t.code())) {
                throw new NotAllowedNow("plan.create.duplicateTask", t.code());
            }
            StrategyNode node = byCode.get(t.nodeCode());
            if (node == null) {
                throw new NotAllowedNow("plan.create.unknownNode", t.code(), t.nodeCode());
            }
            if (t.predecessorTaskId() != null && !predecessors.contains(t.predecessorTaskId())) {
                throw new NotAllowedNow("plan.create.badPredecessor");
            }
            Task task = new Task(plan, node, t.code(), t.title(), order++);
            task.write(t);
            task.assignDepartments(department(open, t.leadDepartmentId(), t.code()),
                    t.collaboratingDepartmentIds().stream().map(id -> department(open, id, t.code())).toList());
            tasks.save(task);
            int line = 0;
            for (PlanBlueprint.ScheduleLine s : t.schedule()) {
                ParsedSchedule parsed = s.scheduleText() == null ? ParsedSchedule.UNDATED
                        : ScheduleParser.parse(s.scheduleText(), h.year());
                milestones.save(Milestone.planned(task, s.description(), s.detail(), s.scheduleText(), parsed,
                        line++));
            }
            int k = 0;
            for (PlanBlueprint.Indicator i : t.kpis()) {
                Kpi kpi = new Kpi(task, k++);
                kpi.define(i);
                kpis.save(kpi);
            }
        }
        history.created(user, new ChangeHistory.Subject(organization.getId(), null, null, "PLAN", plan.getId(),
                        messages.get("plan.history.subject", h.year(), h.title())),
                Changes.of().field(messages.get("plan.field.title"), null, h.title())
                        .field(messages.get("plan.field.tasks"), null, String.valueOf(blueprint.tasks().size())));
        return plan.getId();
    }

    private Set<Long> predecessorTasks(Long predecessorPlanId) {
        if (predecessorPlanId == null) {
            return Set.of();
        }
        return new HashSet<>(tasks.idsOfPlan(predecessorPlanId));
    }

    private static Department department(Map<Long, Department> open, Long id, String taskCode) {
        if (id == null) {
            return null;
        }
        Department d = open.get(id);
        if (d == null) {
            throw new NotAllowedNow("plan.create.unknownDepartment", taskCode);
        }
        return d;
    }
}
