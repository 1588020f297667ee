package kr.innotrack.budget;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.web.FormSubmission;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequiredArgsConstructor
class BudgetController {

    private final BudgetQueries queries;
    private final BudgetCommands commands;
    private final FormSubmission submissions;
    private final Messages messages;

    /**
     * quarter: figures "to date" up to this quarter; by default the current one, or 4 for a past plan year. A quarter
     * outside 1–4 shows the default with a message beside the choice, answered 400.
     */
    @GetMapping("/plans/{planId}/budget")
    ModelAndView planBudget(@PathVariable Long planId, @RequestParam(required = false) Integer quarter,
                            CurrentUser user) {
        boolean badQuarter = quarter != null && (quarter < 1 || quarter > 4);
        BudgetQueries.PlanBudget view = queries.page(planId, quarter == null || badQuarter ? 0 : quarter, user);
        ModelAndView page = new ModelAndView("budget/plan-budget", badQuarter ? HttpStatus.BAD_REQUEST : HttpStatus.OK);
        if (badQuarter) {
            page.addObject("quarterError", messages.get("budget.error.quarter"));
        }
        page.addObject("budget", view);
        page.addObject("chart", BudgetChart.of(view, messages));
        page.addObject("plan", view.plan());
        return page;
    }

    /** The budget execution table as .xlsx, to date up to {@code quarter} as the page; a quarter outside 1–4: 400. */
    @GetMapping("/plans/{planId}/budget.xlsx")
    org.springframework.http.ResponseEntity<byte[]> xlsx(@PathVariable Long planId,
                                                        @RequestParam(required = false) Integer quarter, CurrentUser user) {
        BudgetQueries.PlanBudget view = queries.page(planId, quarter == null ? 0 : Math.max(0, Math.min(quarter, 4)), user);
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new kr.innotrack.shared.web.RejectedInput("quarter", "budget.error.quarter");
        }
        return kr.innotrack.document.FileDownload.xlsx("budget-" + planId + ".xlsx",
                messages.get("file.budget.xlsx", view.plan().getPlanYear(), view.quarter()), BudgetSheet.write(view, messages));
    }

    @GetMapping("/plans/{planId}/budget/lines/{lineId}/quarters/{quarter}")
    String form(@PathVariable Long planId, @PathVariable Long lineId, @PathVariable int quarter, CurrentUser user,
                Model model) {
        BudgetQueries.ExecutionPage page = queries.executionPage(planId, lineId, quarter, user);
        model.addAttribute("form", page.saved());
        return show(page, model);
    }

    @PostMapping("/plans/{planId}/budget/lines/{lineId}/quarters/{quarter}")
    String record(@PathVariable Long planId, @PathVariable Long lineId, @PathVariable int quarter,
                  @Valid @ModelAttribute("form") ExecutionForm form, BindingResult binding, CurrentUser user, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        BudgetLine line = queries.editableLine(planId, lineId, quarter, user);
        return submissions.of(form, binding, model, response)
                .page(() -> show(queries.executionPage(planId, lineId, quarter, user), model))
                .current(() -> queries.saved(lineId, quarter))
                .save(() -> commands.record(planId, lineId, quarter, form.toCommand(), user))
                .then(() -> {
                    redirect.addFlashAttribute("saved", messages.get("budget.flash.saved"));
                    return "redirect:/plans/" + planId + "/budget?quarter=" + quarter + "#task-" + line.getTaskId();
                });
    }

    /** A whole quarter in one form: every line the person may record on. */
    @GetMapping("/plans/{planId}/budget/quarters/{quarter}")
    String quarterForm(@PathVariable Long planId, @PathVariable int quarter, CurrentUser user, Model model) {
        BudgetQueries.QuarterPage page = queries.quarterPage(planId, quarter, user);
        model.addAttribute("form", QuarterForm.of(page.lines(), page.saved()));
        return showQuarter(page, model);
    }

    @PostMapping("/plans/{planId}/budget/quarters/{quarter}")
    String recordQuarter(@PathVariable Long planId, @PathVariable int quarter,
                         @Valid @ModelAttribute("form") QuarterForm form, BindingResult binding, CurrentUser user,
                         Model model, HttpServletResponse response, RedirectAttributes redirect) {
        BudgetQueries.QuarterPage page = queries.quarterPage(planId, quarter, user);
        form.explainWith(messages::get, queries.lineNames(planId));
        return submissions.of(form, binding, model, response)
                .page(() -> showQuarter(queries.quarterPage(planId, quarter, user), model))
                .current(() -> form.rebase(queries.savedQuarter(planId, quarter)))
                .saveReturning(() -> commands.recordQuarter(planId, quarter, form.toCommand(), user))
                .then(changed -> {
                    redirect.addFlashAttribute("saved", messages.get("budgetQuarter.flash.saved", page.quarter(),
                            changed));
                    return "redirect:/plans/" + planId + "/budget?quarter=" + quarter;
                });
    }

    private static String showQuarter(BudgetQueries.QuarterPage page, Model model) {
        model.addAttribute("plan", page.plan());
        model.addAttribute("quarter", page.quarter());
        model.addAttribute("lineViews", page.lineViews());
        model.addAttribute("itemsByLine", page.itemsByLine());
        return "budget/quarter-form";
    }

    private static String show(BudgetQueries.ExecutionPage page, Model model) {
        model.addAttribute("plan", page.plan());
        model.addAttribute("line", page.line());
        model.addAttribute("quarter", page.quarter());
        model.addAttribute("item", page.item());
        return "budget/execution-form";
    }
}
