package kr.innotrack.navigation;

import kr.innotrack.plan.PlanQueries;
import kr.innotrack.plan.PlanState;
import kr.innotrack.plan.PlanSummary;
import kr.innotrack.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where a person lands after signing in without a deep link (system's success handler sends them here): a department
 * officer on their to-do list (내 부서 과제), a planning admin and a viewer on the overview of the organization's current
 * plan (the latest confirmed one), else the plan list. The operator never comes here (기관 관리).
 */
@Controller
@RequiredArgsConstructor
class LandingController {

    private final PlanQueries plans;

    @GetMapping("/start")
    String start(CurrentUser user) {
        if (user.officer()) {
            return "redirect:/my/tasks";
        }
        return plans.summaries(user).stream()
                .filter(p -> p.state() == PlanState.CONFIRMED)
                .findFirst()
                .map(PlanSummary::id)
                .map(id -> "redirect:/plans/" + id)
                .orElse("redirect:/");
    }
}
