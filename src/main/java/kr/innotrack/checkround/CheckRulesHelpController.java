package kr.innotrack.checkround;

import kr.innotrack.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 점검·판정 규칙: the rules of the check cycle (docs/check-cycle.md, the part people need) as a page of the app, with
 * the plan's own thresholds and default deadline. Everyone of the organization may read it.
 */
@Controller
@RequiredArgsConstructor
class CheckRulesHelpController {

    private final CheckRoundQueries rounds;

    @GetMapping("/plans/{planId}/help/check-cycle")
    String help(@PathVariable Long planId, CurrentUser user, Model model) {
        CheckRoundQueries.RulesHelp help = rounds.rulesHelp(planId, user.organizationId());
        model.addAttribute("plan", help.plan());
        model.addAttribute("rules", help.rules());
        model.addAttribute("deadlineDays", help.deadlineDays());
        return "checkround/help-check-cycle";
    }
}
