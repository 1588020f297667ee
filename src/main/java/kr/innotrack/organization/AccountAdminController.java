package kr.innotrack.organization;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import kr.innotrack.shared.Conflicts;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Role;
import kr.innotrack.shared.StaleEditException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
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
class AccountAdminController {

    private final AccountService accounts;
    private final DepartmentService departments;

    AccountAdminController(AccountService accounts, DepartmentService departments) {
        this.accounts = accounts;
        this.departments = departments;
    }

    @GetMapping
    String list(CurrentUser admin, Model model) {
        model.addAttribute("accounts", accounts.list(admin));
        model.addAttribute("organization", departments.organization(admin.organizationId(), admin.organizationId()));
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
        accounts.validate(form, true, admin, null, binding);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            form.setPassword(null);
            form.setPasswordConfirm(null);
            return form(admin, null, model);
        }
        Account created = accounts.create(form, admin);
        redirect.addFlashAttribute("saved", "계정 " + created.getUsername() + "을(를) 만들었습니다.");
        return "redirect:/admin/accounts";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, CurrentUser admin, Model model) {
        Account account = accounts.get(id, admin);
        model.addAttribute("form", AccountForm.of(account));
        return form(admin, account, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult binding,
                  CurrentUser admin, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Account account = accounts.get(id, admin);
        form.setUsername(account.getUsername());
        accounts.validate(form, false, admin, id, binding);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(admin, account, model);
        }
        try {
            accounts.update(id, form, admin);
        } catch (StaleEditException | OptimisticLockingFailureException e) {
            Account current = accounts.get(id, admin);
            var names = accounts.departmentNames(admin.organizationId());
            Conflicts.show(model, response, AccountForm.of(current).describe(names), form.describe(names));
            form.setVersion(current.getVersion());
            return form(admin, current, model);
        }
        redirect.addFlashAttribute("saved", "계정 " + account.getUsername() + "을(를) 저장했습니다.");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable Long id, @RequestParam Long version, @ModelAttribute("passwordForm") PasswordForm passwordForm,
                         BindingResult binding, CurrentUser admin, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        Account account = accounts.get(id, admin);
        AccountService.validatePassword(passwordForm.getPassword(), passwordForm.getPasswordConfirm(), binding);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("form", AccountForm.of(account));
            return form(admin, account, model);
        }
        try {
            accounts.resetPassword(id, version, passwordForm.getPassword(), admin);
        } catch (StaleEditException | OptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            Account current = accounts.get(id, admin);
            model.addAttribute("form", AccountForm.of(current));
            model.addAttribute("passwordConflict", true);
            return form(admin, current, model);
        }
        redirect.addFlashAttribute("saved", "계정 " + account.getUsername() + "의 비밀번호를 재설정했습니다.");
        return "redirect:/admin/accounts";
    }

    private String form(CurrentUser admin, Account account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("departments", departments.departmentsOf(admin.organizationId()));
        model.addAttribute("roles", Role.values());
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm());
        }
        if (account != null) {
            model.addAttribute("history", kr.innotrack.history.HistoryGroup.of(accounts.history(account.getId(), admin)));
        }
        return "organization/account-form";
    }

    /** Resetting a password: typed twice. */
    public static class PasswordForm {

        private String password;
        private String passwordConfirm;

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getPasswordConfirm() {
            return passwordConfirm;
        }

        public void setPasswordConfirm(String passwordConfirm) {
            this.passwordConfirm = passwordConfirm;
        }
    }
}
