package kr.innotrack.checkround;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import kr.innotrack.plan.Plan;
import kr.innotrack.plan.TaskScheduling;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import lombok.RequiredArgsConstructor;

/** The planning office's settings of the cycle for a plan: its focus tasks (중점과제) and the signal thresholds. */
@Controller
@RequiredArgsConstructor
class CheckSettingsController {

    private final CheckRoundQueries rounds;
    private final SignalRuleCommands commands;
    private final TaskScheduling taskEditing;
    private final FormSubmission submissions;
    private final Messages messages;

    @GetMapping("/plans/{planId}/focus-tasks")
    String focusTasks(@PathVariable Long planId, CurrentUser user, Model model) {
        AccessDeniedHere.unlessAdmin(user, "round.act.focus");
        Plan plan = rounds.plan(planId, user.organizationId());
        model.addAttribute("plan", plan);
        model.addAttribute("tasks", rounds.tasksOf(planId));
        return "checkround/focus-tasks";
    }

    @PostMapping("/plans/{planId}/focus-tasks")
    String saveFocusTasks(@PathVariable Long planId, @RequestParam(name = "taskIds", required = false) List<Long> taskIds,
                          CurrentUser user, RedirectAttributes redirect) {
        taskEditing.selectFocusTasks(planId, taskIds == null ? new HashSet<>() : new HashSet<>(taskIds), user);
        redirect.addFlashAttribute("saved", messages.get("round.flash.focusTasks", taskIds == null ? 0 : taskIds.size()));
        return "redirect:/plans/" + planId + "/rounds";
    }

    @GetMapping("/plans/{planId}/signal-rules")
    String rules(@PathVariable Long planId, CurrentUser user, Model model) {
        Plan plan = rounds.plan(planId, user.organizationId());
        model.addAttribute("form", SignalRuleForm.of(rounds.rules(planId), rounds.deadlineDays(planId), rounds.rulesVersion(planId)));
        return rulesPage(plan, user, model);
    }

    @PostMapping("/plans/{planId}/signal-rules")
    String saveRules(@PathVariable Long planId, @Valid @ModelAttribute("form") SignalRuleForm form,
                     BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "rule.act.save");
        Plan plan = rounds.plan(planId, user.organizationId());
        return submissions.of(form, binding, model, response)
                .page(() -> rulesPage(plan, user, model))
                .current(() -> SignalRuleForm.of(rounds.rules(planId), rounds.deadlineDays(planId),
                        rounds.rulesVersion(planId)))
                .check(form::checkOrder)
                .save(() -> commands.save(planId, form.toCommand(), user))
                .then(() -> {
                    redirect.addFlashAttribute("saved", messages.get("rule.flash.saved"));
                    return "redirect:/plans/" + planId + "/signal-rules";
                });
    }

    private String rulesPage(Plan plan, CurrentUser user, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("isAdmin", user.admin());
        return "checkround/signal-rules";
    }
}
