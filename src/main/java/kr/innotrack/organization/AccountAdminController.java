package kr.innotrack.organization;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import kr.innotrack.history.HistoryGroup;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.Role;
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

/** Account management for planning admins (the security configuration keeps /admin/** to them). */
@Controller
@RequestMapping("/admin/accounts")
@RequiredArgsConstructor
class AccountAdminController {

    private final AccountQueries queries;
    private final AccountCommands commands;
    private final DepartmentService departments;
    private final ApiTokens tokens;
    private final SignedInSession session;
    private final FormSubmission submissions;
    private final Messages messages;

    @GetMapping
    String list(CurrentUser admin, Model model) {
        AccountQueries.AccountsPage page = queries.listPage(admin);
        model.addAttribute("accounts", page.accounts());
        model.addAttribute("locked", page.locked());
        model.addAttribute("organization", page.organization());
        return "organization/accounts";
    }

    @GetMapping("/new")
    String newAccount(CurrentUser admin, Model model) {
        AccountForm form = new AccountForm();
        form.setRole(Role.DEPARTMENT_OFFICER);
        model.addAttribute("form", form);
        return form(admin, null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult binding, CurrentUser admin,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return submissions.of(form, binding, model, response)
                .page(() -> {
                    form.clearPasswords();
                    return form(admin, null, model);
                })
                .saveReturning(() -> commands.create(form.toCreate(), admin))
                .then(created -> {
                    redirect.addFlashAttribute("saved", messages.get("account.flash.created", created.getUsername()));
                    return created.isService() ? "redirect:/admin/accounts/" + created.getId() + "#tokens"
                            : "redirect:/admin/accounts";
                });
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, CurrentUser admin, Model model) {
        Account account = queries.get(id, admin);
        model.addAttribute("form", AccountForm.of(account));
        return form(admin, account, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult binding,
                  CurrentUser admin, Model model, HttpServletRequest request, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Account account = queries.get(id, admin);
        form.setUsername(account.getUsername());
        form.departmentNames(() -> departments.departmentNames(admin.organizationId()));
        return submissions.of(form, binding, model, response)
                .page(() -> form(admin, queries.get(id, admin), model))
                .current(() -> AccountForm.of(queries.get(id, admin))
                        .departmentNames(() -> departments.departmentNames(admin.organizationId())))
                .saveReturning(() -> commands.update(id, form.toUpdate(), admin))
                .then(username -> {
                    if (id.equals(admin.accountId())) {
                        session.refresh(id, request, response); // an admin's own change keeps this session going
                    }
                    redirect.addFlashAttribute("saved", messages.get("account.flash.saved", username));
                    return "redirect:/admin/accounts";
                });
    }

    /** A stale version answers 409 with the account as it is now and a note above the password form. */
    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable Long id, @RequestParam Long version,
                         @Valid @ModelAttribute("passwordForm") PasswordForm passwordForm, BindingResult binding,
                         CurrentUser admin, Model model, HttpServletRequest request, HttpServletResponse response,
                         RedirectAttributes redirect) {
        queries.resettable(id, admin);
        return submissions.of(passwordForm, binding, model, response)
                .page(() -> passwordPage(id, passwordForm, admin, model))
                .conflictPage(() -> {
                    model.addAttribute("passwordConflict", true);
                    return passwordPage(id, passwordForm, admin, model);
                })
                .saveReturning(() -> commands.resetPassword(id, version, passwordForm.getPassword(), admin))
                .then(username -> {
                    if (id.equals(admin.accountId())) {
                        session.refresh(id, request, response);
                    }
                    redirect.addFlashAttribute("saved", messages.get("account.flash.passwordReset", username));
                    return "redirect:/admin/accounts";
                });
    }

    private String passwordPage(Long id, PasswordForm passwordForm, CurrentUser admin, Model model) {
        Account current = queries.get(id, admin);
        passwordForm.clear();
        model.addAttribute("form", AccountForm.of(current));
        return form(admin, current, model);
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable Long id, CurrentUser admin, RedirectAttributes redirect) {
        String username = commands.unlock(id, admin);
        redirect.addFlashAttribute("saved", messages.get("account.flash.unlocked", username));
        return "redirect:/admin/accounts";
    }

    /** A token for a service account (a person makes their own on 내 계정). */
    @PostMapping("/{id}/tokens")
    String createToken(@PathVariable Long id, @Valid @ModelAttribute("tokenForm") TokenForm tokenForm,
                       BindingResult binding, CurrentUser admin, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        Account account = queries.get(id, admin);
        return submissions.of(tokenForm, binding, model, response)
                .page(() -> {
                    model.addAttribute("form", AccountForm.of(account));
                    return form(admin, account, model);
                })
                .saveReturning(() -> tokens.issueForService(id, tokenForm.getName(), tokenForm.getDays(), admin))
                .then(issued -> {
                    redirect.addFlashAttribute("newToken", issued.token());
                    redirect.addFlashAttribute("saved", messages.get("token.flash.created", tokenForm.getName()));
                    return "redirect:/admin/accounts/" + id + "#tokens";
                });
    }

    @PostMapping("/{id}/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable Long id, @PathVariable Long tokenId, CurrentUser admin, RedirectAttributes redirect) {
        commands.revokeToken(id, tokenId, admin);
        redirect.addFlashAttribute("saved", messages.get("token.flash.revoked"));
        return "redirect:/admin/accounts/" + id + "#tokens";
    }

    private String form(CurrentUser admin, Account account, Model model) {
        model.addAttribute("account", account);
        if (account != null) {
            model.addAttribute("tokens", tokens.of(account.getId()));
            model.addAttribute("now", tokens.now());
            model.addAttribute("lifetimes", ApiTokens.LIFETIMES_DAYS);
            if (!model.containsAttribute("tokenForm")) {
                model.addAttribute("tokenForm", new TokenForm());
            }
        }
        model.addAttribute("departments", departments.openDepartmentsOf(admin.organizationId()));
        model.addAttribute("roles", Role.withinOrganization());
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm());
        }
        if (account != null) {
            model.addAttribute("history", HistoryGroup.of(queries.history(account.getId(), admin)));
        }
        return "organization/account-form";
    }
}
