package kr.innotrack.checkround;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import kr.innotrack.plan.Plan;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.web.Confirmation;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.web.FormSubmission;
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
import lombok.RequiredArgsConstructor;

/**
 * Check rounds of a plan: the list, setting one up, the round page with its state changes (closing, and opening
 * after the deadline, ask first on a confirmation page), deleting a round in 준비 (after confirmation), the report.
 */
@Controller
@RequiredArgsConstructor
class CheckRoundController {

    private static final String FORM_ERRORS = BindingResult.MODEL_KEY_PREFIX + "form";

    private final CheckRoundQueries rounds;
    private final RoundCommands commands;
    private final FormSubmission submissions;
    private final Messages messages;

    @GetMapping("/plans/{planId}/rounds")
    String list(@PathVariable Long planId, CurrentUser user, Model model) {
        Plan plan = rounds.plan(planId, user.organizationId());
        model.addAttribute("plan", plan);
        model.addAttribute("summaries", rounds.summaries(planId, user.organizationId()));
        model.addAttribute("isAdmin", user.admin());
        model.addAttribute("periods", RoundForm.options(plan.getPlanYear(), rounds.deadlineDays(planId)));
        model.addAttribute("suggested", RoundForm.suggestedPeriod(rounds.today(), plan.getPlanYear()));
        return "checkround/rounds";
    }

    @GetMapping("/plans/{planId}/rounds/new")
    String newRound(@PathVariable Long planId, @RequestParam(required = false) String period, CurrentUser user,
                    Model model) {
        AccessDeniedHere.unlessAdmin(user, "round.act.create");
        Plan plan = rounds.plan(planId, user.organizationId());
        String p = RoundForm.validPeriod(period) ? period : RoundForm.suggestedPeriod(rounds.today(), plan.getPlanYear());
        model.addAttribute("form", RoundForm.forPeriod(p, plan.getPlanYear(), rounds.deadlineDays(planId)));
        return roundForm(plan, null, model);
    }

    /** Without JavaScript: "구분에 맞춰 날짜 채우기" sets the reference date and deadline the chosen period proposes. */
    @PostMapping(value = "/plans/{planId}/rounds", params = "fill")
    ModelAndView fillNew(@PathVariable Long planId, @ModelAttribute("form") RoundForm form, BindingResult binding,
                         CurrentUser user, Model model) {
        AccessDeniedHere.unlessAdmin(user, "round.act.create");
        Plan plan = rounds.plan(planId, user.organizationId());
        return refill(plan, null, form, binding, model);
    }

