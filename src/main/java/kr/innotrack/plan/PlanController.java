package kr.innotrack.plan;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.stream.Collectors;
import kr.innotrack.document.FileDownload;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.DataVersioned.Scope;
import kr.innotrack.shared.DataVersioned;
import kr.innotrack.shared.web.FormSubmission;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

@Controller
@RequiredArgsConstructor
class PlanController {

    private final PlanQueries plans;
    private final TaskQueries tasks;
    private final FormSubmission submissions;
    private final kr.innotrack.organization.DepartmentService departments;
    private final TaskSpreadsheets spreadsheets;
    private final kr.innotrack.evidence.EvidenceQueries evidence;
    private final kr.innotrack.shared.Messages messages;

    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        model.addAttribute("plans", plans.summaries(user));
        return "plan/plans";
    }

    /** {@code ?date=2021-06-30}: the overview as at that day (moved into the plan year); a date that is none: 400. */
    @GetMapping("/plans/{planId}")
    @DataVersioned(Scope.PLAN)
    String overview(@PathVariable Long planId, @ModelAttribute("dateForm") OverviewForm form, BindingResult binding,
                    CurrentUser user, Model model, HttpServletResponse response) {
        Plan plan = plans.plan(planId, user.organizationId());
        return submissions.of(form, binding, model, response)
                .page(() -> overview(plan, null, model))
                .save(() -> { })
                .then(() -> overview(plan, form.getDate(), model));
    }

    private String overview(Plan plan, java.time.LocalDate date, Model model) {
        PlanOverview overview = plans.overview(plan, date);
        model.addAttribute("overview", overview);
        model.addAttribute("plan", overview.plan());
        return "plan/overview";
    }

    @GetMapping("/plans/{planId}/tasks")
    @DataVersioned(Scope.PLAN)
    String tasks(@PathVariable Long planId, @Valid @ModelAttribute("filter") TaskFilter filter,
                 BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                 @RequestHeader(value = "HX-Request", required = false) String htmx) {
        Plan plan = plans.plan(planId, user.organizationId());
        String view = htmx != null ? "plan/tasks :: results" : "plan/tasks";
        // bad filter values answer 400 and are left out of the search
        return submissions.of(filter, binding, model, response)
                .page(() -> taskList(plan, filter.withoutInvalid(binding.getFieldErrors().stream()
                        .map(FieldError::getField).collect(Collectors.toSet())), model, view))
                .save(() -> { })
                .then(() -> taskList(plan, filter, model, view));
    }

    private String taskList(Plan plan, TaskFilter filter, Model model, String view) {
        model.addAttribute("plan", plan);
        TaskQueries.TaskList list = tasks.list(plan, filter);
        model.addAttribute("rows", list.rows());
        model.addAttribute("statusDate", tasks.statusDate(plan));
        model.addAttribute("nodes", plans.nodes(plan.getId()));
        model.addAttribute("departments", list.departments());
        // a plan of an earlier year shows the department names of that year
        model.addAttribute("departmentNames", departments.namesInYear(plan.getOrganization().getId(), plan.getPlanYear()));
        model.addAttribute("statuses", MilestoneStatus.values());
        return view;
    }

    /** The task list as .xlsx, with the page's filter and sort; a filter value the page refuses: 400. */
    @GetMapping("/plans/{planId}/tasks.xlsx")
    ResponseEntity<byte[]> tasksXlsx(@PathVariable Long planId, @Valid @ModelAttribute("filter") TaskFilter filter,
                                     BindingResult binding, CurrentUser user) {
        Plan plan = plans.plan(planId, user.organizationId());
        if (binding.hasErrors()) {
            throw new kr.innotrack.shared.web.RejectedInput(binding.getFieldErrors().get(0).getField(), "xlsx.error.filter");
        }
        byte[] content = spreadsheets.taskList(plan, filter,
                departments.namesInYear(plan.getOrganization().getId(), plan.getPlanYear()));
        return FileDownload.xlsx("tasks-" + planId + ".xlsx", messages.get("file.tasks.xlsx", plan.getPlanYear()), content);
    }

    /** The plan's full task sheet (every field; milestones and KPIs with actuals on their own sheets). */
    @GetMapping("/plans/{planId}/task-sheet.xlsx")
    ResponseEntity<byte[]> taskSheetXlsx(@PathVariable Long planId, CurrentUser user) {
        Plan plan = plans.plan(planId, user.organizationId());
        return FileDownload.xlsx("task-sheet-" + planId + ".xlsx", messages.get("file.taskSheet.xlsx", plan.getPlanYear()),
                spreadsheets.fullSheet(plan));
    }

    @GetMapping("/plans/{planId}/tasks/{taskId}")
    @DataVersioned(Scope.PLAN)
    String task(@PathVariable Long planId, @PathVariable Long taskId, CurrentUser user, Model model) {
        TaskQueries.TaskPage page = tasks.taskPage(planId, taskId, user);
        model.addAttribute("detail", page.detail());
        model.addAttribute("plan", page.detail().task().getPlan());
        model.addAttribute("canEdit", page.canEdit());
        model.addAttribute("history", page.history());
        Plan plan = page.detail().task().getPlan();
        model.addAttribute("departmentNames", departments.namesInYear(plan.getOrganization().getId(), plan.getPlanYear()));
        model.addAttribute("earlierYears", page.earlierYears());
        model.addAttribute("milestoneEvidence", evidence.byOwner(kr.innotrack.evidence.OwnerKind.MILESTONE,
                page.detail().milestones().stream().map(v -> v.milestone().getId()).toList()));
        return "plan/task";
    }

    @GetMapping("/my/tasks")
    @DataVersioned(Scope.ORGANIZATION)
    String myTasks(CurrentUser user, Model model) {
        model.addAttribute("my", tasks.myTasks(user));
        return "plan/my-tasks";
    }
}
