package kr.innotrack.plan.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kr.innotrack.organization.Department;
import kr.innotrack.organization.DepartmentService;
import kr.innotrack.plan.Kpi;
import kr.innotrack.plan.Milestone;
import kr.innotrack.plan.Plan;
import kr.innotrack.plan.PlanQueries;
import kr.innotrack.plan.StrategyNode;
import kr.innotrack.plan.Task;
import kr.innotrack.plan.TaskDefinitionEditing;
import kr.innotrack.plan.TaskDetail;
import kr.innotrack.plan.TaskQueries;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.web.RejectedInput;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the task editor's pages show: the plan (a planning admin's, 403 for anyone else, 404 for another
 * organization's), its strategy tree with the code suggested under each node, the departments to choose from, the
 * task with its schedule lines and KPIs; and the rules a definition form needs data for (check step).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class TaskDefinitionQueries {

    private final TaskDefinitionEditing editing;
    private final PlanQueries plans;
    private final TaskQueries tasks;
    private final DepartmentService departments;

    /**
     * @param detail       the task with its lines and KPIs; null on the new-task page
     * @param suggestions  node id → the code a task placed there would get
     * @param departments  the organization's open departments, and any closed one the task still names
     * @param deletable    a draft's task nobody has worked on: offered 삭제 instead of 중단
     */
    record Page(Plan plan, List<StrategyNode> nodes, Map<Long, String> suggestions, List<Department> departments,
                TaskDetail detail, boolean deletable) {

        Task task() {
            return detail == null ? null : detail.task();
        }
    }

    /** The plan, if the user is its organization's planning admin and it is not closed. */
    Plan openPlan(Long planId, CurrentUser user) {
        Plan plan = editing.planOfAdmin(planId, user);
        plan.requireOpen();
        return plan;
    }

    Page newTask(Long planId, CurrentUser user) {
        Plan plan = openPlan(planId, user);
        List<StrategyNode> nodes = plans.nodes(planId);
        return new Page(plan, nodes, suggestions(nodes, planId, null),
                departments.openDepartmentsOf(user.organizationId()), null, false);
    }

    Page task(Long planId, Long taskId, CurrentUser user) {
        Plan plan = openPlan(planId, user);
        TaskDetail detail = tasks.detail(planId, taskId, user.organizationId());
        List<Department> offered = new ArrayList<>(departments.openDepartmentsOf(user.organizationId()));
        List<Department> named = new ArrayList<>(detail.collaboratingDepartments());
        if (detail.task().getLeadDepartment() != null) {
            named.add(0, detail.task().getLeadDepartment());
        }
        for (Department d : named) {
            if (offered.stream().noneMatch(o -> o.getId().equals(d.getId()))) {
                offered.add(d);
            }
        }
        List<StrategyNode> nodes = plans.nodes(planId);
        return new Page(plan, nodes, suggestions(nodes, planId, taskId), offered, detail,
                editing.deletable(planId, taskId, user));
    }

    /** The saved definition as a form (the conflict view's side "현재 저장된 값"). */
    TaskDefinitionForm current(Long planId, Long taskId, CurrentUser user) {
        Page page = task(planId, taskId, user);
        return TaskDefinitionForm.of(page.task(), page.detail().collaboratingDepartments())
                .names(page.nodes(), page.departments());
    }

    Milestone line(Long planId, Long taskId, Long milestoneId, CurrentUser user) {
        openPlan(planId, user);
        return tasks.milestone(planId, taskId, milestoneId, user);
    }

    Kpi kpi(Long planId, Long taskId, Long kpiId, CurrentUser user) {
        openPlan(planId, user);
        return tasks.kpi(planId, taskId, kpiId, user);
    }

    /**
     * The definition's rules that need the plan: a node of this plan, a code no other task of the plan has (a blank
     * code on a new task, or 「suggested code」 ticked, takes the suggestion: written into the form), and the 변경 사유
     * when the plan is confirmed and the change is structural (a new task, a move, another lead department).
     */
    void check(Long planId, Long taskId, TaskDefinitionForm form, CurrentUser user) {
        Plan plan = openPlan(planId, user);
        List<StrategyNode> nodes = plans.nodes(planId);
        form.names(nodes, departments.departmentsOf(user.organizationId()));
        RejectedInput.Collector rejected = RejectedInput.collect();
        StrategyNode node = form.getNodeId() == null ? null : nodes.stream()
                .filter(n -> n.getId().equals(form.getNodeId())).findFirst().orElse(null);
        if (form.getNodeId() != null && node == null) {
            rejected.reject("nodeId", "taskdef.node.unknown");
        }
        List<String> taken = tasks.tasksOf(planId).stream().filter(t -> !t.getId().equals(taskId))
                .map(Task::getCode).toList();
        boolean blank = form.getCode() == null || form.getCode().isBlank();
        if (node != null && ((taskId == null && blank) || (taskId != null && form.isRenumber()))) {
            form.setCode(TaskCodeSuggestion.suggest(node.getCode(), withNodeCodes(taken, nodes)));
        } else if (blank) {
            rejected.reject("code", "taskdef.code.required");
        } else if (taken.contains(form.getCode())) {
            rejected.reject("code", "taskdef.code.taken", form.getCode());
        }
        if (plan.changeNeedsReason() && (form.getReason() == null || form.getReason().isBlank())
                && structural(planId, taskId, form, user)) {
            rejected.reject("reason", "taskdef.reason.required");
        }
        rejected.throwIfAny();
    }

    private boolean structural(Long planId, Long taskId, TaskDefinitionForm form, CurrentUser user) {
        if (taskId == null) {
            return true;
        }
        Task saved = tasks.task(planId, taskId, user.organizationId());
        return !Objects.equals(saved.getStrategyNode().getId(), form.getNodeId())
                || !Objects.equals(saved.getLeadDepartment() == null ? null : saved.getLeadDepartment().getId(),
                form.getLeadDepartmentId());
    }

    /** node id → the code a task placed there would get (the task itself left out). */
    private Map<Long, String> suggestions(List<StrategyNode> nodes, Long planId, Long taskId) {
        List<String> taken = tasks.tasksOf(planId).stream().filter(t -> !t.getId().equals(taskId))
                .map(Task::getCode).toList();
        Map<Long, String> byNode = new LinkedHashMap<>();
        List<String> codes = withNodeCodes(taken, nodes);
        for (StrategyNode n : nodes) {
            byNode.put(n.getId(), TaskCodeSuggestion.suggest(n.getCode(), codes));
        }
        return byNode;
    }

    /** A task of the plan for a page that needs no more (404 otherwise). */
    Task taskOf(Long planId, Long taskId, CurrentUser user) {
        openPlan(planId, user);
        return tasks.task(planId, taskId, user.organizationId());
    }


    /** A suggested task code never repeats a tree node's code either (under 가 with node 가-1, a task is 가-2). */
    private static List<String> withNodeCodes(List<String> taskCodes, List<StrategyNode> nodes) {
        List<String> all = new ArrayList<>(taskCodes);
        nodes.forEach(n -> all.add(n.getCode()));
        return all;
    }
}
