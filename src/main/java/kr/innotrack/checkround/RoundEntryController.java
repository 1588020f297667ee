package kr.innotrack.checkround;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import kr.innotrack.shared.AccessDeniedHere;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One task in a round: the department writes and submits its report; the office rates it, comments, or returns
 * it. One page holds both, each form shown to whoever may use it in the round's present state.
 */
@Controller
@RequestMapping("/rounds/{roundId}/entries/{entryId}")
@RequiredArgsConstructor
class RoundEntryController {

    private final CheckRoundQueries rounds;
    private final EntryCommands commands;
    private final FormSubmission submissions;
    private final Messages messages;
    private final kr.innotrack.evidence.EvidenceQueries evidence;

    /** The entry's 증빙자료 section (the same rules as the entry: its organization reads, its department writes). */
    @org.springframework.web.bind.annotation.ModelAttribute("evidence")
    kr.innotrack.evidence.EvidencePanel evidence(@PathVariable Long entryId, CurrentUser user) {
        return evidence.panel(kr.innotrack.evidence.OwnerKind.ROUND_ENTRY, entryId, user);
    }

    @GetMapping
    String show(@PathVariable Long roundId, @PathVariable Long entryId, CurrentUser user, Model model) {
        return page(rounds.entryPage(roundId, entryId, user), model);
    }

    @PostMapping
    String save(@PathVariable Long roundId, @PathVariable Long entryId, @RequestParam(defaultValue = "save") String action,
                @Valid @ModelAttribute("form") EntryForm form, BindingResult binding, CurrentUser user, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        boolean submit = "submit".equals(action);
        return submissions.of(form, binding, model, response)
                .page(() -> writersPage(roundId, entryId, user, model))
                .current(() -> EntryForm.of(rounds.entry(roundId, entryId, user.organizationId())))
                .check(() -> {
                    if (submit) {
                        form.checkSubmission();
                    }
                })
                .save(() -> commands.save(roundId, entryId, form.toCommand(), submit, user))
                .then(() -> saved(redirect, roundId, entryId, submit ? "entry.flash.submitted" : "entry.flash.draft"));
    }

    @PostMapping("/review")
    String review(@PathVariable Long roundId, @PathVariable Long entryId,
                  @Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult binding, CurrentUser user,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "entry.act.review");
        return submissions.of(form, binding, model, response)
                .page(() -> page(rounds.entryPage(roundId, entryId, user), model))
                .check(form::checkComment)
                .saveReturning(() -> commands.review(roundId, entryId, form.toCommand(), user))
                .then(outcome -> saved(redirect, roundId, entryId, outcome, form.getRating().needsRemedy()
                        ? "entry.flash.reviewedRemedy" : "entry.flash.reviewed"));
    }

    @PostMapping("/return")
    String returnEntry(@PathVariable Long roundId, @PathVariable Long entryId,
                       @Valid @ModelAttribute("returnForm") ReturnForm form, BindingResult binding, CurrentUser user,
                       Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "entry.act.return");
        return submissions.of(form, binding, model, response)
                .page(() -> page(rounds.entryPage(roundId, entryId, user), model))
                .saveReturning(() -> commands.returnEntry(roundId, entryId, form.toCommand(), user))
                .then(outcome -> saved(redirect, roundId, entryId, outcome, "entry.flash.returned"));
    }

    /** A step on a page someone changed since: back to the page, which shows the present state, with a word. */
    private String saved(RedirectAttributes redirect, Long roundId, Long entryId, StepOutcome outcome, String key) {
        if (outcome == StepOutcome.STALE) {
            redirect.addFlashAttribute("error", messages.get("entry.flash.stale"));
            return "redirect:/rounds/" + roundId + "/entries/" + entryId;
        }
        return saved(redirect, roundId, entryId, key);
    }

    private String saved(RedirectAttributes redirect, Long roundId, Long entryId, String key) {
        redirect.addFlashAttribute("saved", messages.get(key));
        return "redirect:/rounds/" + roundId + "/entries/" + entryId;
    }

    /** The page again for the department's form: only to whoever may write the entry (403 before any 400). */
    private String writersPage(Long roundId, Long entryId, CurrentUser user, Model model) {
        CheckRoundQueries.EntryPage page = rounds.entryPage(roundId, entryId, user);
        RoundPolicy.checkWriteFor(user, page.entry().getDepartmentId());
        return page(page, model);
    }

    /** The entry page; the form a POST bound stays as the person wrote it, the others show the saved entry. */
    static String page(CheckRoundQueries.EntryPage page, Model model) {
        RoundEntry entry = page.entry();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", EntryForm.of(entry));
        }
        if (!model.containsAttribute("reviewForm")) {
            model.addAttribute("reviewForm", ReviewForm.of(entry));
        }
        if (!model.containsAttribute("returnForm")) {
            model.addAttribute("returnForm", ReturnForm.of(entry));
        }
        if (!model.containsAttribute("questionForm")) {
            model.addAttribute("questionForm", QuestionForm.fresh());
        }
        model.addAttribute("questions", page.questions());
        model.addAttribute("entry", entry);
        model.addAttribute("round", page.round());
        model.addAttribute("plan", page.round().getPlan());
        model.addAttribute("computed", page.computed());
        model.addAttribute("milestones", page.milestones());
        model.addAttribute("remedy", page.remedy());
        model.addAttribute("otherRemedies", page.otherRemedies());
        model.addAttribute("mayWrite", page.mayWrite());
        model.addAttribute("mayReview", page.mayReview());
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("signals", Signal.values());
        model.addAttribute("history", page.history());
        return "checkround/entry";
    }
}
