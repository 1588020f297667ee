package kr.innotrack.plan.authoring;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import kr.innotrack.plan.Milestone;
import kr.innotrack.plan.Plan;
import kr.innotrack.plan.Task;
import kr.innotrack.plan.TaskDefinitionEditing;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.web.FormSubmission;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The task definition's schedule lines (추진일정), typed as people write them: add, rewrite, remove. */
@Controller
@RequestMapping("/plans/{planId}/tasks/{taskId}/schedule")
@RequiredArgsConstructor
class ScheduleLineController {

    private final TaskDefinitionQueries queries;
    private final TaskDefinitionEditing editing;
    private final FormSubmission submissions;
    private final Messages messages;

    @GetMapping("/new")
    String newLine(@PathVariable Long planId, @PathVariable Long taskId, CurrentUser user, Model model) {
        ScheduleLineForm form = new ScheduleLineForm();
        model.addAttribute("form", form);
        return page(queries.taskOf(planId, taskId, user), null, form, false, model);
    }

    @PostMapping
    String add(@PathVariable Long planId, @PathVariable Long taskId,
               @Valid @ModelAttribute("form") ScheduleLineForm form, BindingResult binding, CurrentUser user,
               Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Task task = queries.taskOf(planId, taskId, user);
        int year = task.getPlan().getPlanYear();
        return submissions.of(form, binding, model, response)
                .page(() -> page(task, null, form, monthErrors(binding), model))
                .check(() -> form.check(year))
                .save(() -> editing.addScheduleLine(planId, taskId, form.toLine(year), user))
                .then(() -> saved(redirect, planId, taskId));
    }

    @GetMapping("/{milestoneId}")
    String edit(@PathVariable Long planId, @PathVariable Long taskId, @PathVariable Long milestoneId,
                CurrentUser user, Model model) {
        Task task = queries.taskOf(planId, taskId, user);
        Milestone line = queries.line(planId, taskId, milestoneId, user);
        ScheduleLineForm form = ScheduleLineForm.of(line);
        model.addAttribute("form", form);
        return page(task, line, form, false, model);
    }

    @PostMapping("/{milestoneId}")
    String update(@PathVariable Long planId, @PathVariable Long taskId, @PathVariable Long milestoneId,
                  @Valid @ModelAttribute("form") ScheduleLineForm form, BindingResult binding, CurrentUser user,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Task task = queries.taskOf(planId, taskId, user);
        Milestone line = queries.line(planId, taskId, milestoneId, user);
        int year = task.getPlan().getPlanYear();
        return submissions.of(form, binding, model, response)
                .page(() -> page(task, line, form, monthErrors(binding), model))
                .check(() -> form.check(year))
                .current(() -> ScheduleLineForm.of(queries.line(planId, taskId, milestoneId, user)))
                .save(() -> editing.updateScheduleLine(planId, taskId, milestoneId, form.toLine(year),
                        form.getVersion(), user))
                .then(() -> saved(redirect, planId, taskId));
    }

    /** Removing a line from the definition page (its history keeps what it said). */
    @PostMapping("/{milestoneId}/remove")
    String remove(@PathVariable Long planId, @PathVariable Long taskId, @PathVariable Long milestoneId,
                  @RequestParam Long version, CurrentUser user, RedirectAttributes redirect) {
        editing.removeScheduleLine(planId, taskId, milestoneId, version, user);
        redirect.addFlashAttribute("saved", messages.get("taskdef.flash.lineRemoved"));
        return "redirect:/plans/" + planId + "/tasks/" + taskId + "/define#schedule-lines";
    }

    private static boolean monthErrors(BindingResult binding) {
        return binding.hasFieldErrors("plannedStart") || binding.hasFieldErrors("plannedEnd");
    }

    private String page(Task task, Milestone line, ScheduleLineForm form, boolean monthErrors, Model model) {
        Plan plan = task.getPlan();
        model.addAttribute("plan", plan);
        model.addAttribute("task", task);
        model.addAttribute("line", line);
        SchedulePreviewController.preview(form, plan.getPlanYear(), monthErrors, messages, model);
        return "plan/authoring/schedule-line-form";
    }

    private String saved(RedirectAttributes redirect, Long planId, Long taskId) {
        redirect.addFlashAttribute("saved", messages.get("taskdef.flash.lineSaved"));
        return "redirect:/plans/" + planId + "/tasks/" + taskId + "/define#schedule-lines";
    }
}
