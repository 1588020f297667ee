package kr.innotrack.plan.authoring;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import kr.innotrack.plan.Kpi;
import kr.innotrack.plan.KpiDirection;
import kr.innotrack.plan.KpiFrequency;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The task definition's KPIs (성과지표): add, edit, remove. A KPI with recorded values cannot be removed (refused
 * beside its button on the definition page); after confirmation adding, removing or a new target needs a reason.
 */
@Controller
@RequestMapping("/plans/{planId}/tasks/{taskId}/indicators")
@RequiredArgsConstructor
class KpiDefinitionController {

    private final TaskDefinitionQueries queries;
    private final TaskDefinitionEditing editing;
    private final FormSubmission submissions;
    private final Messages messages;

    @GetMapping("/new")
    String newKpi(@PathVariable Long planId, @PathVariable Long taskId, CurrentUser user, Model model) {
        model.addAttribute("form", new KpiDefinitionForm());
        return page(queries.taskOf(planId, taskId, user), null, model);
    }

    @PostMapping
    String add(@PathVariable Long planId, @PathVariable Long taskId,
               @Valid @ModelAttribute("form") KpiDefinitionForm form, BindingResult binding, CurrentUser user,
               Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Task task = queries.taskOf(planId, taskId, user);
        return submissions.of(form, binding, model, response)
                .page(() -> page(task, null, model))
                .save(() -> editing.addKpi(planId, taskId, form.toIndicator(), form.getReason(), user))
                .then(() -> saved(redirect, planId, taskId, "taskdef.flash.kpiSaved"));
    }

    @GetMapping("/{kpiId}")
    String edit(@PathVariable Long planId, @PathVariable Long taskId, @PathVariable Long kpiId, CurrentUser user,
                Model model) {
        Task task = queries.taskOf(planId, taskId, user);
        Kpi kpi = queries.kpi(planId, taskId, kpiId, user);
        model.addAttribute("form", KpiDefinitionForm.of(kpi));
        return page(task, kpi, model);
    }

    @PostMapping("/{kpiId}")
    String update(@PathVariable Long planId, @PathVariable Long taskId, @PathVariable Long kpiId,
                  @Valid @ModelAttribute("form") KpiDefinitionForm form, BindingResult binding, CurrentUser user,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Task task = queries.taskOf(planId, taskId, user);
        Kpi kpi = queries.kpi(planId, taskId, kpiId, user);
        return submissions.of(form, binding, model, response)
                .page(() -> page(task, kpi, model))
                .current(() -> KpiDefinitionForm.of(queries.kpi(planId, taskId, kpiId, user)))
                .save(() -> editing.updateKpi(planId, taskId, kpiId, form.toIndicator(), form.getVersion(),
                        form.getReason(), user))
                .then(() -> saved(redirect, planId, taskId, "taskdef.flash.kpiSaved"));
    }

    /** From the definition page; a refusal (values recorded, no reason) shows beside the KPI's button there. */
    @PostMapping("/{kpiId}/remove")
    String remove(@PathVariable Long planId, @PathVariable Long taskId, @PathVariable Long kpiId,
                  @Valid @ModelAttribute("kpiRemoval") KpiRemovalForm form, BindingResult binding, CurrentUser user,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        queries.kpi(planId, taskId, kpiId, user);
        return submissions.of(form, binding, model, response)
                .page(() -> TaskDefinitionController.removalRefused(queries.task(planId, taskId, user), model, kpiId,
                        binding))
                .save(() -> editing.removeKpi(planId, taskId, kpiId, form.getVersion(), form.getReason(), user))
                .then(() -> saved(redirect, planId, taskId, "taskdef.flash.kpiRemoved"));
    }

    private String page(Task task, Kpi kpi, Model model) {
        model.addAttribute("plan", task.getPlan());
        model.addAttribute("task", task);
        model.addAttribute("kpi", kpi);
        model.addAttribute("directions", KpiDirection.values());
        model.addAttribute("frequencies", KpiFrequency.values());
        model.addAttribute("accumulations", kr.innotrack.plan.KpiAccumulation.values());
        return "plan/authoring/kpi-definition-form";
    }

    private String saved(RedirectAttributes redirect, Long planId, Long taskId, String key) {
        redirect.addFlashAttribute("saved", messages.get(key));
        return "redirect:/plans/" + planId + "/tasks/" + taskId + "/define#kpi-definitions";
    }
}
