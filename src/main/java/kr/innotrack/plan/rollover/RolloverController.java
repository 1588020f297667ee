package kr.innotrack.plan.rollover;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 지난해 계획에서 만들기: the review of an earlier plan (every task continued, last actuals as baselines, departments
 * mapped through reorganisations), the planning admin's decisions, and the new plan (작성 중).
 */
@Controller
@RequiredArgsConstructor
class RolloverController {

    private final RolloverQueries queries;
    private final RolloverCommands commands;
    private final FormSubmission submissions;
    private final Messages messages;

    @GetMapping("/plans/new/from/{planId}")
    String review(@PathVariable Long planId, CurrentUser user, Model model) {
        RolloverQueries.Review review = queries.review(planId, user);
        model.addAttribute("form", RolloverForm.proposed(review));
        return page(review, model);
    }

    @PostMapping("/plans/new/from/{planId}")
    String create(@PathVariable Long planId, @Valid @ModelAttribute("form") RolloverForm form, BindingResult binding,
                  CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        RolloverQueries.Review review = queries.review(planId, user);
        return submissions.of(form, binding, model, response)
                .page(() -> page(review, model))
                .check(() -> review.check(form.toCommand()))
                .saveReturning(() -> commands.create(planId, form.toCommand(), user))
                .then(created -> {
                    redirect.addFlashAttribute("saved", messages.get("rollover.flash.created", form.getYear(),
                            review.source().header().year(), review.continued(form.toCommand()).size()));
                    return "redirect:/plans/" + created;
                });
    }

    private String page(RolloverQueries.Review review, Model model) {
        if (model.getAttribute("form") instanceof RolloverForm form) {
            form.padded(review);
        }
        model.addAttribute("review", review);
        model.addAttribute("plan", review.plan());
        return "plan/rollover/review";
    }
}
