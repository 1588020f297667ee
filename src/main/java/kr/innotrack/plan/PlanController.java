package kr.innotrack.plan;

import jakarta.validation.Valid;
import java.util.Set;
import java.util.stream.Collectors;
import kr.innotrack.history.HistoryQueries;
import kr.innotrack.history.HistoryGroup;
import kr.innotrack.shared.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import jakarta.servlet.http.HttpServletResponse;

@Controller
class PlanController {

    private final PlanQueries plans;
    private final TaskQueries tasks;
    private final TaskCommands editing;
    private final HistoryQueries history;

    PlanController(PlanQueries plans, TaskQueries tasks, TaskCommands editing, HistoryQueries history) {
        this.plans = plans;
        this.tasks = tasks;
        this.editing = editing;
        this.history = history;
    }

    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        model.addAttribute("plans", plans.summaries(user.organizationId()));
        return "plan/plans";
    }

    @GetMapping("/plans/{planId}")
    String overview(@PathVariable Long planId, CurrentUser user, Model model) {
        PlanOverview overview = plans.overview(planId, user.organizationId());
        model.addAttribute("overview", overview);
        model.addAttribute("plan", overview.plan());
        return "plan/overview";
    }

    @GetMapping("/plans/{planId}/tasks")
    String tasks(@PathVariable Long planId, @Valid @ModelAttribute("filter") TaskFilter filter,
                 BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                 @RequestHeader(value = "HX-Request", required = false) String htmx) {
        Plan plan = plans.plan(planId, user.organizationId());
        TaskFilter effective = filter;
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Set<String> invalid = binding.getFieldErrors().stream().map(FieldError::getField)
                    .collect(Collectors.toSet());
            effective = filter.withoutInvalid(invalid);
        }
        model.addAttribute("plan", plan);
        model.addAttribute("rows", tasks.search(planId, effective));
        model.addAttribute("nodes", plans.nodes(planId));
        model.addAttribute("departments", tasks.leadDepartments(planId));
        model.addAttribute("statuses", MilestoneStatus.values());
        return htmx != null ? "plan/tasks :: results" : "plan/tasks";
    }

    @GetMapping("/plans/{planId}/tasks/{taskId}")
    String task(@PathVariable Long planId, @PathVariable Long taskId, CurrentUser user, Model model) {
        TaskDetail detail = tasks.detail(planId, taskId, user.organizationId());
        model.addAttribute("detail", detail);
        model.addAttribute("plan", detail.task().getPlan());
        model.addAttribute("canEdit", TaskPermission.canEdit(user, user.organizationId(),
                detail.task().getLeadDepartment() == null ? null : detail.task().getLeadDepartment().getId(),
                detail.collaboratingDepartments().stream().map(d -> d.getId()).toList(),
                detail.task().isCollaboratorsMayEdit()));
        model.addAttribute("history", HistoryGroup.of(history.ofTask(taskId)));
        return "plan/task";
    }

    @GetMapping("/my/tasks")
    String myTasks(CurrentUser user, Model model) {
        model.addAttribute("my", tasks.myTasks(user));
        return "plan/my-tasks";
    }
}
