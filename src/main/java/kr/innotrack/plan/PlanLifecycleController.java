package kr.innotrack.plan;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 계획 확정·종료: the plan's state page for planning admins, and the 계획 변경 이력 everyone who sees the plan reads. */
@Controller
@RequiredArgsConstructor
class PlanLifecycleController {

    private final PlanLifecycle lifecycle;
    private final PlanQueries plans;
    private final PlanChanges changes;
    private final FormSubmission submissions;
    private final Messages messages;

    @GetMapping("/plans/{planId}/lifecycle")
    String page(@PathVariable Long planId, CurrentUser user, Model model) {
        model.addAttribute("reopen", new ReopenForm());
        return lifecyclePage(planId, user, model);
    }

    @PostMapping("/plans/{planId}/lifecycle/confirm")
    String confirm(@PathVariable Long planId, @RequestParam Long version, CurrentUser user,
                   RedirectAttributes redirect) {
        lifecycle.confirm(planId, version, user);
        redirect.addFlashAttribute("saved", messages.get("plan.lifecycle.flash.confirmed"));
        return "redirect:/plans/" + planId;
    }

    @PostMapping("/plans/{planId}/lifecycle/close")
    String close(@PathVariable Long planId, @RequestParam Long version, CurrentUser user,
                 RedirectAttributes redirect) {
        lifecycle.close(planId, version, user);
        redirect.addFlashAttribute("saved", messages.get("plan.lifecycle.flash.closed"));
        return "redirect:/plans/" + planId;
    }

    @PostMapping("/plans/{planId}/lifecycle/reopen")
    String reopen(@PathVariable Long planId, @Valid @ModelAttribute("reopen") ReopenForm form,
                  BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return submissions.of(form, binding, model, response)
                .page(() -> lifecyclePage(planId, user, model))
                .save(() -> lifecycle.reopen(planId, form.getVersion(), form.getReason(), user))
                .then(() -> {
                    redirect.addFlashAttribute("saved", messages.get("plan.lifecycle.flash.reopened"));
                    return "redirect:/plans/" + planId;
                });
    }

    @GetMapping("/plans/{planId}/changes")
    String changes(@PathVariable Long planId, CurrentUser user, Model model) {
        model.addAttribute("plan", plans.visiblePlan(planId, user));
        model.addAttribute("changes", changes.ofPlan(planId));
        return "plan/changes";
    }

    private String lifecyclePage(Long planId, CurrentUser user, Model model) {
        PlanLifecycle.Readiness readiness = lifecycle.readiness(planId, user);
        model.addAttribute("plan", readiness.plan());
        model.addAttribute("readiness", readiness);
        return "plan/lifecycle";
    }
}
