package kr.innotrack.checkround;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import kr.innotrack.plan.Plan;
import kr.innotrack.shared.Conflicts;
import kr.innotrack.shared.AccessDeniedHere;
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

/** Check rounds of a plan: the list, setting one up, the round page with its state changes, the round report. */
@Controller
class CheckRoundController {

    private final CheckRoundService rounds;
    private final RoundCycle cycle;

    CheckRoundController(CheckRoundService rounds, RoundCycle cycle) {
        this.rounds = rounds;
        this.cycle = cycle;
    }

    @GetMapping("/plans/{planId}/rounds")
    String list(@PathVariable Long planId, CurrentUser user, Model model) {
        Plan plan = rounds.plan(planId, user.organizationId());
        model.addAttribute("plan", plan);
        model.addAttribute("summaries", rounds.summaries(planId, user.organizationId()));
        model.addAttribute("isAdmin", user.admin());
        return "checkround/rounds";
    }

    @GetMapping("/plans/{planId}/rounds/new")
    String newRound(@PathVariable Long planId, @RequestParam(defaultValue = "Q1") String period, CurrentUser user,
                    Model model) {
        AccessDeniedHere.unlessAdmin(user, "점검 등록");
        Plan plan = rounds.plan(planId, user.organizationId());
        String p = period.matches("Q[1-4]|H[12]") ? period : "Q1";
        model.addAttribute("form", RoundForm.forPeriod(p, plan.getPlanYear()));
        return roundForm(plan, null, model);
    }

    @PostMapping("/plans/{planId}/rounds")
    String create(@PathVariable Long planId, @Valid @ModelAttribute("form") RoundForm form, BindingResult binding,
                  CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "점검 등록");
        Plan plan = rounds.plan(planId, user.organizationId());
        validate(plan, form, binding);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return roundForm(plan, null, model);
        }
        CheckRound round = cycle.create(planId, form, user);
        redirect.addFlashAttribute("saved", "점검을 등록했습니다. 대상 과제를 확인한 뒤 ‘제출’ 단계로 넘기면 부서에 알림이 갑니다.");
        return "redirect:/rounds/" + round.getId();
    }

    private void validate(Plan plan, RoundForm form, BindingResult binding) {
        int covered = form.getScope() == null ? 0
                : cycle.coveredTasks(plan.getId(), form.getScope(), new HashSet<>(form.getTaskIds())).size();
        form.validate(plan.getPlanYear(), covered, binding);
    }

    private String roundForm(Plan plan, CheckRound round, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("round", round);
        model.addAttribute("tasks", rounds.tasksOf(plan.getId()));
        model.addAttribute("scopes", RoundScope.values());
        return "checkround/round-form";
    }

    @GetMapping("/rounds/{roundId}/edit")
    String edit(@PathVariable Long roundId, CurrentUser user, Model model) {
        AccessDeniedHere.unlessAdmin(user, "점검 설정 변경");
        RoundViews.Round view = rounds.view(roundId, user.organizationId());
        List<Long> taskIds = view.rows().stream().map(r -> r.entry().getTaskId()).toList();
        model.addAttribute("form", RoundForm.of(view.round(), taskIds));
        return roundForm(view.round().getPlan(), view.round(), model);
    }

    @PostMapping("/rounds/{roundId}/edit")
    String update(@PathVariable Long roundId, @Valid @ModelAttribute("form") RoundForm form, BindingResult binding,
                  CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "점검 설정 변경");
        CheckRound round = rounds.round(roundId, user.organizationId());
        validate(round.getPlan(), form, binding);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return roundForm(round.getPlan(), round, model);
        }
        try {
            cycle.update(roundId, form, user);
        } catch (RuntimeException e) {
            Conflicts.unlessLostRace(e);
            RoundViews.Round current = rounds.view(roundId, user.organizationId());
            RoundForm saved = RoundForm.of(current.round(), current.rows().stream().map(r -> r.entry().getTaskId()).toList());
            int year = current.round().getPlan().getPlanYear();
            Conflicts.show(model, response, saved.describe(year), form.describe(year));
            form.setVersion(current.round().getVersion());
            return roundForm(current.round().getPlan(), current.round(), model);
        }
        redirect.addFlashAttribute("saved", "점검 설정을 저장했습니다.");
        return "redirect:/rounds/" + roundId;
    }

    @PostMapping("/rounds/{roundId}/delete")
    String delete(@PathVariable Long roundId, @RequestParam Long version, CurrentUser user, RedirectAttributes redirect) {
        CheckRound round = rounds.round(roundId, user.organizationId());
        try {
            cycle.delete(roundId, version, user);
        } catch (RuntimeException e) {
            Conflicts.unlessLostRace(e);
            redirect.addFlashAttribute("error", "다른 사용자가 먼저 이 점검을 바꿨습니다. 현재 내용을 확인한 뒤 다시 시도하세요.");
            return "redirect:/rounds/" + roundId;
        }
        redirect.addFlashAttribute("saved", "점검을 삭제했습니다.");
        return "redirect:/plans/" + round.getPlanId() + "/rounds";
    }

    @GetMapping("/rounds/{roundId}")
    String round(@PathVariable Long roundId, @RequestParam(required = false) String mine, CurrentUser user,
                 Model model) {
        RoundViews.Round view = rounds.view(roundId, user.organizationId());
        model.addAttribute("view", view);
        model.addAttribute("round", view.round());
        model.addAttribute("plan", view.round().getPlan());
        model.addAttribute("isAdmin", user.admin());
        model.addAttribute("myDepartmentId", user.officer() ? user.departmentId() : null);
        boolean onlyMine = user.officer() && user.departmentId() != null && !"all".equals(mine);
        model.addAttribute("onlyMine", onlyMine);
        model.addAttribute("rows", onlyMine
                ? view.rows().stream().filter(r -> user.departmentId().equals(r.entry().getDepartmentId())).toList()
                : view.rows());
        return "checkround/round";
    }

    @PostMapping("/rounds/{roundId}/state")
    String move(@PathVariable Long roundId, @RequestParam RoundState target, @RequestParam Long version,
                CurrentUser user, RedirectAttributes redirect) {
        try {
            cycle.moveTo(roundId, target, version, user);
        } catch (RuntimeException e) {
            Conflicts.unlessLostRace(e);
            redirect.addFlashAttribute("error", "다른 사용자가 먼저 이 점검을 바꿨습니다. 현재 단계를 확인한 뒤 다시 시도하세요.");
            return "redirect:/rounds/" + roundId;
        }
        redirect.addFlashAttribute("saved", "점검 단계를 ‘" + target.label() + "’(으)로 바꿨습니다.");
        return "redirect:/rounds/" + roundId;
    }

    @GetMapping("/rounds/{roundId}/report")
    String report(@PathVariable Long roundId, CurrentUser user, Model model) {
        RoundViews.Report report = rounds.report(roundId, user.organizationId());
        model.addAttribute("report", report);
        model.addAttribute("charts", ReportCharts.of(report));
        model.addAttribute("round", report.current().round());
        model.addAttribute("plan", report.current().round().getPlan());
        return "checkround/report";
    }
}
