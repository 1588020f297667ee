package kr.innotrack.portal;

import java.util.List;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.web.Confirmation;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 공개 관리 ({@code /publication}, planning admins): the organization's plans and closed rounds with their publication
 * state, 공개 and 공개 취소 (withdrawing asks first on a confirmation page), the public address.
 */
@Controller
@RequiredArgsConstructor
class PublicationController {

    private final Publications publications;
    private final PublicationCommands commands;
    private final Messages messages;

    @GetMapping("/publication")
    String page(CurrentUser user, Model model) {
        AccessDeniedHere.unlessAdmin(user, "portal.act.manage");
        model.addAttribute("plans", publications.plans(user.organizationId()));
        model.addAttribute("rounds", publications.closedRounds(user.organizationId()));
        model.addAttribute("slug", publications.slug(user.organizationId()));
        return "portal/publication";
    }

    @PostMapping("/publication/plans/{planId}/publish")
    String publishPlan(@PathVariable Long planId, CurrentUser user, RedirectAttributes redirect) {
        commands.publishPlan(planId, user);
        redirect.addFlashAttribute("saved", messages.get("portal.flash.published"));
        return "redirect:/publication";
    }

    @GetMapping("/publication/plans/{planId}/withdraw")
    String confirmWithdrawPlan(@PathVariable Long planId, CurrentUser user, Model model) {
        AccessDeniedHere.unlessAdmin(user, "portal.act.withdraw");
        Publications.PlanState plan = commands.plan(planId, user);
        List<Publications.RoundState> rounds = commands.publishedRoundsOf(planId, user);
        Confirmation.Builder c = Confirmation.of("publication",
                        messages.get("portal.confirm.withdraw.title", commands.planLabel(plan)))
                .lead(messages.get("portal.confirm.withdraw.planLead"))
                .consequence(messages.get("portal.confirm.withdraw.history"))
                .cancel("/publication");
        rounds.forEach(r -> c.consequence(messages.get("portal.confirm.withdraw.round", commands.roundLabel(r))));
        if (!plan.published()) {
            c.blocked(messages.get("portal.confirm.withdraw.notPublished"));
        }
        model.addAttribute("confirmation", c.post("/publication/plans/" + planId + "/withdraw",
                messages.get("portal.act.withdraw")).build());
        return "confirm";
    }

    @PostMapping("/publication/plans/{planId}/withdraw")
    String withdrawPlan(@PathVariable Long planId, @RequestParam(defaultValue = "false") boolean confirm,
                        CurrentUser user, RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "portal.act.withdraw");
        if (!confirm) {
            commands.plan(planId, user);
            return "redirect:/publication/plans/" + planId + "/withdraw";
        }
        commands.withdrawPlan(planId, user);
        redirect.addFlashAttribute("saved", messages.get("portal.flash.withdrawn"));
        return "redirect:/publication";
    }

    @PostMapping("/publication/rounds/{roundId}/publish")
    String publishRound(@PathVariable Long roundId, CurrentUser user, RedirectAttributes redirect) {
        commands.publishRound(roundId, user);
        redirect.addFlashAttribute("saved", messages.get("portal.flash.published"));
        return "redirect:/publication";
    }

    @GetMapping("/publication/rounds/{roundId}/withdraw")
    String confirmWithdrawRound(@PathVariable Long roundId, CurrentUser user, Model model) {
        AccessDeniedHere.unlessAdmin(user, "portal.act.withdraw");
        Publications.RoundState round = commands.round(roundId, user);
        Confirmation.Builder c = Confirmation.of("publication",
                        messages.get("portal.confirm.withdraw.title", commands.roundLabel(round)))
                .lead(messages.get("portal.confirm.withdraw.roundLead"))
                .consequence(messages.get("portal.confirm.withdraw.history"))
                .cancel("/publication");
        if (!round.published()) {
            c.blocked(messages.get("portal.confirm.withdraw.notPublished"));
        }
        model.addAttribute("confirmation", c.post("/publication/rounds/" + roundId + "/withdraw",
                messages.get("portal.act.withdraw")).build());
        return "confirm";
    }

    @PostMapping("/publication/rounds/{roundId}/withdraw")
    String withdrawRound(@PathVariable Long roundId, @RequestParam(defaultValue = "false") boolean confirm,
                         CurrentUser user, RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "portal.act.withdraw");
        if (!confirm) {
            commands.round(roundId, user);
            return "redirect:/publication/rounds/" + roundId + "/withdraw";
        }
        commands.withdrawRound(roundId, user);
        redirect.addFlashAttribute("saved", messages.get("portal.flash.withdrawn"));
        return "redirect:/publication";
    }
}
