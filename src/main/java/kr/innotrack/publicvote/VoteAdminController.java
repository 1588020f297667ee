package kr.innotrack.publicvote;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import kr.innotrack.history.HistoryQueries;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.web.Confirmation;
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

/** The office's pages of its public votes ({@code /votes}, menu 국민 참여 › 국민심사): planning admins only. */
@Controller
@RequiredArgsConstructor
class VoteAdminController {

    private static final String SECTION = "votes";

    private final VoteQueries queries;
    private final VoteCommands commands;
    private final HistoryQueries history;
    private final FormSubmission submissions;
    private final Messages messages;

    @GetMapping("/votes")
    String list(CurrentUser user, Model model) {
        model.addAttribute("votes", queries.staffVotes(user));
        model.addAttribute("now", queries.now());
        return "publicvote/votes";
    }

    @GetMapping("/votes/new")
    String newVote(CurrentUser user, Model model) {
        kr.innotrack.shared.AccessDeniedHere.unlessAdmin(user, "publicvote.what.manage");
        VoteForm form = new VoteForm();
        form.setOpensAt(queries.now().plusDays(1).withHour(9).withMinute(0).withSecond(0).withNano(0));
        form.setClosesAt(form.getOpensAt().plusDays(14).withHour(18));
        model.addAttribute("form", form);
        return "publicvote/vote-form";
    }

    @PostMapping("/votes")
    String create(@Valid @ModelAttribute("form") VoteForm form, BindingResult binding, CurrentUser user, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        kr.innotrack.shared.AccessDeniedHere.unlessAdmin(user, "publicvote.what.manage");
        return submissions.of(form, binding, model, response)
                .page(() -> "publicvote/vote-form")
                .check(form::check)
                .saveReturning(() -> commands.create(form.toFields(), user))
                .then(id -> {
                    redirect.addFlashAttribute("saved", messages.get("publicvote.flash.created"));
                    return "redirect:/votes/" + id;
                });
    }

    @GetMapping("/votes/{id}")
    String show(@PathVariable Long id, CurrentUser user, Model model) {
        VoteQueries.VoteRow vote = queries.staffVote(id, user);
        model.addAttribute("vote", vote);
        model.addAttribute("phase", vote.phase(queries.now()));
        model.addAttribute("cases", queries.cases(id));
        if (!model.containsAttribute("caseForm")) {
            model.addAttribute("caseForm", new CaseForm());
        }
        VotePhase phase = vote.phase(queries.now());
        if (phase == VotePhase.CLOSED || phase == VotePhase.RESULTS) {
            model.addAttribute("results", queries.results(id));
        }
        model.addAttribute("history", history.savesOfRecord(VoteCommands.VOTE, id));
        return "publicvote/vote";
    }

    @GetMapping("/votes/{id}/edit")
    String edit(@PathVariable Long id, CurrentUser user, Model model) {
        PublicVote vote = queries.entity(id, user);
        model.addAttribute("form", VoteForm.of(vote));
        model.addAttribute("voteId", id);
        return "publicvote/vote-form";
    }

