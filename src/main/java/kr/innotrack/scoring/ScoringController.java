package kr.innotrack.scoring;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import kr.innotrack.plan.Plan;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.web.Confirmation;
import kr.innotrack.shared.web.Csv;
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

/** The scoring model, the contest (votes, panel scores, closing), the collaboration evaluation and the awards. */
@Controller
@RequestMapping("/plans/{planId}")
@RequiredArgsConstructor
class ScoringController {

    private final ScoringQueries scoring;
    private final ScoringCommands work;
    private final FormSubmission submissions;
    private final Messages messages;
    private final kr.innotrack.publicvote.PublicVotes publicVotes;

    // ---------------------------------------------------------------- model

    @GetMapping("/scoring-model")
    String model(@PathVariable Long planId, CurrentUser user, Model model) {
        ScoringQueries.ModelPage page = scoring.modelPage(planId, user);
        model.addAttribute("form", ModelForm.of(page.current().versionNo(), page.current().settings()));
        return modelPage(page, model);
    }

    @PostMapping("/scoring-model")
    String saveModel(@PathVariable Long planId, @Valid @ModelAttribute("form") ModelForm form, BindingResult binding,
                     CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "scoring.action.saveModel");
        int planYear = scoring.plan(planId, user.organizationId()).getPlanYear();
        return submissions.of(form, binding, model, response)
                .check(() -> form.check(planYear))
                .page(() -> {
                    if (model.containsAttribute("conflict")) {
                        model.addAttribute("stale", true);
                    }
                    return modelPage(scoring.modelPage(planId, user), model);
                })
                .current(() -> { ScoringQueries.ModelView saved = scoring.model(planId); return ModelForm.of(saved.versionNo(), saved.settings()); })
                .saveReturning(() -> work.saveModel(planId, form.toSettings(), form.getBasedOn(), user))
                .then(version -> {
                    redirect.addFlashAttribute("saved", version == form.getBasedOn()
                            ? messages.get("scoring.flash.modelUnchanged", String.valueOf(version))
                            : messages.get("scoring.flash.model", String.valueOf(version)));
                    return "redirect:/plans/" + planId + "/ranking";
                });
    }

    private static String modelPage(ScoringQueries.ModelPage page, Model model) {
        model.addAttribute("plan", page.plan());
        model.addAttribute("isAdmin", page.isAdmin());
        model.addAttribute("history", page.history());
        return "scoring/model";
    }

    // ---------------------------------------------------------------- contest

    @GetMapping("/contest")
    String contest(@PathVariable Long planId, CurrentUser user, Model model) {
        model.addAllAttributes(scoring.contestPage(planId, user).attributes());
        model.addAttribute("publicVote", publicVotes.contestTally(planId).orElse(null));
        return "scoring/contest";
    }

    /** 「국민 투표 만들기」: a public vote of the shortlisted tasks (준비), opened on its own page under 국민심사. */
    @PostMapping("/contest/public-vote")
    String createPublicVote(@PathVariable Long planId, CurrentUser user, RedirectAttributes redirect) {
        long voteId = work.createPublicVote(planId, user);
        redirect.addFlashAttribute("saved", messages.get("scoring.publicVote.created"));
        return "redirect:/votes/" + voteId;
    }

    /** The office's shortlist (본선 과제): every task of the plan with a checkbox, while the contest is being prepared. */
    @GetMapping("/contest/shortlist")
    String shortlist(@PathVariable Long planId, CurrentUser user, Model model) {
        AccessDeniedHere.unlessAdmin(user, "scoring.action.shortlist");
        ScoringQueries.ShortlistPage page = scoring.shortlistPage(planId, user.organizationId());
        return shortlistPage(page, ShortlistForm.of(page.saved(), page.version()), model);
    }

    private static String shortlistPage(ScoringQueries.ShortlistPage page, ShortlistForm form, Model model) {
        model.addAttribute("plan", page.plan());
        model.addAttribute("tasks", page.tasks());
        model.addAttribute("selected", form.getTaskIds());
        model.addAttribute("contestVersion", form.getVersion());
        model.addAttribute("phase", page.phase());
        return "scoring/shortlist";
    }

    @PostMapping("/contest/shortlist")
    String saveShortlist(@PathVariable Long planId, @ModelAttribute("shortlistForm") ShortlistForm form,
                         BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "scoring.action.shortlist");
        scoring.plan(planId, user.organizationId());
        List<Long> ids = form.getTaskIds();
        return submissions.of(form, binding, model, response)
                .page(() -> {
                    ScoringQueries.ShortlistPage page = scoring.shortlistPage(planId, user.organizationId());
                    if (model.containsAttribute("conflict")) {
                        model.addAttribute("staleShortlist", true);
                        model.addAttribute("current", page.saved());
                    }
                    return shortlistPage(page, form, model);
                })
                .current(() -> ShortlistForm.of(scoring.shortlist(planId), scoring.contestVersion(planId)))
                .save(() -> work.saveShortlist(planId, new HashSet<>(ids), form.getVersion(), user))
                .then(() -> {
                    redirect.addFlashAttribute("saved", messages.get("scoring.flash.shortlist", String.valueOf(ids.size())));
                    return "redirect:/plans/" + planId + "/contest";
                });
    }

    /** A candidate's results summary, written by its lead department before voting opens. */
    @GetMapping("/contest/candidates/{taskId}/summary")
    String summary(@PathVariable Long planId, @PathVariable Long taskId, CurrentUser user, Model model) {
        ScoringQueries.SummaryPage page = scoring.summaryPage(planId, taskId, user);
        model.addAttribute("form", SummaryForm.of(page.candidate()));
        return summaryPage(page, model);
    }

    private static String summaryPage(ScoringQueries.SummaryPage page, Model model) {
        model.addAttribute("plan", page.plan());
        model.addAttribute("view", page.view());
        model.addAttribute("phase", page.phase());
        return "scoring/summary";
    }

    @PostMapping("/contest/candidates/{taskId}/summary")
    String saveSummary(@PathVariable Long planId, @PathVariable Long taskId, @Valid @ModelAttribute("form") SummaryForm form,
                       BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        scoring.candidate(planId, taskId, user.organizationId());
        return submissions.of(form, binding, model, response)
                .page(() -> summaryPage(scoring.summaryPage(planId, taskId, user), model))
                .current(() -> SummaryForm.of(scoring.candidate(planId, taskId, user.organizationId())))
                .save(() -> work.writeSummary(planId, taskId, form.getSummary(), form.getVersion(), user))
                .then(() -> {
                    redirect.addFlashAttribute("saved", messages.get("scoring.flash.summary"));
                    return "redirect:/plans/" + planId + "/contest";
                });
    }

    @PostMapping("/contest/votes")
    String vote(@PathVariable Long planId, @RequestParam Long taskId, CurrentUser user, RedirectAttributes redirect) {
        work.vote(planId, taskId, user);
        redirect.addFlashAttribute("saved", messages.get("scoring.flash.vote"));
        return "redirect:/plans/" + planId + "/contest";
    }

    /** Opening the vote asks first: the shortlist and the summaries are locked from then on. */
    @GetMapping("/contest/open")
    String confirmOpen(@PathVariable Long planId, CurrentUser user, Model model) {
        AccessDeniedHere.unlessAdmin(user, "scoring.action.openVote");
        Plan plan = scoring.plan(planId, user.organizationId());
        model.addAttribute("plan", plan);
        model.addAttribute("confirmation", scoring.openingConfirmation(planId));
        return "confirm";
    }

    @PostMapping("/contest/open")
    String open(@PathVariable Long planId, @RequestParam(defaultValue = "false") boolean confirm, CurrentUser user,
                RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "scoring.action.openVote");
        scoring.plan(planId, user.organizationId());
        if (!confirm) {
            return "redirect:/plans/" + planId + "/contest/open";
        }
        work.openVote(planId, true, user);
        redirect.addFlashAttribute("saved", messages.get("scoring.flash.opened"));
        return "redirect:/plans/" + planId + "/contest";
    }

    /** Closing the vote asks first: the counts become public and count in the ranking. */
    @GetMapping("/contest/close")
    String confirmClose(@PathVariable Long planId, CurrentUser user, Model model) {
        AccessDeniedHere.unlessAdmin(user, "scoring.action.closeVote");
        Plan plan = scoring.plan(planId, user.organizationId());
        model.addAttribute("plan", plan);
        model.addAttribute("confirmation", scoring.closingConfirmation(planId));
        return "confirm";
    }

    @PostMapping("/contest/close")
    String close(@PathVariable Long planId, @RequestParam(defaultValue = "false") boolean confirm, CurrentUser user,
                 RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "scoring.action.closeVote");
        scoring.plan(planId, user.organizationId());
        if (!confirm) {
            return "redirect:/plans/" + planId + "/contest/close";
        }
        work.closeVote(planId, true, user);
        redirect.addFlashAttribute("saved", messages.get("scoring.flash.closed"));
        return "redirect:/plans/" + planId + "/contest";
    }

    @GetMapping("/contest/panel")
    String panel(@PathVariable Long planId, @RequestParam(required = false) String member, CurrentUser user, Model model) {
        AccessDeniedHere.unlessAdmin(user, "scoring.action.panel");
        Plan plan = scoring.plan(planId, user.organizationId());
        model.addAttribute("form", scoring.panelForm(planId, member));
        return panelPage(plan, model);
    }

    @PostMapping("/contest/panel")
    String savePanel(@PathVariable Long planId, @Valid @ModelAttribute("form") ScoreForms.PanelForm form,
                     BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "scoring.action.panel");
        Plan plan = scoring.plan(planId, user.organizationId());
        return submissions.of(form, binding, model, response)
                .page(() -> panelPage(plan, model))
                // Someone saved this member's scores meanwhile: theirs beside these, the form now based on theirs.
                .current(() -> ScoreForms.rebase(form.getLines(), scoring.panelForm(planId, form.getMember())))
                .save(() -> work.savePanelScores(planId, form.getMember(), form.scores(), user))
                .then(() -> {
                    redirect.addFlashAttribute("saved", messages.get("scoring.flash.panel", form.getMember()));
                    return "redirect:/plans/" + planId + "/contest";
                });
    }

    private String panelPage(Plan plan, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("members", scoring.panelMembers(plan.getId()));
        return "scoring/panel";
    }

    // ---------------------------------------------------------------- collaboration

    @GetMapping("/collaboration-scores")
    String collaboration(@PathVariable Long planId, CurrentUser user, Model model) {
        Plan plan = scoring.plan(planId, user.organizationId());
        model.addAttribute("form", scoring.collaborationForm(planId, user));
        return collaborationPage(plan, user, model);
    }

    @PostMapping("/collaboration-scores")
    String saveCollaboration(@PathVariable Long planId, @Valid @ModelAttribute("form") ScoreForms.CollaborationForm form,
                             BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                             RedirectAttributes redirect) {
        Plan plan = scoring.plan(planId, user.organizationId());
        return submissions.of(form, binding, model, response)
                .page(() -> collaborationPage(plan, user, model))
                .current(() -> ScoreForms.rebase(form.getLines(), scoring.collaborationForm(planId, user)))
                .save(() -> work.saveCollaborationScores(planId, form.scores(), user))
                .then(() -> {
                    redirect.addFlashAttribute("saved", messages.get("scoring.flash.collaboration"));
                    return "redirect:/plans/" + planId + "/collaboration-scores";
                });
    }

    private String collaborationPage(Plan plan, CurrentUser user, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("mayEdit", user.role() != kr.innotrack.shared.Role.VIEWER);
        return "scoring/collaboration";
    }

    // ---------------------------------------------------------------- awards

    @GetMapping("/awards")
    String awards(@PathVariable Long planId, CurrentUser user, Model model) {
        Plan plan = scoring.plan(planId, user.organizationId());
        AwardForm form = scoring.awardForm(planId);
        model.addAttribute("form", form);
        return awardsPage(plan, form, user, model);
    }

    /** The proposal for other grades, counts, amounts or tie order; changes nothing. */
    @PostMapping("/awards/preview")
    String preview(@PathVariable Long planId, @Valid @ModelAttribute("form") AwardForm form, BindingResult binding,
                   CurrentUser user, Model model, HttpServletResponse response) {
        Plan plan = scoring.plan(planId, user.organizationId());
        return submissions.of(form, binding, model, response)
                .page(() -> awardsPage(plan, form, user, model))
                .save(() -> { })
                .then(() -> awardsPage(plan, form, user, model));
    }

    /**
     * 「이대로 확정」 first shows the confirmation page (the winners, the amounts, the ties and how they were ordered);
     * its button posts again with confirm=true, which freezes the result.
     */
    @PostMapping("/awards")
    String confirm(@PathVariable Long planId, @Valid @ModelAttribute("form") AwardForm form, BindingResult binding,
                   @RequestParam(defaultValue = "false") boolean confirm, CurrentUser user, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "scoring.action.awards");
        Plan plan = scoring.plan(planId, user.organizationId());
        ScoringQueries.AwardDraft draft = scoring.awardDraft(planId, form.toRequest(), user.organizationId());
        AwardPlan proposal = draft.proposal();
        form.alignTies(proposal);
        return submissions.of(form, binding, model, response)
                .check(() -> form.check(draft.ranked(), proposal))
                .page(() -> awardsPage(plan, form, user, model))
                .save(() -> {
                    if (confirm) {
                        work.confirmAwards(planId, form.toRequest(), true, user);
                    } else {
                        scoring.requireAwardable(planId);
                    }
                })
                .then(() -> {
                    if (!confirm) {
                        model.addAttribute("plan", plan);
                        model.addAttribute("confirmation", scoring.awardConfirmation(plan, proposal, form.getTieReason(),
                                form.confirmationFields()));
                        return "confirm";
                    }
                    redirect.addFlashAttribute("saved", messages.get("scoring.flash.awards"));
                    return "redirect:/plans/" + planId + "/awards";
                });
    }

    private String awardsPage(Plan plan, AwardForm form, CurrentUser user, Model model) {
        ScoringQueries.AwardsPage page = scoring.awardsPage(plan.getId(), form.toRequest(), user);
        if (page.draft() != null) {
            form.alignTies(page.draft().proposal());
        }
        model.addAllAttributes(page.attributes());
        return "scoring/awards";
    }

    @GetMapping("/awards.csv")
    void awardsCsv(@PathVariable Long planId, CurrentUser user, HttpServletResponse response) throws IOException {
        scoring.plan(planId, user.organizationId());
        AwardResult result = scoring.award(planId).orElseThrow(() -> new NotFoundException("scoring.record.award", planId));
        Csv.download(response, "awards-" + planId + ".csv").append(AwardCsv.of(result, messages)).flush();
    }

    /** The confirmed awards as .xlsx; none confirmed yet: 404, as the CSV. */
    @GetMapping("/awards.xlsx")
    org.springframework.http.ResponseEntity<byte[]> awardsXlsx(@PathVariable Long planId, CurrentUser user) {
        Plan plan = scoring.plan(planId, user.organizationId());
        AwardResult result = scoring.award(planId).orElseThrow(() -> new NotFoundException("scoring.record.award", planId));
        return kr.innotrack.document.FileDownload.xlsx("awards-" + planId + ".xlsx",
                messages.get("file.awards.xlsx", plan.getPlanYear()), ScoringSheets.awards(plan, result, messages));
    }
}
