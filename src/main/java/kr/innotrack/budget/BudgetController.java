package kr.innotrack.budget;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import kr.innotrack.shared.web.Conflicts;
import kr.innotrack.shared.CurrentUser;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class BudgetController {

    private final BudgetService budget;
    private final Clock clock;

    BudgetController(BudgetService budget, Clock clock) {
        this.budget = budget;
        this.clock = clock;
    }

    /** quarter: figures "to date" up to this quarter; by default the current one, or 4 for a past plan year. */
    @GetMapping("/plans/{planId}/budget")
    String planBudget(@PathVariable Long planId, @RequestParam(required = false) Integer quarter, CurrentUser user,
                      Model model, HttpServletResponse response) {
        int q = quarter == null ? 0 : quarter;
        if (quarter != null && (q < 1 || q > 4)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("quarterError", "분기는 1~4 중에서 선택하세요.");
            q = 0;
        }
        BudgetService.PlanBudget view = budget.view(planId, q == 0 ? 4 : q, user);
        if (q == 0) {
            LocalDate today = LocalDate.now(clock);
            int current = today.getYear() > view.plan().getPlanYear() ? 4 : (today.getMonthValue() + 2) / 3;
            if (current != 4) {
                view = budget.view(planId, current, user);
            }
        }
        model.addAttribute("budget", view);
        model.addAttribute("chart", BudgetChart.of(view));
        model.addAttribute("plan", view.plan());
        return "budget/plan-budget";
    }

    @GetMapping("/plans/{planId}/budget/lines/{lineId}/quarters/{quarter}")
    String form(@PathVariable Long planId, @PathVariable Long lineId, @PathVariable int quarter, CurrentUser user,
                Model model) {
        BudgetLine line = budget.editableLine(planId, lineId, user);
        checkQuarter(quarter);
        model.addAttribute("form", budget.execution(lineId, quarter).map(ExecutionForm::of).orElseGet(ExecutionForm::new));
        return form(planId, line, quarter, user, model);
    }

    @PostMapping("/plans/{planId}/budget/lines/{lineId}/quarters/{quarter}")
    String record(@PathVariable Long planId, @PathVariable Long lineId, @PathVariable int quarter,
                  @Valid @ModelAttribute("form") ExecutionForm form, BindingResult binding, CurrentUser user, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        BudgetLine line = budget.editableLine(planId, lineId, user);
        checkQuarter(quarter);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(planId, line, quarter, user, model);
        }
        try {
            budget.record(planId, lineId, quarter, form, user);
        } catch (RuntimeException e) {
            Conflicts.unlessLostRace(e);
            ExecutionForm current = budget.execution(lineId, quarter).map(ExecutionForm::of).orElseGet(ExecutionForm::new);
            Conflicts.show(model, response, current.describe(), form.describe());
            form.setVersion(current.getVersion());
            return form(planId, line, quarter, user, model);
        }
        redirect.addFlashAttribute("saved", "집행액을 저장했습니다.");
        return "redirect:/plans/" + planId + "/budget?quarter=" + quarter + "#task-" + line.getTaskId();
    }

    private String form(Long planId, BudgetLine line, int quarter, CurrentUser user, Model model) {
        BudgetService.PlanBudget view = budget.view(planId, quarter, user);
        model.addAttribute("plan", view.plan());
        model.addAttribute("line", line);
        model.addAttribute("quarter", quarter);
        model.addAttribute("item", view.items().stream().filter(i -> i.task().id().equals(line.getTaskId())).findFirst()
                .orElseThrow());
        return "budget/execution-form";
    }

    private static void checkQuarter(int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new kr.innotrack.shared.NotFoundException("분기", quarter);
        }
    }
}
