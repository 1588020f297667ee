package kr.innotrack.plan;

import jakarta.validation.Valid;
import java.util.Set;
import java.util.stream.Collectors;
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

    private final PlanService plans;
    private final TaskService tasks;

    PlanController(PlanService plans, TaskService tasks) {
        this.plans = plans;
        this.tasks = tasks;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("plans", plans.summaries());
        return "plan/plans";
    }

    @GetMapping("/plans/{planId}")
    String overview(@PathVariable Long planId, Model model) {
        PlanOverview overview = plans.overview(planId);
        model.addAttribute("overview", overview);
        model.addAttribute("plan", overview.plan());
        return "plan/overview";
    }

    @GetMapping("/plans/{planId}/tasks")
    String tasks(@PathVariable Long planId, @Valid @ModelAttribute("filter") TaskFilter filter,
                 BindingResult binding, Model model, HttpServletResponse response,
                 @RequestHeader(value = "HX-Request", required = false) String htmx) {
        Plan plan = plans.plan(planId);
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
    String task(@PathVariable Long planId, @PathVariable Long taskId, Model model) {
        TaskDetail detail = tasks.detail(planId, taskId);
        model.addAttribute("detail", detail);
        model.addAttribute("plan", detail.task().getPlan());
        return "plan/task";
    }
}
