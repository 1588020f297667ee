package kr.innotrack.organization;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
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

/** 부서 통합·분리 for planning admins (the security configuration keeps /admin/** to them; the commands check too). */
@Controller
@RequestMapping("/admin/departments")
@RequiredArgsConstructor
class ReorganisationController {

    private final DepartmentService queries;
    private final ReorganisationRules rules;
    private final ReorganisationCommands commands;
    private final FormSubmission submissions;
    private final Messages messages;

    @GetMapping("/merge")
    String mergeForm(CurrentUser admin, Model model) {
        DepartmentMergeForm form = new DepartmentMergeForm();
        form.setVersion(queries.treeVersion(admin.organizationId()));
        model.addAttribute("form", form);
        return mergePage(admin, model);
    }

    @PostMapping("/merge")
    String merge(@Valid @ModelAttribute("form") DepartmentMergeForm form, BindingResult binding, CurrentUser admin,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        form.departmentNames(() -> queries.departmentNames(admin.organizationId()));
        return submissions.of(form, binding, model, response)
                .page(() -> mergePage(admin, model))
                .current(() -> current(form, admin))
                .check(() -> rules.checkMerge(form.toCommand(), admin))
                .saveReturning(() -> commands.merge(form.toCommand(), admin))
                .then(successor -> {
                    redirect.addFlashAttribute("saved", messages.get("reorg.flash.merged", successor));
                    return "redirect:/admin/departments";
                });
    }

    @GetMapping("/{id}/split")
    String splitForm(@PathVariable Long id, CurrentUser admin, Model model) {
        DepartmentService.Editable department = queries.editable(id, admin);
        model.addAttribute("form", DepartmentSplitForm.empty(department.version()));
        return splitPage(department, admin, model);
    }

    @PostMapping("/{id}/split")
    String split(@PathVariable Long id, @Valid @ModelAttribute("form") DepartmentSplitForm form,
                 BindingResult binding, CurrentUser admin, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        DepartmentService.Editable department = queries.editable(id, admin);
        form.departmentNames(() -> queries.departmentNames(admin.organizationId()));
        return submissions.of(form, binding, model, response)
                .page(() -> {
                    form.fill();
                    return splitPage(queries.editable(id, admin), admin, model);
                })
                .current(() -> {
                    DepartmentSplitForm saved = DepartmentSplitForm.empty(queries.editable(id, admin).version());
                    saved.setEffectiveOn(department.closedOn());
                    return saved.departmentNames(() -> queries.departmentNames(admin.organizationId()));
                })
                .check(() -> rules.checkSplit(id, form.toCommand(), admin))
                .saveReturning(() -> commands.split(id, form.toCommand(), admin))
                .then(name -> {
                    redirect.addFlashAttribute("saved", messages.get("reorg.flash.split", name));
                    return "redirect:/admin/departments";
                });
    }

    /** The tree as saved now, for the conflict view: the same choices with the departments' names of now. */
    private DepartmentMergeForm current(DepartmentMergeForm own, CurrentUser admin) {
        DepartmentMergeForm saved = new DepartmentMergeForm();
        saved.setVersion(queries.treeVersion(admin.organizationId()));
        List<Long> open = queries.openDepartmentsOf(admin.organizationId()).stream().map(Department::getId).toList();
        saved.setDepartmentIds(own.getDepartmentIds() == null ? List.of()
                : own.getDepartmentIds().stream().filter(open::contains).toList());
        return saved.departmentNames(() -> queries.departmentNames(admin.organizationId()));
    }

    private String mergePage(CurrentUser admin, Model model) {
        model.addAttribute("departments", queries.openDepartmentsOf(admin.organizationId()));
        return "organization/department-merge";
    }

    private String splitPage(DepartmentService.Editable department, CurrentUser admin, Model model) {
        model.addAttribute("department", department);
        model.addAttribute("others", queries.openDepartmentsOf(admin.organizationId()).stream()
                .filter(d -> !d.getId().equals(department.id())).toList());
        model.addAttribute("people", rules.peopleOf(admin.organizationId(), department.id()));
        model.addAttribute("tasks", rules.openTasksOf(admin.organizationId(), department.id()));
        model.addAttribute("rows", java.util.stream.IntStream.range(0, DepartmentSplitForm.ROWS).boxed().toList());
        return "organization/department-split";
    }
}
