package kr.innotrack.plan;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import kr.innotrack.shared.web.Confirmation;
import kr.innotrack.shared.web.FormSubmission;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing a task: its officer fields, its milestones, its KPI values. Bad input answers 400 with the form and
 * the person's input; a save based on stale data answers 409 with the current values beside theirs, ready to be
 * applied again; a person without the right gets 403 from the service.
 */
@Controller
@RequestMapping("/plans/{planId}/tasks/{taskId}")
@RequiredArgsConstructor
class TaskEditController {

    private final TaskQueries queries;
    private final TaskCommands commands;
    private final FormSubmission submissions;
    private final Messages messages;
    private final Clock clock;

    // ---- task fields

    @GetMapping("/edit")
    String editTask(@PathVariable Long planId, @PathVariable Long taskId, CurrentUser user, Model model) {
        Task task = queries.editableTask(planId, taskId, user);
        model.addAttribute("form", TaskForm.of(task));
        return taskForm(task, user, model);
    }

    @PostMapping("/edit")
    String updateTask(@PathVariable Long planId, @PathVariable Long taskId, @Valid @ModelAttribute("form") TaskForm form,
                      BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        return submissions.of(form, binding, model, response)
                .page(() -> taskForm(queries.editableTask(planId, taskId, user), user, model))
                .current(() -> TaskForm.of(queries.editableTask(planId, taskId, user)))
                .save(() -> commands.updateOfficerFields(planId, taskId, form.toCommand(), user))
                .then(() -> saved(redirect, planId, taskId, ""));
    }

    private String taskForm(Task task, CurrentUser user, Model model) {
        model.addAttribute("task", task);
        model.addAttribute("plan", task.getPlan());
        model.addAttribute("isAdmin", user.admin());
        return "plan/task-form";
    }

    // ---- milestones

    @GetMapping("/milestones/new")
    String newMilestone(@PathVariable Long planId, @PathVariable Long taskId, CurrentUser user, Model model) {
        Task task = queries.editableTask(planId, taskId, user);
        model.addAttribute("form", new MilestoneForm());
        return milestoneForm(task, null, model);
    }

    @PostMapping("/milestones")
    String addMilestone(@PathVariable Long planId, @PathVariable Long taskId,
                        @Valid @ModelAttribute("form") MilestoneForm form, BindingResult binding, CurrentUser user,
                        Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Task task = queries.editableTask(planId, taskId, user);
        return submissions.of(form, binding, model, response)
                .page(() -> milestoneForm(task, null, model))
                .check(() -> form.check(task.getPlan().getPlanYear(), LocalDate.now(clock)))
                .save(() -> commands.addMilestone(planId, taskId, form.toCommand(), user))
                .then(() -> saved(redirect, planId, taskId, "#milestones"));
    }

    @GetMapping("/milestones/{milestoneId}/edit")
    String editMilestone(@PathVariable Long planId, @PathVariable Long taskId, @PathVariable Long milestoneId,
                         CurrentUser user, Model model) {
        Task task = queries.editableTask(planId, taskId, user);
        Milestone m = queries.milestone(planId, taskId, milestoneId, user);
        model.addAttribute("form", MilestoneForm.of(m));
        return milestoneForm(task, m, model);
    }

    @PostMapping("/milestones/{milestoneId}")
    String updateMilestone(@PathVariable Long planId, @PathVariable Long taskId, @PathVariable Long milestoneId,
                           @Valid @ModelAttribute("form") MilestoneForm form, BindingResult binding,
                           CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Task task = queries.editableTask(planId, taskId, user);
        Milestone m = queries.milestone(planId, taskId, milestoneId, user);
        return submissions.of(form, binding, model, response)
                .page(() -> milestoneForm(task, m, model))
                .check(() -> form.check(task.getPlan().getPlanYear(), LocalDate.now(clock)))
                .current(() -> MilestoneForm.of(queries.milestone(planId, taskId, milestoneId, user)))
                .save(() -> commands.updateMilestone(planId, taskId, milestoneId, form.toCommand(), form.getVersion(),
                        user))
                .then(() -> saved(redirect, planId, taskId, "#milestones"));
    }

