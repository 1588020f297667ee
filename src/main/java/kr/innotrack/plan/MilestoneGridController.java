package kr.innotrack.plan;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.web.FormSubmission;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Many milestones in one save: a task's (일괄 수정) and the department's due ones (내 부서 추진일정). Every row is checked
 * like the single milestone form; a bad row answers 400 with its message beside the row's field, a stale row 409 with
 * the saved values beside the person's; either way nothing is saved.
 */
@Controller
@RequiredArgsConstructor
class MilestoneGridController {

    private final TaskQueries queries;
    private final TaskCommands commands;
    private final FormSubmission submissions;
    private final Messages messages;
    private final Clock clock;

    @GetMapping("/plans/{planId}/tasks/{taskId}/milestones/grid")
    String taskGrid(@PathVariable Long planId, @PathVariable Long taskId, CurrentUser user, Model model) {
        TaskQueries.MilestoneGrid grid = queries.taskGrid(planId, taskId, user);
        model.addAttribute("form", MilestoneGridForm.of(grid.milestones()));
        return page(grid, model);
    }

    @PostMapping("/plans/{planId}/tasks/{taskId}/milestones/grid")
    String saveTaskGrid(@PathVariable Long planId, @PathVariable Long taskId,
                        @Valid @ModelAttribute("form") MilestoneGridForm form, BindingResult binding, CurrentUser user,
                        Model model, HttpServletResponse response, RedirectAttributes redirect) {
        TaskQueries.MilestoneGrid grid = queries.taskGrid(planId, taskId, user);
        return save(form, binding, user, model, response, () -> page(queries.taskGrid(planId, taskId, user), model),
                planId, taskId)
                .then(changed -> {
                    redirect.addFlashAttribute("saved", messages.get("milestoneGrid.flash.saved", changed));
                    return "redirect:/plans/" + planId + "/tasks/" + grid.task().getId() + "#milestones";
                });
    }

    /** The department's open milestones due by the end of next month ({@code month}: the month to count from). */
    @GetMapping("/my/milestones")
    String departmentGrid(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                          CurrentUser user, Model model) {
        TaskQueries.MilestoneGrid grid = queries.departmentGrid(user, month(month));
        model.addAttribute("form", MilestoneGridForm.of(grid.milestones()));
        return page(grid, model);
    }

    @PostMapping("/my/milestones")
    String saveDepartmentGrid(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                              @Valid @ModelAttribute("form") MilestoneGridForm form, BindingResult binding,
                              CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        YearMonth at = month(month);
        return save(form, binding, user, model, response, () -> page(queries.departmentGrid(user, at), model),
                null, null)
                .then(changed -> {
                    redirect.addFlashAttribute("saved", messages.get("milestoneGrid.flash.saved", changed));
                    return "redirect:/my/milestones?month=" + at;
                });
    }

    private FormSubmission.Steps.Saving<Integer> save(MilestoneGridForm form, BindingResult binding, CurrentUser user,
                                                     Model model, HttpServletResponse response,
                                                     java.util.function.Supplier<String> page, Long planId,
                                                     Long taskId) {
        List<Milestone> rows = queries.gridMilestones(form.milestoneIds(), user.organizationId());
        Map<Long, Integer> planYears = new HashMap<>();
        Map<Long, String> labels = new HashMap<>();
        Map<Long, Milestone> byId = new HashMap<>();
        rows.forEach(m -> {
            byId.put(m.getId(), m);
            planYears.put(m.getId(), m.getTask().getPlan().getPlanYear());
            labels.put(m.getId(), m.getTask().getCode() + " " + m.getDescription());
        });
        form.explainWith(messages::get, labels);
        model.addAttribute("milestones", byId); // the page shows the person's rows, whatever the list holds now
        return submissions.of(form, binding, model, response)
                .page(page)
                .check(() -> form.check(planYears, LocalDate.now(clock)))
                .current(() -> form.rebase(queries.gridMilestones(form.milestoneIds(), user.organizationId())))
                .saveReturning(() -> commands.reportMilestones(planId, taskId, form.toCommand(), user));
    }

    private YearMonth month(YearMonth month) {
        return month == null ? YearMonth.now(clock) : month;
    }

    private static String page(TaskQueries.MilestoneGrid grid, Model model) {
        model.addAttribute("grid", grid);
        if (!model.containsAttribute("milestones")) {
            model.addAttribute("milestones", grid.byId());
        }
        model.addAttribute("statuses", MilestoneStatus.values());
        if (grid.task() != null) {
            model.addAttribute("task", grid.task());
            model.addAttribute("plan", grid.task().getPlan());
        }
        return "plan/milestone-grid";
    }
}
