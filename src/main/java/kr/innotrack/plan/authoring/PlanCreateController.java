package kr.innotrack.plan.authoring;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import kr.innotrack.plan.Plan;
import kr.innotrack.plan.PlanAssembly;
import kr.innotrack.plan.PlanQueries;
import kr.innotrack.plan.PlanStructureEditing;
import kr.innotrack.plan.PlanStructureQueries;
import kr.innotrack.plan.PlanSummary;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.web.FormSubmission;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 새 계획 만들기 (the three ways: blank, from last year's plan, from the spreadsheet template), the blank plan form,
 * and the plan header (계획 정보) of an existing plan. Planning admins only (403 from the services).
 */
@Controller
@RequiredArgsConstructor
class PlanCreateController {

    private final PlanStructureQueries queries;
    private final PlanStructureEditing editing;
    private final PlanQueries plans;
    private final PlanAssembly assembly;
    private final FormSubmission submissions;
    private final Messages messages;
    private final Clock clock;

    @GetMapping("/plans/new")
    String start(CurrentUser user, Model model) {
        queries.requireAuthor(user);
        model.addAttribute("plans", plans.summaries(user));
        return "plan/authoring/plan-new";
    }

    @GetMapping("/plans/new/blank")
    String blank(CurrentUser user, Model model) {
        queries.requireAuthor(user);
        List<PlanSummary> existing = plans.summaries(user);
        int year = existing.stream().mapToInt(PlanSummary::year).max().orElse(Year.now(clock).getValue() - 1) + 1;
        model.addAttribute("form", PlanHeaderForm.blank(Math.min(year, 2100)));
        return headerPage(null, model);
    }

    @PostMapping("/plans/new/blank")
    String create(@Validated({Default.class, PlanHeaderForm.New.class}) @ModelAttribute("form") PlanHeaderForm form,
                  BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        queries.requireAuthor(user);
        return submissions.of(form, binding, model, response)
                .page(() -> headerPage(null, model))
                .check(() -> queries.checkNewYear(form.getYear(), user))
                .saveReturning(() -> assembly.create(form.toBlueprint(), user))
                .then(planId -> {
                    redirect.addFlashAttribute("saved", messages.get("planHeader.flash.created", form.getYear()));
                    return "redirect:/plans/" + planId + "/structure";
                });
    }

    @GetMapping("/plans/{planId}/header")
    String header(@PathVariable Long planId, CurrentUser user, Model model) {
        Plan plan = queries.openPlan(planId, user);
        model.addAttribute("form", PlanHeaderForm.of(plan));
        return headerPage(plan, model);
    }

    @PostMapping("/plans/{planId}/header")
    String updateHeader(@PathVariable Long planId, @Valid @ModelAttribute("form") PlanHeaderForm form,
                        BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                        RedirectAttributes redirect) {
        return submissions.of(form, binding, model, response)
                .page(() -> headerPage(queries.openPlan(planId, user), model))
                .current(() -> PlanHeaderForm.of(queries.authoredPlan(planId, user)))
                .save(() -> editing.updateHeader(planId, form.toCommand(), user))
                .then(() -> {
                    redirect.addFlashAttribute("saved", messages.get("planHeader.flash.saved"));
                    return "redirect:/plans/" + planId + "/structure";
                });
    }

    /** The header form: {@code plan} null for a new blank plan. */
    private String headerPage(Plan plan, Model model) {
        model.addAttribute("plan", plan);
        return "plan/authoring/plan-header";
    }
}
