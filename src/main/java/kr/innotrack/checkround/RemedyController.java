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

/** A remedy (원인분석·개선대책): the department writes and submits it; the office accepts or returns it. */
@Controller
@RequestMapping("/remedies/{remedyId}")
@RequiredArgsConstructor
class RemedyController {

    private final CheckRoundQueries rounds;
    private final RemedyCommands commands;
    private final FormSubmission submissions;
    private final Messages messages;
    private final kr.innotrack.evidence.EvidenceQueries evidence;

    /** The remedy's 증빙자료 section (the same rules as the remedy: its organization reads, its department writes). */
    @org.springframework.web.bind.annotation.ModelAttribute("evidence")
    kr.innotrack.evidence.EvidencePanel evidence(@PathVariable Long remedyId, CurrentUser user) {
        return evidence.panel(kr.innotrack.evidence.OwnerKind.REMEDY, remedyId, user);
    }

    @GetMapping
    String show(@PathVariable Long remedyId, CurrentUser user, Model model) {
        return page(rounds.remedyPage(remedyId, user), model);
    }

    @PostMapping
    String save(@PathVariable Long remedyId, @RequestParam(defaultValue = "save") String action,
                @Valid @ModelAttribute("form") RemedyForm form, BindingResult binding, CurrentUser user, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        boolean submit = "submit".equals(action);
        return submissions.of(form, binding, model, response)
                .page(() -> page(rounds.remedyPage(remedyId, user), model))
                .current(() -> {
                    Remedy saved = rounds.remedy(remedyId, user.organizationId());
                    return RemedyForm.of(saved, rounds.milestonesOf(saved.getTaskId()));
                })
                .check(() -> form.check(submit, rounds.today(), planYearToWrite(remedyId, user)))
                .save(() -> commands.save(remedyId, form.toCommand(), submit, user))
                .then(() -> saved(redirect, remedyId, submit ? "remedy.flash.submitted" : "remedy.flash.draft"));
    }

    @PostMapping("/decision")
    String decide(@PathVariable Long remedyId, @Valid @ModelAttribute("decision") DecisionForm form,
                  BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "remedy.act.decide");
        return submissions.of(form, binding, model, response)
                .page(() -> page(rounds.remedyPage(remedyId, user), model))
                .check(form::checkComment)
                .saveReturning(() -> commands.decide(remedyId, form.toCommand(), user))
                .then(outcome -> {
                    if (outcome == StepOutcome.STALE) {
                        redirect.addFlashAttribute("error", messages.get("remedy.flash.stale"));
                        return "redirect:/remedies/" + remedyId;
                    }
                    return saved(redirect, remedyId, form.isAccept() ? "remedy.flash.accepted" : "remedy.flash.returned");
                });
    }

    /** The plan year the remedy's dates are checked against; only whoever may write it gets there (403 before 400). */
    private int planYearToWrite(Long remedyId, CurrentUser user) {
        Remedy remedy = rounds.remedy(remedyId, user.organizationId());
        RoundPolicy.checkWriteFor(user, remedy.getDepartmentId());
        return remedy.getEntry().getRound().getPlan().getPlanYear();
    }

    private String saved(RedirectAttributes redirect, Long remedyId, String key) {
        redirect.addFlashAttribute("saved", messages.get(key));
        return "redirect:/remedies/" + remedyId;
    }

    /** The remedy page; the form a POST bound stays as the person wrote it, the other shows the saved remedy. */
    private static String page(CheckRoundQueries.RemedyPage page, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RemedyForm.of(page.remedy(), page.milestones()));
        }
        if (!model.containsAttribute("decision")) {
            model.addAttribute("decision", DecisionForm.of(page.remedy()));
        }
        model.addAttribute("remedy", page.remedy());
        model.addAttribute("entry", page.remedy().getEntry());
        model.addAttribute("round", page.round());
        model.addAttribute("plan", page.round().getPlan());
        model.addAttribute("mayWrite", page.mayWrite());
        model.addAttribute("mayDecide", page.mayDecide());
        model.addAttribute("revisionRows", page.revisionRows());
        model.addAttribute("overdue", page.overdue());
        model.addAttribute("history", page.history());
        return "checkround/remedy";
    }
}
