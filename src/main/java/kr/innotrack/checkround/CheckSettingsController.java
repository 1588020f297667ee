package kr.innotrack.checkround;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import kr.innotrack.plan.Plan;
import kr.innotrack.plan.TaskScheduling;
import kr.innotrack.shared.AccessDeniedHere;
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
import lombok.RequiredArgsConstructor;

/** The planning office's settings of the cycle for a plan: its focus tasks (중점과제) and the signal thresholds. */
@Controller
@RequiredArgsConstructor
class CheckSettingsController {

    private final CheckRoundQueries rounds;
    private final SignalRuleCommands commands;
    private final TaskScheduling taskEditing;

    @GetMapping("/plans/{planId}/focus-tasks")
    String focusTasks(@PathVariable Long planId, CurrentUser user, Model model) {
        AccessDeniedHere.unlessAdmin(user, "중점과제 선정");
        Plan plan = rounds.plan(planId, user.organizationId());
        model.addAttribute("plan", plan);
        model.addAttribute("tasks", rounds.tasksOf(planId));
        return "checkround/focus-tasks";
    }

    @PostMapping("/plans/{planId}/focus-tasks")
    String saveFocusTasks(@PathVariable Long planId, @RequestParam(name = "taskIds", required = false) List<Long> taskIds,
                          CurrentUser user, RedirectAttributes redirect) {
        taskEditing.selectFocusTasks(planId, taskIds == null ? new HashSet<>() : new HashSet<>(taskIds), user);
        redirect.addFlashAttribute("saved", "중점과제 " + (taskIds == null ? 0 : taskIds.size()) + "건을 선정했습니다.");
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
        AccessDeniedHere.unlessAdmin(user, "판정 기준 변경");
        Plan plan = rounds.plan(planId, user.organizationId());
        form.validate(binding);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return rulesPage(plan, user, model);
        }
        try {
            commands.save(planId, form, user);
        } catch (RuntimeException e) {
            Conflicts.unlessLostRace(e);
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("staleRules", true);
            form.setVersion(rounds.rulesVersion(planId));
            return rulesPage(plan, user, model);
        }
        redirect.addFlashAttribute("saved", "판정 기준을 저장했습니다. 진행 중인 점검의 계산 상태에 바로 반영됩니다.");
        return "redirect:/plans/" + planId + "/signal-rules";
    }

    private String rulesPage(Plan plan, CurrentUser user, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("isAdmin", user.admin());
        return "checkround/signal-rules";
    }
}
