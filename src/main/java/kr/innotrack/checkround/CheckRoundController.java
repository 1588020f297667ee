package kr.innotrack.checkround;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import kr.innotrack.document.FileDownload;
import kr.innotrack.document.HwpxWriter;
import kr.innotrack.plan.Plan;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.DataVersioned.Scope;
import kr.innotrack.shared.DataVersioned;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.web.Confirmation;
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
        model.addAttribute("periods", RoundForm.options(plan.getPlanYear(), rounds.deadlineDays(planId), messages));
        model.addAttribute("suggested", RoundForm.suggestedPeriod(rounds.today(), plan.getPlanYear()));
        return "checkround/rounds";
    }

    @GetMapping("/plans/{planId}/rounds/new")
    String newRound(@PathVariable Long planId, @RequestParam(required = false) String period, CurrentUser user,
                    Model model) {
        AccessDeniedHere.unlessAdmin(user, "round.act.create");
        Plan plan = rounds.plan(planId, user.organizationId());
        plan.requireConfirmed();
        String p = RoundForm.validPeriod(period) ? period : RoundForm.suggestedPeriod(rounds.today(), plan.getPlanYear());
        model.addAttribute("form", RoundForm.forPeriod(p, plan.getPlanYear(), rounds.deadlineDays(planId),
                !rounds.coveredTasks(planId, RoundScope.FOCUS, java.util.Set.of()).isEmpty()));
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
                .saveReturning(() -> commands.create(planId, form.toCommand(plan.getPlanYear(), messages), user))
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
        model.addAttribute("filled", messages.get("round.flash.filled", RoundForm.periodWord(form.getPeriod())));
        return new ModelAndView(roundForm(plan, round, model));
    }

    private String roundForm(Plan plan, CheckRound round, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("round", round);
        model.addAttribute("tasks", rounds.tasksOf(plan.getId()));
        model.addAttribute("scopes", RoundScope.values());
        model.addAttribute("periods", RoundForm.options(plan.getPlanYear(), rounds.deadlineDays(plan.getId()), messages));
        RoundForm form = (RoundForm) model.getAttribute("form");
        model.addAttribute("titlePlaceholder", form == null ? "" : form.titlePlaceholder(plan.getPlanYear(), messages));
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
        return submissions.of(form.speaking(messages), binding, model, response)
                .page(() -> roundForm(round.getPlan(), round, model))
                .current(() -> {
                    RoundViews.Round current = rounds.view(roundId, user.organizationId());
                    return RoundForm.of(current.round(), current.rows().stream().map(r -> r.entry().getTaskId()).toList())
                            .speaking(messages);
                })
                .check(() -> form.check(planYear, covered(round.getPlanId(), form)))
                .save(() -> commands.update(roundId, form.toCommand(planYear, messages), user))
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

    private Confirmation deletion(RoundViews.Round view) {
        CheckRound round = view.round();
        long written = view.rows().stream().filter(r -> r.entry().getSubmissionState() != SubmissionState.NOT_STARTED
                || r.entry().getRating() != null).count();
        Confirmation.Builder c = Confirmation.of("rounds", messages.get("round.confirm.delete.title", round.getTitle()))
                .lead(messages.get("round.confirm.delete.lead"))
                .consequence(messages.get("round.confirm.delete.entries", view.total()))
                .consequence(messages.get("round.confirm.delete.history"))
                .cancel("/rounds/" + round.getId());
        if (written > 0) {
            c.blocked(messages.get("round.confirm.delete.written", written));
        } else if (!round.getState().editable()) {
            c.blocked(messages.get("round.confirm.delete.started", Messages.word(round.getState())));
        }
        return c.post("/rounds/" + round.getId() + "/delete", messages.get("round.act.delete"))
                .field("version", round.getVersion()).build();
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
        model.addAttribute("questions", rounds.questionsOf(view.round().getId()));
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
        Confirmation.Builder c = Confirmation.of("rounds",
                        messages.get("round.confirm.move.title", Messages.word(target), round.getTitle()))
                .cancel("/rounds/" + round.getId());
        if (!round.getState().canMoveTo(target)) {
            c.blocked(messages.get("round.confirm.move.blocked", Messages.word(round.getState()), Messages.word(target)));
        }
        if (target == RoundState.CLOSED) {
            long unrated = view.rows().stream().filter(r -> r.entry().getRating() == null).count();
            long unsubmitted = view.rows().stream().filter(r -> !r.entry().submitted()).count();
            long drafts = view.rows().stream().filter(r -> r.entry().getSubmissionState() == SubmissionState.DRAFT).count();
            long returned = view.rows().stream().filter(r -> r.entry().getSubmissionState() == SubmissionState.RETURNED).count();
            long openRemedies = view.rows().stream().filter(r -> r.remedy() != null && r.remedy().getState().open()).count();
            c.lead(messages.get("round.confirm.close.lead"))
                    .consequence(messages.get("round.confirm.close.frozen", view.total(),
                            round.getReferenceDate().toString()))
                    .consequence(messages.get("round.confirm.close.readers"))
                    .consequence(messages.get("round.confirm.close.noMore"));
            if (openRemedies > 0) {
                c.consequence(messages.get("round.confirm.close.remedies", openRemedies));
            }
            if (unrated > 0) {
                c.warning(messages.get("round.confirm.close.unrated", unrated));
            }
            if (unsubmitted > 0) {
                c.warning(messages.get("round.confirm.close.unsubmitted", unsubmitted, drafts, returned));
            }
            if (unrated > 0 || unsubmitted > 0) {
                c.acknowledge(messages.get("round.confirm.close.acknowledge", unrated, unsubmitted));
            }
            c.post("/rounds/" + round.getId() + "/state", messages.get("round.confirm.close.button"));
        } else if (target == RoundState.SUBMISSION) {
            c.lead(messages.get("round.confirm.open.lead"));
            if (round.lateOn(rounds.today())) {
                c.warning(messages.get("round.confirm.open.late", round.getDeadline().toString()))
                        .acknowledge(messages.get("round.confirm.open.acknowledge"))
                        .consequence(messages.get("round.confirm.open.fixFirst"));
            }
            c.post("/rounds/" + round.getId() + "/state", messages.get("round.confirm.open.button")).safe();
        } else {
            c.post("/rounds/" + round.getId() + "/state", messages.get("round.confirm.move.button", Messages.word(target))).safe();
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
                : "round.flash.moved", Messages.word(target)));
        return new ModelAndView("redirect:/rounds/" + roundId);
    }

    /** The round report as .xlsx: the page's own numbers. */
    @GetMapping("/rounds/{roundId}/report.xlsx")
    org.springframework.http.ResponseEntity<byte[]> reportXlsx(@PathVariable Long roundId, CurrentUser user) {
        RoundViews.Report report = rounds.report(roundId, user.organizationId());
        return kr.innotrack.document.FileDownload.xlsx("round-report-" + roundId + ".xlsx",
                messages.get("file.roundReport.xlsx", report.current().round().getTitle()), RoundReportSheet.write(report, messages));
    }

    @GetMapping("/rounds/{roundId}/report")
    @DataVersioned(Scope.ROUND)
    String report(@PathVariable Long roundId, CurrentUser user, Model model) {
        RoundViews.Report report = rounds.report(roundId, user.organizationId());
        model.addAttribute("report", report);
        model.addAttribute("charts", ReportCharts.of(report, messages));
        model.addAttribute("round", report.current().round());
        model.addAttribute("plan", report.current().round().getPlan());
        return "checkround/report";
    }

    /** The report as a 한글 document (.hwpx): the same numbers, in the 공문 보고서 shape. */
    @GetMapping("/rounds/{roundId}/report.hwpx")
    void reportHwpx(@PathVariable Long roundId, CurrentUser user, HttpServletResponse response) throws IOException {
        CheckRoundQueries.ReportFile file = rounds.reportFile(roundId, user.organizationId());
        CheckRound round = file.report().current().round();
        FileDownload.send(response, org.springframework.http.MediaType.parseMediaType(kr.innotrack.document.HwpxWriter.MIME_TYPE), "round-report-" + round.getId() + ".hwpx", RoundReportHwpx.fileName(round, messages),
                HwpxWriter.write(RoundReportHwpx.of(file, messages)));
    }
}
