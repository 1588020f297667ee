package kr.innotrack.plan.authoring;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import kr.innotrack.plan.Task;
import kr.innotrack.plan.TaskDefinitionEditing;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.web.Confirmation;
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

/**
 * The planning admin's task editor (issue 15): a new task, the task sheet ({@code /define}: every field, the move to
 * another node with the suggested code, the schedule lines and KPIs beneath), 중단 with its reason, and 삭제 for a
 * draft's task nobody has worked on. The department's own edit page ({@code /edit}) stays as it is.
 */
@Controller
@RequestMapping("/plans/{planId}/tasks")
@RequiredArgsConstructor
class TaskDefinitionController {

    static final String PAGE = "plan/authoring/task-definition-form";

    private final TaskDefinitionQueries queries;
    private final TaskDefinitionEditing editing;
    private final FormSubmission submissions;
    private final Messages messages;

    @GetMapping("/new")
    String newTask(@PathVariable Long planId, @RequestParam(required = false) Long nodeId, CurrentUser user,
                   Model model) {
        TaskDefinitionForm form = new TaskDefinitionForm();
        form.setNodeId(nodeId);
        model.addAttribute("form", form);
        return page(queries.newTask(planId, user), model);
    }

    @PostMapping("/new")
    String create(@PathVariable Long planId, @Valid @ModelAttribute("form") TaskDefinitionForm form,
                  BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return submissions.of(form, binding, model, response)
                .page(() -> page(queries.newTask(planId, user), model))
                .check(() -> queries.check(planId, null, form, user))
                .saveReturning(() -> editing.create(planId, form.toDefinition(), form.getReason(), user))
                .then(id -> {
                    redirect.addFlashAttribute("saved", messages.get("taskdef.flash.created", form.getCode()));
                    return "redirect:/plans/" + planId + "/tasks/" + id + "/define";
                });
    }

    @GetMapping("/{taskId}/define")
    String define(@PathVariable Long planId, @PathVariable Long taskId, CurrentUser user, Model model) {
        TaskDefinitionQueries.Page page = queries.task(planId, taskId, user);
        model.addAttribute("form", TaskDefinitionForm.of(page.task(), page.detail().collaboratingDepartments()));
        return page(page, model);
    }

    @PostMapping("/{taskId}/define")
    String update(@PathVariable Long planId, @PathVariable Long taskId,
                  @Valid @ModelAttribute("form") TaskDefinitionForm form, BindingResult binding, CurrentUser user,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return submissions.of(form, binding, model, response)
                .page(() -> page(queries.task(planId, taskId, user), model))
                .check(() -> queries.check(planId, taskId, form, user))
                .current(() -> queries.current(planId, taskId, user))
                .save(() -> editing.update(planId, taskId, form.toDefinition(), form.getVersion(), form.getReason(),
                        user))
                .then(() -> {
                    redirect.addFlashAttribute("saved", messages.get("taskdef.flash.saved", form.getCode()));
                    return "redirect:/plans/" + planId + "/tasks/" + taskId + "/define";
                });
    }

    /** 중단 asks first, with the reason the task stops. */
    @GetMapping("/{taskId}/retire")
    String confirmRetire(@PathVariable Long planId, @PathVariable Long taskId, CurrentUser user, Model model) {
        Task task = queries.taskOf(planId, taskId, user);
        TaskRetireForm form = new TaskRetireForm();
        form.setVersion(task.getVersion());
        model.addAttribute("form", form);
        return retirePage(task, model);
    }

    @PostMapping("/{taskId}/retire")
    String retire(@PathVariable Long planId, @PathVariable Long taskId,
                  @Valid @ModelAttribute("form") TaskRetireForm form, BindingResult binding, CurrentUser user,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return submissions.of(form, binding, model, response)
                .page(() -> retirePage(queries.taskOf(planId, taskId, user), model))
                .save(() -> editing.retire(planId, taskId, form.getReason(), form.getVersion(), user))
                .then(() -> {
                    redirect.addFlashAttribute("saved", messages.get("taskdef.flash.retired"));
                    return "redirect:/plans/" + planId + "/tasks/" + taskId;
                });
    }