    @PostMapping("/votes/{id}/edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") VoteForm form, BindingResult binding,
                  CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        queries.entity(id, user);
        model.addAttribute("voteId", id);
        return submissions.of(form, binding, model, response)
                .page(() -> "publicvote/vote-form")
                .check(form::check)
                .current(() -> VoteForm.of(queries.entity(id, user)))
                .save(() -> commands.update(id, form.toFields(), form.getVersion() == null ? -1 : form.getVersion(), user))
                .then(() -> saved(redirect, "publicvote.flash.saved", "redirect:/votes/" + id));
    }

    @PostMapping("/votes/{id}/cases")
    String addCase(@PathVariable Long id, @Valid @ModelAttribute("caseForm") CaseForm form, BindingResult binding,
                   CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        queries.entity(id, user);
        return submissions.of(form, binding, model, response)
                .page(() -> show(id, user, model))
                .save(() -> commands.addCase(id, form.toFields(), user))
                .then(() -> saved(redirect, "publicvote.flash.caseAdded", "redirect:/votes/" + id + "#cases"));
    }

    @GetMapping("/votes/{id}/cases/{caseId}/edit")
    String editCase(@PathVariable Long id, @PathVariable Long caseId, CurrentUser user, Model model) {
        VoteCase c = queries.caseEntity(id, caseId, user);
        model.addAttribute("form", CaseForm.of(c));
        model.addAttribute("vote", queries.staffVote(id, user));
        model.addAttribute("caseId", caseId);
        return "publicvote/case-form";
    }

    @PostMapping("/votes/{id}/cases/{caseId}/edit")
    String updateCase(@PathVariable Long id, @PathVariable Long caseId, @Valid @ModelAttribute("form") CaseForm form,
                      BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        queries.caseEntity(id, caseId, user);
        model.addAttribute("vote", queries.staffVote(id, user));
        model.addAttribute("caseId", caseId);
        return submissions.of(form, binding, model, response)
                .page(() -> "publicvote/case-form")
                .current(() -> CaseForm.of(queries.caseEntity(id, caseId, user)))
                .save(() -> commands.updateCase(id, caseId, form.toFields(),
                        form.getVersion() == null ? -1 : form.getVersion(), user))
                .then(() -> saved(redirect, "publicvote.flash.saved", "redirect:/votes/" + id + "#cases"));
    }

    @PostMapping("/votes/{id}/cases/{caseId}/delete")
    String removeCase(@PathVariable Long id, @PathVariable Long caseId, @RequestParam(required = false) Long version,
                      CurrentUser user, RedirectAttributes redirect) {
        queries.caseEntity(id, caseId, user);
        commands.removeCase(id, caseId, version == null ? -1 : version, user);
        return saved(redirect, "publicvote.flash.caseRemoved", "redirect:/votes/" + id + "#cases");
    }

    @PostMapping("/votes/{id}/cases/{caseId}/move")
    String moveCase(@PathVariable Long id, @PathVariable Long caseId, @RequestParam(defaultValue = "0") int direction,
                    CurrentUser user) {
        commands.moveCase(id, caseId, direction, user);
        return "redirect:/votes/" + id + "#cases";
    }

    // ------------------------------------------------------------------ state steps, each confirmed first

    @GetMapping("/votes/{id}/publish")
    String confirmPublish(@PathVariable Long id, CurrentUser user, Model model) {
        VoteQueries.VoteRow vote = queries.staffVote(id, user);
        Confirmation.Builder c = Confirmation.of(SECTION, messages.get("publicvote.publish.title", vote.title()))
                .lead(messages.get("publicvote.publish.lead"))
                .consequence(messages.get("publicvote.publish.public"))
                .consequence(messages.get("publicvote.publish.fixed"))
                .post("/votes/" + id + "/publish", messages.get("publicvote.action.publish"))
                .field("version", vote.version()).safe().cancel("/votes/" + id);
        if (vote.state() != VoteState.DRAFT) {
            c.blocked(messages.get("publicvote.notDraft"));
        } else {
            queries.publishProblems(id, user).stream().findFirst().ifPresent(p -> c.blocked(messages.get(p)));
        }
        model.addAttribute("confirmation", c.build());
        return "confirm";
    }

    @PostMapping("/votes/{id}/publish")
    String publish(@PathVariable Long id, @RequestParam(required = false) Long version,
                   @RequestParam(defaultValue = "false") boolean confirm, CurrentUser user, RedirectAttributes redirect) {
        if (!confirm) {
            queries.staffVote(id, user);
            return "redirect:/votes/" + id + "/publish";
        }
        commands.publish(id, version == null ? -1 : version, user);
        return saved(redirect, "publicvote.flash.published", "redirect:/votes/" + id);
    }

    @GetMapping("/votes/{id}/close")
    String confirmClose(@PathVariable Long id, CurrentUser user, Model model) {
        VoteQueries.VoteRow vote = queries.staffVote(id, user);
        VotePhase phase = vote.phase(queries.now());
        Confirmation.Builder c = Confirmation.of(SECTION, messages.get("publicvote.close.title", vote.title()))
                .lead(messages.get("publicvote.close.lead"))
                .consequence(messages.get("publicvote.close.noMore", vote.participants()))
                .post("/votes/" + id + "/close", messages.get("publicvote.action.close"))
                .field("version", vote.version()).cancel("/votes/" + id);
        if (phase != VotePhase.OPEN && phase != VotePhase.UPCOMING) {
            c.blocked(messages.get("publicvote.close.notOpen"));
        }
        model.addAttribute("confirmation", c.build());
        return "confirm";
    }

    @PostMapping("/votes/{id}/close")
    String close(@PathVariable Long id, @RequestParam(required = false) Long version,
                 @RequestParam(defaultValue = "false") boolean confirm, CurrentUser user, RedirectAttributes redirect) {
        if (!confirm) {
            queries.staffVote(id, user);
            return "redirect:/votes/" + id + "/close";
        }
        commands.closeEarly(id, version == null ? -1 : version, user);
        return saved(redirect, "publicvote.flash.closed", "redirect:/votes/" + id);
    }

    @GetMapping("/votes/{id}/results")
    String confirmResults(@PathVariable Long id, CurrentUser user, Model model) {
        VoteQueries.VoteRow vote = queries.staffVote(id, user);
        Confirmation.Builder c = Confirmation.of(SECTION, messages.get("publicvote.results.title", vote.title()))
                .lead(messages.get("publicvote.results.lead"))
                .consequence(messages.get("publicvote.results.public"))
                .post("/votes/" + id + "/results", messages.get("publicvote.action.results"))
                .field("version", vote.version()).safe().cancel("/votes/" + id);
        if (vote.imported()) {
            c.blocked(messages.get("publicvote.results.imported"));
        } else if (vote.phase(queries.now()) != VotePhase.CLOSED) {
            c.blocked(messages.get("publicvote.results.notClosed"));
        }
        model.addAttribute("confirmation", c.build());
        return "confirm";
    }

    @PostMapping("/votes/{id}/results")
    String results(@PathVariable Long id, @RequestParam(required = false) Long version,
                   @RequestParam(defaultValue = "false") boolean confirm, CurrentUser user, RedirectAttributes redirect) {
        if (!confirm) {
            queries.staffVote(id, user);
            return "redirect:/votes/" + id + "/results";
        }
        commands.publishResults(id, version == null ? -1 : version, user);
        return saved(redirect, "publicvote.flash.results", "redirect:/votes/" + id);
    }

    private String saved(RedirectAttributes redirect, String key, String to) {
        redirect.addFlashAttribute("saved", messages.get(key));
        return to;
    }
}
