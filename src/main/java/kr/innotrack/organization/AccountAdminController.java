package kr.innotrack.organization;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import kr.innotrack.shared.web.Conflicts;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Role;
import kr.innotrack.shared.StaleEditException;
import org.springframework.dao.DataIntegrityViolationException;
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
    private final ApiTokens tokens;
    private final SignedInSession session;

    AccountAdminController(AccountService accounts, DepartmentService departments, ApiTokens tokens,
                           SignedInSession session) {
        this.accounts = accounts;
        this.departments = departments;
        this.tokens = tokens;
        this.session = session;
    }

    @GetMapping
    String list(CurrentUser admin, Model model) {
        var list = accounts.list(admin);
        model.addAttribute("accounts", list);
        model.addAttribute("locked", accounts.locked(list, admin));
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
        Account created;
        try {
            created = accounts.create(form, admin);
        } catch (DataIntegrityViolationException e) {
            if (!Conflicts.isDuplicate(e)) {
                throw e;
            }
            // another admin took the username a moment ago
            binding.rejectValue("username", "account.username.unavailable");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            form.setPassword(null);
            form.setPasswordConfirm(null);
            return form(admin, null, model);
        }
        redirect.addFlashAttribute("saved", "계정 " + created.getUsername() + "을(를) 만들었습니다.");
        return created.isService() ? "redirect:/admin/accounts/" + created.getId() + "#tokens" : "redirect:/admin/accounts";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, CurrentUser admin, Model model) {
        Account account = accounts.get(id, admin);
        model.addAttribute("form", AccountForm.of(account));
        return form(admin, account, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult binding,
                  CurrentUser admin, Model model, HttpServletRequest request, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Account account = accounts.get(id, admin);
        form.setUsername(account.getUsername());
        accounts.validate(form, false, admin, id, binding);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(admin, account, model);
        }
        try {
            accounts.update(id, form, admin);
        } catch (RuntimeException e) {
            Conflicts.unlessLostRace(e);
            Account current = accounts.get(id, admin);
            var names = accounts.departmentNames(admin.organizationId());
            Conflicts.show(model, response, AccountForm.of(current).describe(names), form.describe(names));
            form.setVersion(current.getVersion());
            return form(admin, current, model);
        }
        if (id.equals(admin.accountId())) {
            session.refresh(id, request, response); // an admin's own change keeps this session going
        }
        redirect.addFlashAttribute("saved", "계정 " + account.getUsername() + "을(를) 저장했습니다.");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable Long id, @RequestParam Long version, @ModelAttribute("passwordForm") PasswordForm passwordForm,
                         BindingResult binding, CurrentUser admin, Model model, HttpServletRequest request,
                         HttpServletResponse response, RedirectAttributes redirect) {
        Account account = accounts.get(id, admin);
        if (account.isService()) {
            throw new NotAllowedNow("서비스 계정은 비밀번호가 없습니다. API 토큰을 쓰세요.");
        }
        accounts.validatePassword(id, passwordForm.getPassword(), passwordForm.getPasswordConfirm(), admin, binding);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            passwordForm.setPassword(null);
            passwordForm.setPasswordConfirm(null);
            model.addAttribute("form", AccountForm.of(account));
            return form(admin, account, model);
        }
        try {
            accounts.resetPassword(id, version, passwordForm.getPassword(), admin);
            if (id.equals(admin.accountId())) {
                session.refresh(id, request, response);
            }
        } catch (RuntimeException e) {
            Conflicts.unlessLostRace(e);
            response.setStatus(HttpStatus.CONFLICT.value());
            Account current = accounts.get(id, admin);
            model.addAttribute("form", AccountForm.of(current));
            model.addAttribute("passwordConflict", true);
            return form(admin, current, model);
        }
        redirect.addFlashAttribute("saved", "계정 " + account.getUsername() + "의 비밀번호를 재설정했습니다.");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable Long id, CurrentUser admin, RedirectAttributes redirect) {
        accounts.unlock(id, admin);
        redirect.addFlashAttribute("saved", "계정 " + accounts.get(id, admin).getUsername() + "의 로그인 잠금을 풀었습니다.");
        return "redirect:/admin/accounts";
    }

    /** A token for a service account (a person makes their own on 내 계정). */
    @PostMapping("/{id}/tokens")
    String createToken(@PathVariable Long id, @Valid @ModelAttribute("tokenForm") TokenForm tokenForm,
                       BindingResult binding, CurrentUser admin, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        Account account = accounts.get(id, admin);
        tokenForm.validate(binding);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("form", AccountForm.of(account));
            return form(admin, account, model);
        }
        ApiTokens.Issued issued = tokens.issueForService(id, tokenForm.getName(), tokenForm.getDays(), admin);
        redirect.addFlashAttribute("newToken", issued.token());
        redirect.addFlashAttribute("saved", "API 토큰 ‘" + tokenForm.getName() + "’을(를) 만들었습니다. 아래 값은 지금 한 번만 보입니다.");
        return "redirect:/admin/accounts/" + id + "#tokens";
    }

    @PostMapping("/{id}/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable Long id, @PathVariable Long tokenId, CurrentUser admin, RedirectAttributes redirect) {
        accounts.get(id, admin);
        if (tokens.of(id).stream().noneMatch(t -> t.id() == tokenId)) {
            throw new kr.innotrack.shared.NotFoundException("API 토큰", tokenId);
        }
        tokens.revoke(tokenId, admin);
        redirect.addFlashAttribute("saved", "API 토큰을 폐기했습니다.");
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

        @kr.innotrack.shared.text.RawText
        private String password;
        @kr.innotrack.shared.text.RawText
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