    @PostMapping("/plans/{planId}/rounds")
    String create(@PathVariable Long planId, @Valid @ModelAttribute("form") RoundForm form, BindingResult binding,
                  CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "round.act.create");
        Plan plan = rounds.plan(planId, user.organizationId());
        return submissions.of(form, binding, model, response)
                .page(() -> roundForm(plan, null, model))
                .check(() -> form.check(plan.getPlanYear(), covered(planId, form)))
                .saveReturning(() -> commands.create(planId, form.toCommand(plan.getPlanYear()), user))
                .then(round -> {
                    redirect.addFlashAttribute("saved", messages.get("round.flash.created"));
                    warnIfPast(round.getDeadline(), redirect);
                    return "redirect:/rounds/" + round.getId();
                });
    }

    private void warnIfPast(LocalDate deadline, RedirectAttributes redirect) {
        if (deadline.isBefore(rounds.today())) {
            redirect.addFlashAttribute("warning", messages.get("round.flash.pastDeadline", deadline.toString()));
        }
    }

    /** How many tasks the form's scope covers (none without a scope). */
    private int covered(Long planId, RoundForm form) {
        return form.getScope() == null ? 0
                : rounds.coveredTasks(planId, form.getScope(), new HashSet<>(form.getTaskIds())).size();
    }

    /**
     * Fills in the chosen period's dates; other fields' errors are dropped, since nothing is saved. Without a period the
     * form knows (blank, or tampered) there is nothing to fill: 400 with the message beside the field.
     */
    private ModelAndView refill(Plan plan, CheckRound round, RoundForm form, BindingResult binding, Model model) {
        if (!RoundForm.validPeriod(form.getPeriod())) {
            if (!binding.hasFieldErrors("period")) {
                binding.rejectValue("period", form.getPeriod() == null ? "round.period.required" : "round.period.invalid");
            }
            return new ModelAndView(roundForm(plan, round, model), HttpStatus.BAD_REQUEST);
        }
        form.fillDates(plan.getPlanYear(), rounds.deadlineDays(plan.getId()));
        model.asMap().remove(FORM_ERRORS);
        model.addAttribute("form", form);
        model.addAttribute("filled", messages.get("round.flash.filled", RoundForm.label(form.getPeriod())));
        return new ModelAndView(roundForm(plan, round, model));
    }

    private String roundForm(Plan plan, CheckRound round, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("round", round);
        model.addAttribute("tasks", rounds.tasksOf(plan.getId()));
        model.addAttribute("scopes", RoundScope.values());
        model.addAttribute("periods", RoundForm.options(plan.getPlanYear(), rounds.deadlineDays(plan.getId())));
        RoundForm form = (RoundForm) model.getAttribute("form");
        model.addAttribute("titlePlaceholder", form == null ? "" : form.titlePlaceholder(plan.getPlanYear()));
        return "checkround/round-form";
    }

    @GetMapping("/rounds/{roundId}/edit")
    String edit(@PathVariable Long roundId, CurrentUser user, Model model) {
        AccessDeniedHere.unlessAdmin(user, "round.act.edit");
        RoundViews.Round view = rounds.view(roundId, user.organizationId());
        List<Long> taskIds = view.rows().stream().map(r -> r.entry().getTaskId()).toList();
        model.addAttribute("form", RoundForm.of(view.round(), taskIds));
        return roundForm(view.round().getPlan(), view.round(), model);
    }

    @PostMapping(value = "/rounds/{roundId}/edit", params = "fill")
    ModelAndView fillEdit(@PathVariable Long roundId, @ModelAttribute("form") RoundForm form, BindingResult binding,
                          CurrentUser user, Model model) {
        AccessDeniedHere.unlessAdmin(user, "round.act.edit");
        CheckRound round = rounds.round(roundId, user.organizationId());
        return refill(round.getPlan(), round, form, binding, model);
    }

    @PostMapping("/rounds/{roundId}/edit")
    String update(@PathVariable Long roundId, @Valid @ModelAttribute("form") RoundForm form, BindingResult binding,
                  CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "round.act.edit");
        CheckRound round = rounds.round(roundId, user.organizationId());
        int planYear = round.getPlan().getPlanYear();
        return submissions.of(form, binding, model, response)
                .page(() -> roundForm(round.getPlan(), round, model))
                .current(() -> {
                    RoundViews.Round current = rounds.view(roundId, user.organizationId());
                    return RoundForm.of(current.round(), current.rows().stream().map(r -> r.entry().getTaskId()).toList());
                })
                .check(() -> form.check(planYear, covered(round.getPlanId(), form)))
                .save(() -> commands.update(roundId, form.toCommand(planYear), user))
                .then(() -> {
                    redirect.addFlashAttribute("saved", messages.get("round.flash.updated"));
                    warnIfPast(form.getDeadline(), redirect);
                    return "redirect:/rounds/" + roundId;
                });
    }

    // ---------------------------------------------------------------- deleting (준비 only, after confirmation)

    @GetMapping("/rounds/{roundId}/delete")
    String confirmDelete(@PathVariable Long roundId, CurrentUser user, Model model) {
        AccessDeniedHere.unlessAdmin(user, "round.act.delete");
        RoundViews.Round view = rounds.view(roundId, user.organizationId());
        model.addAttribute("plan", view.round().getPlan());
        return confirmation(deletion(view), model);
    }

    private static Confirmation deletion(RoundViews.Round view) {
        CheckRound round = view.round();
        long written = view.rows().stream().filter(r -> r.entry().getSubmissionState() != SubmissionState.NOT_STARTED
                || r.entry().getRating() != null).count();
        Confirmation.Builder c = Confirmation.of("rounds", "점검 삭제: " + round.getTitle())
                .lead("삭제한 점검은 되돌릴 수 없습니다.")
                .consequence("점검과 대상 과제 " + view.total() + "건의 점검 항목이 삭제됩니다.")
                .consequence("각 과제의 변경 이력에는 점검을 등록하고 삭제한 기록이 남습니다.")
                .cancel("/rounds/" + round.getId());
        if (written > 0) {
            c.blocked("제출·작성·평가된 실적이 " + written + "건 있는 점검은 삭제할 수 없습니다. 점검은 기록으로 남습니다.");
        } else if (!round.getState().editable()) {
            c.blocked("‘" + round.getState().label() + "’ 단계의 점검은 삭제할 수 없습니다. 부서에 알림이 나간 뒤의 점검은 기록으로 남습니다.");
        }
        return c.post("/rounds/" + round.getId() + "/delete", "점검 삭제").field("version", round.getVersion()).build();
    }

    @PostMapping("/rounds/{roundId}/delete")
    String delete(@PathVariable Long roundId, @RequestParam Long version,
                  @RequestParam(defaultValue = "false") boolean confirm, CurrentUser user, RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "round.act.delete");
        CheckRound round = rounds.round(roundId, user.organizationId());
        if (!confirm) {
            return "redirect:/rounds/" + roundId + "/delete";
        }
        if (commands.delete(roundId, version, true, user) == StepOutcome.STALE) {
            redirect.addFlashAttribute("error", messages.get("round.flash.stale"));
            return "redirect:/rounds/" + roundId;
        }
        redirect.addFlashAttribute("saved", messages.get("round.flash.deleted"));
        return "redirect:/plans/" + round.getPlanId() + "/rounds";
    }

    // ---------------------------------------------------------------- the round and its steps

    @GetMapping("/rounds/{roundId}")
    String round(@PathVariable Long roundId, @RequestParam(required = false) String mine, CurrentUser user,
                 Model model) {
        RoundViews.Round view = rounds.view(roundId, user.organizationId());
        model.addAttribute("view", view);
        model.addAttribute("round", view.round());
        model.addAttribute("plan", view.round().getPlan());
        model.addAttribute("isAdmin", user.admin());
        model.addAttribute("myDepartmentId", user.officer() ? user.departmentId() : null);
        model.addAttribute("deadlinePassed", view.round().getState().editable() && view.round().lateOn(rounds.today()));
        model.addAttribute("nextNeedsConfirmation", view.round().getState().next()
                .map(next -> RoundCommands.needsConfirmation(view.round(), next, rounds.today())).orElse(false));
        boolean onlyMine = user.officer() && user.departmentId() != null && !"all".equals(mine);
        model.addAttribute("onlyMine", onlyMine);
        model.addAttribute("rows", onlyMine
                ? view.rows().stream().filter(r -> user.departmentId().equals(r.entry().getDepartmentId())).toList()
                : view.rows());
        return "checkround/round";
    }

    /** The confirmation page of a step that asks first (closing; opening after the deadline). */
    @GetMapping("/rounds/{roundId}/state")
    String confirmMove(@PathVariable Long roundId, @RequestParam RoundState target, CurrentUser user, Model model) {
        AccessDeniedHere.unlessAdmin(user, "round.act.move");
        RoundViews.Round view = rounds.view(roundId, user.organizationId());
        model.addAttribute("plan", view.round().getPlan());
        return confirmation(move(view, target), model);
    }

    private Confirmation move(RoundViews.Round view, RoundState target) {
        CheckRound round = view.round();
        Confirmation.Builder c = Confirmation.of("rounds", "‘" + target.label() + "’ 단계로 넘기기: " + round.getTitle())
                .cancel("/rounds/" + round.getId());
        if (!round.getState().canMoveTo(target)) {
            c.blocked("‘" + round.getState().label() + "’ 단계에서 ‘" + target.label() + "’ 단계로는 바꿀 수 없습니다.");
        }
        if (target == RoundState.CLOSED) {
            long unrated = view.rows().stream().filter(r -> r.entry().getRating() == null).count();
            long unsubmitted = view.rows().stream().filter(r -> !r.entry().submitted()).count();
            long drafts = view.rows().stream().filter(r -> r.entry().getSubmissionState() == SubmissionState.DRAFT).count();
            long returned = view.rows().stream().filter(r -> r.entry().getSubmissionState() == SubmissionState.RETURNED).count();
            long openRemedies = view.rows().stream().filter(r -> r.remedy() != null && r.remedy().getState().open()).count();
            c.lead("종료는 되돌릴 수 없습니다. 종료한 점검은 다시 열 수 없습니다: 회의에서 보고하고 결정한 내용의 기록이기 때문입니다.")
                    .consequence("과제 " + view.total() + "건의 제출 실적, 기획부서 평가, 계산 상태와 그 근거(기준일 "
                            + round.getReferenceDate() + " 현재의 추진일정 건수와 성과지표 수치)가 기록으로 굳습니다.")
                    .consequence("이후 보고서·점검회의 화면·API·부서 평가는 이 기록을 읽습니다. 나중에 일정이나 실적이 바뀌어도 이 기록은 바뀌지 않습니다.")
                    .consequence("이 점검의 실적 작성·제출·평가·보완 요청은 더 이상 받지 않습니다.");
            if (openRemedies > 0) {
                c.consequence("수용되지 않은 개선대책 " + openRemedies + "건은 다음 점검으로 이어져 계속 작성·검토할 수 있습니다.");
            }
            if (unrated > 0) {
                c.warning("평가하지 않은 과제 " + unrated + "건: ‘미평가’로 기록됩니다.");
            }
            if (unsubmitted > 0) {
                c.warning("제출하지 않은 과제 " + unsubmitted + "건 (작성 중 " + drafts + "건, 보완 요청 " + returned + "건 포함): ‘미제출’로 기록되어 부서 평가의 제출 기한 준수에 0점으로 반영됩니다.");
            }
            if (unrated > 0 || unsubmitted > 0) {
                c.acknowledge("미평가 " + unrated + "건, 미제출 " + unsubmitted + "건이 있는 채로 종료합니다.");
            }
            c.post("/rounds/" + round.getId() + "/state", "점검 종료");
        } else if (target == RoundState.SUBMISSION) {
            c.lead("점검을 시작하면 대상 과제가 있는 부서에 알림이 가고, 대상 과제와 일정은 더 바꿀 수 없습니다.");
            if (round.lateOn(rounds.today())) {
                c.warning("제출 기한(" + round.getDeadline() + ")이 이미 지났습니다. 이대로 시작하면 모든 제출이 ‘기한 후’로 표시되고 부서 평가의 제출 기한 준수가 50점 이하가 됩니다.")
                        .acknowledge("제출 기한이 지난 채로 점검을 시작합니다.")
                        .consequence("먼저 ‘점검 설정 변경’에서 제출 기한을 고칠 수 있습니다.");
            }
            c.post("/rounds/" + round.getId() + "/state", "점검 시작").safe();
        } else {
            c.post("/rounds/" + round.getId() + "/state", "‘" + target.label() + "’ 단계로 넘기기").safe();
        }
        return c.field("target", target.name()).field("version", round.getVersion()).build();
    }

    private static String confirmation(Confirmation c, Model model) {
        model.addAttribute("confirmation", c);
        return "confirm";
    }

    @PostMapping("/rounds/{roundId}/state")
    ModelAndView move(@PathVariable Long roundId, @RequestParam RoundState target, @RequestParam Long version,
                      @RequestParam(defaultValue = "false") boolean confirm,
                      @RequestParam(defaultValue = "false") boolean fromConfirmation, CurrentUser user, Model model,
                      RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "round.act.move");
        CheckRound round = rounds.round(roundId, user.organizationId());
        RoundPolicy.checkTransition(user, round.getState(), target);
        if (!confirm && RoundCommands.needsConfirmation(round, target, rounds.today())) {
            if (!fromConfirmation) {
                return new ModelAndView("redirect:/rounds/" + roundId + "/state?target=" + target.name());
            }
            model.addAttribute("plan", round.getPlan());
            return new ModelAndView(confirmation(move(rounds.view(roundId, user.organizationId()), target)
                    .withError(messages.get("round.confirm.tick")), model), HttpStatus.BAD_REQUEST);
        }
        if (commands.moveTo(roundId, target, version, confirm, user) == StepOutcome.STALE) {
            redirect.addFlashAttribute("error", messages.get("round.flash.staleMove"));
            return new ModelAndView("redirect:/rounds/" + roundId);
        }
        redirect.addFlashAttribute("saved", messages.get(target == RoundState.CLOSED ? "round.flash.closed"
                : "round.flash.moved", target.label()));
        return new ModelAndView("redirect:/rounds/" + roundId);
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
