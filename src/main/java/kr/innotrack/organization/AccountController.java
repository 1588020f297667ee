package kr.innotrack.organization;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import kr.innotrack.security.SecurityEvents;
import kr.innotrack.shared.CurrentUser;
import org.springframework.http.HttpStatus;
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
 * 내 계정: the signed-in person's own account — their password, their other sessions, their API tokens and their
 * latest sign-ins.
 */
@Controller
@RequestMapping("/account")
class AccountController {

    private final AccountService accounts;
    private final ApiTokens tokens;
    private final SignedInSession session;
    private final SecurityEvents events;

    AccountController(AccountService accounts, ApiTokens tokens, SignedInSession session, SecurityEvents events) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.session = session;
        this.events = events;
    }

    @GetMapping
    String page(CurrentUser me, Model model) {
        return page(me, model, new OwnPasswordForm(), new TokenForm());
    }

    @PostMapping("/password")
    String changePassword(@ModelAttribute("passwordForm") OwnPasswordForm form, BindingResult binding, CurrentUser me,
                          Model model, HttpServletRequest request, HttpServletResponse response,
                          RedirectAttributes redirect) {
        accounts.validateOwnPassword(me, form.getCurrentPassword(), form.getPassword(), form.getPasswordConfirm(),
                binding);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            form.clear();
            return page(me, model, form, new TokenForm());
        }
        accounts.changeOwnPassword(me, form.getPassword());
        session.refresh(me.accountId(), request, response);
        redirect.addFlashAttribute("saved", "비밀번호를 바꿨습니다. 다른 곳에서 로그인된 세션은 모두 끝났습니다.");
        return "redirect:/account";
    }

    @PostMapping("/sessions/end-others")
    String endOtherSessions(CurrentUser me, HttpServletRequest request, HttpServletResponse response,
                            RedirectAttributes redirect) {
        accounts.endOtherSessions(me);
        session.refresh(me.accountId(), request, response);
        redirect.addFlashAttribute("saved", "이 화면을 뺀 다른 모든 세션을 끝냈습니다. 다른 기기에서는 다시 로그인해야 합니다.");
        return "redirect:/account";
    }

    @PostMapping("/tokens")
    String createToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult binding, CurrentUser me,
                       Model model, HttpServletResponse response, RedirectAttributes redirect) {
        form.validate(binding);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(me, model, new OwnPasswordForm(), form);
        }
        ApiTokens.Issued issued = tokens.issueOwn(me, form.getName(), form.getDays());
        redirect.addFlashAttribute("newToken", issued.token());
        redirect.addFlashAttribute("saved", "API 토큰 ‘" + form.getName() + "’을(를) 만들었습니다. 아래 값은 지금 한 번만 보입니다.");
        return "redirect:/account#tokens";
    }

    @PostMapping("/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable Long tokenId, CurrentUser me, RedirectAttributes redirect) {
        tokens.revoke(tokenId, me);
        redirect.addFlashAttribute("saved", "API 토큰을 폐기했습니다. 이 토큰으로는 더 이상 API를 쓸 수 없습니다.");
        return "redirect:/account#tokens";
    }

    private String page(CurrentUser me, Model model, OwnPasswordForm passwordForm, TokenForm tokenForm) {
        Account account = accounts.own(me);
        model.addAttribute("account", account);
        model.addAttribute("passwordForm", passwordForm);
        model.addAttribute("tokenForm", tokenForm);
        model.addAttribute("tokens", tokens.of(me.accountId()));
        model.addAttribute("lifetimes", ApiTokens.LIFETIMES_DAYS);
        model.addAttribute("now", tokens.now());
        model.addAttribute("events", events.ofAccount(me.accountId(), 10));
        return "organization/my-account";
    }
}