    private String retirePage(Task task, Model model) {
        String base = "/plans/" + task.getPlan().getId() + "/tasks/" + task.getId();
        model.addAttribute("plan", task.getPlan());
        model.addAttribute("task", task);
        model.addAttribute("confirmation", Confirmation.of("tasks",
                        messages.get("taskdef.retire.title", task.getCode(), task.getTitle()))
                .lead(messages.get("taskdef.retire.lead"))
                .consequence(messages.get("taskdef.retire.stays"))
                .consequence(messages.get("taskdef.retire.counts"))
                .consequence(messages.get(task.getPlan().changeNeedsReason() ? "taskdef.retire.recorded"
                        : "taskdef.retire.history"))
                .post(base + "/retire", "taskdef.retire.confirm")
                .cancel(base + "/define").build());
        return "plan/authoring/task-definition-retire";
    }

    /** 삭제 (a draft's task nobody has worked on) asks first; any other task is refused on the page, with 중단 named. */
    @GetMapping("/{taskId}/delete")
    String confirmDelete(@PathVariable Long planId, @PathVariable Long taskId, CurrentUser user, Model model) {
        TaskDefinitionQueries.Page page = queries.task(planId, taskId, user);
        Task task = page.task();
        String base = "/plans/" + planId + "/tasks/" + taskId;
        Confirmation.Builder confirmation = Confirmation.of("tasks",
                        messages.get("taskdef.delete.title", task.getCode(), task.getTitle()))
                .lead(messages.get("taskdef.delete.lead"))
                .consequence(messages.get("taskdef.delete.gone", page.detail().milestones().size(),
                        page.detail().kpis().size()))
                .consequence(messages.get("taskdef.delete.history"))
                .post(base + "/delete", "taskdef.delete.confirm")
                .field("version", task.getVersion())
                .cancel(base + "/define");
        if (!page.deletable()) {
            confirmation.blocked(messages.get("taskdef.delete.notAllowed", task.getCode()));
        }
        model.addAttribute("plan", page.plan());
        model.addAttribute("confirmation", confirmation.build());
        return "confirm";
    }

    @PostMapping("/{taskId}/delete")
    String delete(@PathVariable Long planId, @PathVariable Long taskId, @RequestParam Long version,
                  @RequestParam(defaultValue = "false") boolean confirm, CurrentUser user,
                  RedirectAttributes redirect) {
        if (!confirm) {
            queries.taskOf(planId, taskId, user);
            return "redirect:/plans/" + planId + "/tasks/" + taskId + "/delete";
        }
        String label = editing.delete(planId, taskId, version, user);
        redirect.addFlashAttribute("saved", messages.get("taskdef.flash.deleted", label));
        return "redirect:/plans/" + planId + "/tasks";
    }

    /** The new-task or definition page; the definition form of the saved task when none is in the model yet. */
    static String page(TaskDefinitionQueries.Page page, Model model) {
        if (!model.containsAttribute("form") && page.task() != null) {
            model.addAttribute("form", TaskDefinitionForm.of(page.task(), page.detail().collaboratingDepartments()));
        }
        model.addAttribute("plan", page.plan());
        model.addAttribute("page", page);
        model.addAttribute("task", page.task());
        if (!model.containsAttribute("kpiRemoval")) {
            model.addAttribute("kpiRemoval", new KpiRemovalForm());
        }
        return PAGE;
    }

    /** The definition page for a failed KPI removal: the same page, the refusal beside that KPI's button. */
    static String removalRefused(TaskDefinitionQueries.Page page, Model model, Long kpiId, BindingResult binding) {
        model.addAttribute("removingKpiId", kpiId);
        model.addAttribute("removalErrors", binding.getAllErrors().stream()
                .map(org.springframework.context.support.DefaultMessageSourceResolvable::getDefaultMessage).toList());
        return page(page, model);
    }
}
