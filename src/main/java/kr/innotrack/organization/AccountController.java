package kr.innotrack.organization;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import kr.innotrack.security.SecurityEvents;
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
 * 내 계정: the signed-in person's own account — their password, their other sessions, their API tokens and their
 * latest sign-ins.
 */
@Controller
@RequestMapping("/account")
@RequiredArgsConstructor
class AccountController {

    private final AccountQueries queries;
    private final AccountCommands commands;
    private final ApiTokens tokens;
    private final SignedInSession session;
    private final SecurityEvents events;
    private final FormSubmission submissions;
    private final Messages messages;

    @GetMapping
    String page(CurrentUser me, Model model) {
        return page(me, model, new OwnPasswordForm(), new TokenForm());
    }

    /** 알림 메일: the address and the choice of notice mails. */
    @PostMapping("/notice-mail")
    String changeNoticeMail(@ModelAttribute("noticeMailForm") NoticeMailForm form, BindingResult binding,
                            CurrentUser me, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return submissions.of(form, binding, model, response)
                .page(() -> page(me, model, new OwnPasswordForm(), new TokenForm()))
                .save(() -> commands.changeNoticeMail(me, form))
                .then(() -> {
                    redirect.addFlashAttribute("saved", messages.get("account.flash.noticeMailSaved"));
                    return "redirect:/account#notice-mail";
                });
    }

    @PostMapping("/password")
    String changePassword(@Valid @ModelAttribute("passwordForm") OwnPasswordForm form, BindingResult binding,
                          CurrentUser me, Model model, HttpServletRequest request, HttpServletResponse response,
                          RedirectAttributes redirect) {
        return submissions.of(form, binding, model, response)
                .page(() -> {
                    form.clear();
                    return page(me, model, form, new TokenForm());
                })
                .save(() -> commands.changeOwnPassword(me, form.getCurrentPassword(), form.getPassword()))
                .then(() -> {
                    session.refresh(me.accountId(), request, response);
                    redirect.addFlashAttribute("saved", messages.get("account.flash.passwordChanged"));
                    return "redirect:/account";
                });
    }

    @PostMapping("/sessions/end-others")
    String endOtherSessions(CurrentUser me, HttpServletRequest request, HttpServletResponse response,
                            RedirectAttributes redirect) {
        commands.endOtherSessions(me);
        session.refresh(me.accountId(), request, response);
        redirect.addFlashAttribute("saved", messages.get("account.flash.otherSessionsEnded"));
        return "redirect:/account";
    }

    @PostMapping("/tokens")
    String createToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult binding, CurrentUser me,
                       Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return submissions.of(form, binding, model, response)
                .page(() -> page(me, model, new OwnPasswordForm(), form))
                .saveReturning(() -> tokens.issueOwn(me, form.getName(), form.getDays()))
                .then(issued -> {
                    redirect.addFlashAttribute("newToken", issued.token());
                    redirect.addFlashAttribute("saved", messages.get("token.flash.created", form.getName()));
                    return "redirect:/account#tokens";
                });
    }

    @PostMapping("/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable Long tokenId, CurrentUser me, RedirectAttributes redirect) {
        tokens.revoke(tokenId, me);
        redirect.addFlashAttribute("saved", messages.get("token.flash.revokedOwn"));
        return "redirect:/account#tokens";
    }

    private String page(CurrentUser me, Model model, OwnPasswordForm passwordForm, TokenForm tokenForm) {
        Account account = queries.own(me);
        model.addAttribute("account", account);
        model.addAttribute("passwordForm", passwordForm);
        model.addAttribute("tokenForm", tokenForm);
        if (!model.containsAttribute("noticeMailForm")) {
            // the POST's own form (with its errors) stays; replacing it would drop its binding result
            model.addAttribute("noticeMailForm", NoticeMailForm.of(account));
        }
        model.addAttribute("noticeMailChoices", NoticeMailChoice.values());
        model.addAttribute("tokens", tokens.of(me.accountId()));
        model.addAttribute("lifetimes", ApiTokens.LIFETIMES_DAYS);
        model.addAttribute("now", tokens.now());
        model.addAttribute("events", events.ofAccount(me.accountId(), 10));
        return "organization/my-account";
    }
}
