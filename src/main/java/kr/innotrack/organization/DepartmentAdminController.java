package kr.innotrack.organization;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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

/** Department management for planning admins (the security configuration keeps /admin/** to them). */
@Controller
@RequestMapping("/admin/departments")
@RequiredArgsConstructor
class DepartmentAdminController {

    private final DepartmentService queries;
    private final DepartmentCommands commands;
    private final FormSubmission submissions;
    private final Messages messages;

    @GetMapping
    String list(CurrentUser admin, Model model) {
        model.addAttribute("page", queries.adminPage(admin));
        return "organization/admin-departments";
    }

    @GetMapping("/new")
    String newDepartment(@RequestParam(required = false) Long parentId, CurrentUser admin, Model model) {
        DepartmentForm form = new DepartmentForm();
        form.setParentId(parentId);
        model.addAttribute("form", form);
        return formPage(null, admin, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") DepartmentForm form, BindingResult binding, CurrentUser admin,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return submissions.of(form, binding, model, response)
                .page(() -> formPage(null, admin, model))
                .check(() -> queries.checkPlace(form.getName(), form.getParentId(), null, admin))
                .saveReturning(() -> commands.create(form.toCommand(), admin))
                .then(created -> {
                    redirect.addFlashAttribute("saved", messages.get("department.flash.created", created.getName()));
                    return "redirect:/admin/departments";
                });
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, CurrentUser admin, Model model) {
        DepartmentService.Editable saved = queries.editable(id, admin);
        model.addAttribute("form", DepartmentForm.of(saved));
        return formPage(saved, admin, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") DepartmentForm form, BindingResult binding,
                  CurrentUser admin, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return submissions.of(form, binding, model, response)
                .page(() -> formPage(queries.editable(id, admin), admin, model))
                .current(() -> DepartmentForm.of(queries.editable(id, admin)).departmentNames(() -> queries.departmentNames(admin.organizationId())))
                .check(() -> queries.checkPlace(form.getName(), form.getParentId(), id, admin))
                .saveReturning(() -> commands.update(id, form.departmentNames(() -> queries.departmentNames(admin.organizationId())).toCommand(), admin))
                .then(name -> {
                    redirect.addFlashAttribute("saved", messages.get("department.flash.saved", name));
                    return "redirect:/admin/departments";
                });
    }

    /** A refusal (people or units still in it, a day outside the range) shows beside the close form. */
    @PostMapping("/{id}/close")
    String close(@PathVariable Long id, @ModelAttribute("closeForm") DepartmentCloseForm closeForm,
                 BindingResult binding, CurrentUser admin, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        return submissions.of(closeForm, binding, model, response)
                .page(() -> {
                    DepartmentService.Editable department = queries.editable(id, admin);
                    model.addAttribute("form", DepartmentForm.of(department));
                    return formPage(department, admin, model);
                })
                .saveReturning(() -> commands.close(id, closeForm.getVersion(), closeForm.getClosedOn(), admin))
                .then(name -> {
                    redirect.addFlashAttribute("saved", messages.get("department.flash.closed", name));
                    return "redirect:/admin/departments";
                });
    }

    @PostMapping("/{id}/reopen")
    String reopen(@PathVariable Long id, @RequestParam Long version, CurrentUser admin, RedirectAttributes redirect) {
        String name = commands.reopen(id, version, admin);
        redirect.addFlashAttribute("saved", messages.get("department.flash.reopened", name));
        return "redirect:/admin/departments";
    }

    private String formPage(DepartmentService.Editable saved, CurrentUser admin, Model model) {
        model.addAttribute("department", saved);
        if (!model.containsAttribute("closeForm")) {
            model.addAttribute("closeForm", new DepartmentCloseForm());
        }
        model.addAttribute("parents", queries.openDepartmentsOf(admin.organizationId()).stream()
                .filter(d -> saved == null || !d.getId().equals(saved.id())).toList());
        return "organization/department-form";
    }
}