    /** Deleting a milestone asks first: what goes, and what the history keeps. */
    @GetMapping("/milestones/{milestoneId}/delete")
    String confirmDeleteMilestone(@PathVariable Long planId, @PathVariable Long taskId, @PathVariable Long milestoneId,
                                  CurrentUser user, Model model) {
        Task task = queries.editableTask(planId, taskId, user);
        Milestone m = queries.milestone(planId, taskId, milestoneId, user);
        String base = "/plans/" + planId + "/tasks/" + taskId;
        model.addAttribute("plan", task.getPlan());
        model.addAttribute("confirmation", Confirmation.of("tasks",
                        messages.get("milestone.delete.title", m.getDescription()))
                .lead(messages.get("milestone.delete.lead"))
                .consequence(messages.get("milestone.delete.gone", task.getCode(), m.getDescription(),
                        m.scheduleLabel() == null ? "" : messages.get("milestone.delete.schedule", m.scheduleLabel())))
                .consequence(messages.get("milestone.delete.scores"))
                .consequence(messages.get("milestone.delete.history"))
                .post(base + "/milestones/" + milestoneId + "/delete", messages.get("milestone.delete.confirm"))
                .field("version", m.getVersion())
                .cancel(base + "/milestones/" + milestoneId + "/edit").build());
        return "confirm";
    }

