package kr.innotrack.checkround;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import kr.innotrack.history.HistoryQueries;
import kr.innotrack.shared.web.Conflicts;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One task in a round: the department writes and submits its report; the office rates it, comments, or returns
 * it. One page holds both, each form shown to whoever may use it in the round's present state.
 */
@Controller
@RequestMapping("/rounds/{roundId}/entries/{entryId}")
class RoundEntryController {

    private final CheckRoundService rounds;
    private final RoundCycle cycle;
    private final HistoryQueries history;

    RoundEntryController(CheckRoundService rounds, RoundCycle cycle, HistoryQueries history) {
        this.rounds = rounds;
        this.cycle = cycle;
        this.history = history;
    }

    @GetMapping
    String show(@PathVariable Long roundId, @PathVariable Long entryId, CurrentUser user, Model model) {
        RoundEntry entry = rounds.entry(roundId, entryId, user.organizationId());
        model.addAttribute("form", EntryForm.of(entry));
        model.addAttribute("reviewForm", ReviewForm.of(entry));
        model.addAttribute("returnForm", returnForm(entry));
        return page(entry, user, model);
    }

    @PostMapping
    String save(@PathVariable Long roundId, @PathVariable Long entryId, @RequestParam(defaultValue = "save") String action,
                @Valid @ModelAttribute("form") EntryForm form, BindingResult binding, CurrentUser user, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        RoundEntry entry = rounds.entry(roundId, entryId, user.organizationId());
        RoundPolicy.checkWriteFor(user, entry.getDepartmentId());
        boolean submit = "submit".equals(action);
        form.trim();
        if (submit) {
            form.validateSubmission(binding);
        }
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("reviewForm", ReviewForm.of(entry));
            model.addAttribute("returnForm", returnForm(entry));
            return page(entry, user, model);
        }
        try {
            cycle.saveEntry(roundId, entryId, form, submit, user);
        } catch (RuntimeException e) {
            Conflicts.unlessLostRace(e);
            RoundEntry current = rounds.entry(roundId, entryId, user.organizationId());
            Conflicts.show(model, response, EntryForm.of(current).describe(), form.describe());
            form.setVersion(current.getVersion());
            model.addAttribute("reviewForm", ReviewForm.of(current));
            model.addAttribute("returnForm", returnForm(current));
            return page(current, user, model);
        }
        redirect.addFlashAttribute("saved", submit ? "실적을 제출했습니다." : "임시 저장했습니다. 제출해야 기획부서가 검토합니다.");
        return "redirect:/rounds/" + roundId + "/entries/" + entryId;
    }

    @PostMapping("/review")
    String review(@PathVariable Long roundId, @PathVariable Long entryId,
                  @Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult binding, CurrentUser user,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "평가");
        RoundEntry entry = rounds.entry(roundId, entryId, user.organizationId());
        form.validate(binding);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("form", EntryForm.of(entry));
            model.addAttribute("returnForm", returnForm(entry));
            return page(entry, user, model);
        }
        try {
            cycle.review(roundId, entryId, form, user);
        } catch (RuntimeException e) {
            Conflicts.unlessLostRace(e);
            return stale(roundId, entryId, redirect);
        }
        redirect.addFlashAttribute("saved", "평가를 저장했습니다." + (form.getRating().needsRemedy()
                ? " 담당 부서에 원인분석·개선대책 작성을 요청했습니다." : ""));
        return "redirect:/rounds/" + roundId + "/entries/" + entryId;
    }

    @PostMapping("/return")
    String returnEntry(@PathVariable Long roundId, @PathVariable Long entryId,
                       @Valid @ModelAttribute("returnForm") ReturnForm form, BindingResult binding, CurrentUser user,
                       Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "보완 요청");
        RoundEntry entry = rounds.entry(roundId, entryId, user.organizationId());
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("form", EntryForm.of(entry));
            model.addAttribute("reviewForm", ReviewForm.of(entry));
            return page(entry, user, model);
        }
        try {
            cycle.returnEntry(roundId, entryId, form, user);
        } catch (RuntimeException e) {
            Conflicts.unlessLostRace(e);
            return stale(roundId, entryId, redirect);
        }
        redirect.addFlashAttribute("saved", "보완을 요청했습니다. 부서가 고쳐서 다시 제출할 수 있습니다.");
        return "redirect:/rounds/" + roundId + "/entries/" + entryId;
    }

    private static String stale(Long roundId, Long entryId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", "그 사이 담당 부서나 다른 관리자가 이 과제를 바꿨습니다. 아래 현재 내용을 확인한 뒤 다시 평가하세요.");
        return "redirect:/rounds/" + roundId + "/entries/" + entryId;
    }

    private static ReturnForm returnForm(RoundEntry entry) {
        ReturnForm f = new ReturnForm();
        f.setVersion(entry.getVersion());
        return f;
    }

    private String page(RoundEntry entry, CurrentUser user, Model model) {
        CheckRound round = entry.getRound();
        model.addAttribute("entry", entry);
        model.addAttribute("round", round);
        model.addAttribute("plan", round.getPlan());
        model.addAttribute("computed", rounds.computed(entry));
        model.addAttribute("milestones", rounds.milestonesOf(entry.getTaskId()));
        model.addAttribute("remedy", rounds.remedyOfEntry(entry.getId()).orElse(null));
        model.addAttribute("otherRemedies", rounds.remediesOfTask(entry.getTaskId()).stream()
                .filter(r -> !r.getEntryId().equals(entry.getId())).toList());
        model.addAttribute("mayWrite", RoundPolicy.mayWriteFor(user, entry.getDepartmentId())
                && round.getState().acceptsSubmissions() && entry.getSubmissionState().editable());
        model.addAttribute("mayReview", user.admin() && round.getState().acceptsReviews());
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("signals", Signal.values());
        model.addAttribute("history", history.savesOfRecord(RoundCycle.ENTRY, entry.getId()));
        return "checkround/entry";
    }
}
