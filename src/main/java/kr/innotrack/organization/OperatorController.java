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

/** The operator's pages (the security configuration keeps /operator/** to the operator). */
@Controller
@RequestMapping("/operator/organizations")
@RequiredArgsConstructor
class OperatorController {

    private final OrganizationQueries queries;
    private final OrganizationCommands commands;
    private final FormSubmission submissions;
    private final Messages messages;

    @GetMapping
    String list(CurrentUser operator, Model model) {
        model.addAttribute("organizations", queries.list(operator));
        return "organization/operator-organizations";
    }

    @GetMapping("/new")
    String newOrganization(Model model) {
        OrganizationForm form = new OrganizationForm();
        form.setKind(OrganizationKind.BASIC);
        model.addAttribute("form", form);
        return formPage(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") OrganizationForm form, BindingResult binding, CurrentUser operator,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return submissions.of(form, binding, model, response)
                .page(() -> {
                    form.clearPasswords();
                    return formPage(model);
                })
                .saveReturning(() -> commands.create(form.toCommand(), operator))
                .then(created -> {
                    redirect.addFlashAttribute("saved", messages.get("organization.flash.created", created.getName(),
                            form.getAdminUsername()));
                    return "redirect:/operator/organizations";
                });
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@PathVariable Long id, @RequestParam boolean enabled, CurrentUser operator,
                      RedirectAttributes redirect) {
        String name = commands.setEnabled(id, enabled, operator);
        redirect.addFlashAttribute("saved", messages.get(enabled ? "organization.flash.enabled"
                : "organization.flash.disabled", name));
        return "redirect:/operator/organizations";
    }

    private String formPage(Model model) {
        model.addAttribute("kinds", OrganizationKind.values());
        return "organization/operator-organization-form";
    }
}