    @PostMapping("/milestones/{milestoneId}/delete")
    String deleteMilestone(@PathVariable Long planId, @PathVariable Long taskId, @PathVariable Long milestoneId,
                           @RequestParam Long version, @RequestParam(defaultValue = "false") boolean confirm,
                           CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!confirm) {
            queries.milestone(planId, taskId, milestoneId, user);
            queries.editableTask(planId, taskId, user);
            return "redirect:/plans/" + planId + "/tasks/" + taskId + "/milestones/" + milestoneId + "/delete";
        }
        // the person's side of a conflict on delete is empty: the version alone is no form
        return submissions.of(version, new MapBindingResult(new HashMap<>(), "form"), model, response)
                .page(() -> {
                    // the delete lost a race: the milestone form with the saved values, and the delete button again
                    Milestone current = queries.milestone(planId, taskId, milestoneId, user);
                    model.addAttribute("form", MilestoneForm.of(current));
                    model.addAttribute("deleteConflict", true);
                    return milestoneForm(queries.editableTask(planId, taskId, user), current, model);
                })
                .current(() -> MilestoneForm.of(queries.milestone(planId, taskId, milestoneId, user)))
                .save(() -> commands.deleteMilestone(planId, taskId, milestoneId, version, user))
                .then(() -> {
                    redirect.addFlashAttribute("saved", messages.get("milestone.flash.deleted"));
                    return "redirect:/plans/" + planId + "/tasks/" + taskId + "#milestones";
                });
    }

    private String milestoneForm(Task task, Milestone milestone, Model model) {
        model.addAttribute("task", task);
        model.addAttribute("plan", task.getPlan());
        model.addAttribute("milestone", milestone);
        model.addAttribute("statuses", MilestoneStatus.values());
        return "plan/milestone-form";
    }

    // ---- KPI values

    @GetMapping("/kpis/{kpiId}/actual")
    String editActual(@PathVariable Long planId, @PathVariable Long taskId, @PathVariable Long kpiId,
                      @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
                      CurrentUser user, Model model) {
        Task task = queries.editableTask(planId, taskId, user);
        Kpi kpi = queries.kpi(planId, taskId, kpiId, user);
        int y = year == null ? task.getPlan().getPlanYear() : year;
        int q = quarter == null || quarter < 1 || quarter > 4 ? 1 : quarter;
        KpiActualForm form = queries.actual(kpiId, y, q).map(KpiActualForm::of).orElseGet(() -> {
            KpiActualForm blank = new KpiActualForm();
            blank.setYear(y);
            blank.setQuarter(q);
            return blank;
        });
        model.addAttribute("form", form);
        return actualForm(task, kpi, model);
    }

    @PostMapping("/kpis/{kpiId}/actual")
    String saveActual(@PathVariable Long planId, @PathVariable Long taskId, @PathVariable Long kpiId,
                      @Valid @ModelAttribute("form") KpiActualForm form, BindingResult binding, CurrentUser user,
                      Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Task task = queries.editableTask(planId, taskId, user);
        Kpi kpi = queries.kpi(planId, taskId, kpiId, user);
        return submissions.of(form, binding, model, response)
                .page(() -> actualForm(task, kpi, model))
                .check(() -> form.check(task.getPlan().getPlanYear()))
                .current(() -> queries.actual(kpiId, form.getYear(), form.getQuarter()).map(KpiActualForm::of)
                        .orElseGet(KpiActualForm::new))
                .save(() -> commands.saveKpiValue(planId, taskId, kpiId, form.toCommand(), user))
                .then(() -> saved(redirect, planId, taskId, "#kpis"));
    }

    /** Deleting a KPI value asks first. */
    @GetMapping("/kpis/{kpiId}/actual/delete")
    String confirmDeleteActual(@PathVariable Long planId, @PathVariable Long taskId, @PathVariable Long kpiId,
                               @RequestParam int year, @RequestParam int quarter, CurrentUser user, Model model) {
        Task task = queries.editableTask(planId, taskId, user);
        Kpi kpi = queries.kpi(planId, taskId, kpiId, user);
        KpiActual actual = queries.actual(kpiId, year, quarter)
                .orElseThrow(() -> new NotFoundException("kpiActual.record", kpiId));
        String base = "/plans/" + planId + "/tasks/" + taskId;
        model.addAttribute("plan", task.getPlan());
        model.addAttribute("confirmation", Confirmation.of("tasks",
                        messages.get("kpiActual.delete.title", kpi.getName(), year, quarter))
                .lead(messages.get("kpiActual.delete.lead"))
                .consequence(messages.get("kpiActual.delete.gone",
                        actual.getActualValue().stripTrailingZeros().toPlainString() + kpi.getUnit()))
                .consequence(messages.get("kpiActual.delete.scores"))
                .consequence(messages.get("kpiActual.delete.history"))
                .post(base + "/kpis/" + kpiId + "/actual/delete", messages.get("kpiActual.delete.confirm"))
                .field("year", year).field("quarter", quarter)
                .field("version", actual.getVersion())
                .cancel(base + "/kpis/" + kpiId + "/actual?year=" + year + "&quarter=" + quarter).build());
        return "confirm";
    }

    @PostMapping("/kpis/{kpiId}/actual/delete")
    String deleteActual(@PathVariable Long planId, @PathVariable Long taskId, @PathVariable Long kpiId,
                        @RequestParam int year, @RequestParam int quarter, @RequestParam Long version,
                        @RequestParam(defaultValue = "false") boolean confirm,
                        CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!confirm) {
            queries.editableTask(planId, taskId, user);
            queries.kpi(planId, taskId, kpiId, user);
            return "redirect:/plans/" + planId + "/tasks/" + taskId + "/kpis/" + kpiId + "/actual/delete?year=" + year
                    + "&quarter=" + quarter;
        }
        return submissions.of(version, new MapBindingResult(new HashMap<>(), "form"), model, response)
                .page(() -> {
                    // the delete lost a race: the value form with the saved value
                    model.addAttribute("form", queries.actual(kpiId, year, quarter).map(KpiActualForm::of)
                            .orElseGet(KpiActualForm::new));
                    return actualForm(queries.editableTask(planId, taskId, user),
                            queries.kpi(planId, taskId, kpiId, user), model);
                })
                .current(() -> queries.actual(kpiId, year, quarter).map(KpiActualForm::of)
                        .orElseGet(KpiActualForm::new))
                .save(() -> commands.deleteActual(planId, taskId, kpiId, year, quarter, version, user))
                .then(() -> {
                    redirect.addFlashAttribute("saved", messages.get("kpiActual.flash.deleted"));
                    return "redirect:/plans/" + planId + "/tasks/" + taskId + "#kpis";
                });
    }

    private String actualForm(Task task, Kpi kpi, Model model) {
        model.addAttribute("task", task);
        model.addAttribute("plan", task.getPlan());
        model.addAttribute("kpi", kpi);
        return "plan/kpi-actual-form";
    }

    // ---- shared

    private String saved(RedirectAttributes redirect, Long planId, Long taskId, String anchor) {
        redirect.addFlashAttribute("saved", messages.get("task.flash.saved"));
        return "redirect:/plans/" + planId + "/tasks/" + taskId + anchor;
    }
}
