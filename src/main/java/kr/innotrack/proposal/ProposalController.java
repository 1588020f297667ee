package kr.innotrack.proposal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The planning office's side (국민 참여 › 국민 제안): the list with its filters, a proposal's page and its steps. */
@Controller
@RequiredArgsConstructor
class ProposalController {

    private static final String[] FORMS = {"publishForm", "hideForm", "reviewForm", "adoptForm", "rejectForm"};

    private final ProposalQueries queries;
    private final ProposalCommands commands;
    private final FormSubmission submissions;
    private final Messages messages;

    @GetMapping("/proposals")
    String list(@ModelAttribute("filter") ProposalFilter filter, CurrentUser user, Model model) {
        model.addAttribute("rows", queries.staffList(user, filter.getPublication(), filter.getTriage()));
        model.addAttribute("publications", Publication.values());
        model.addAttribute("triages", Triage.values());
        model.addAttribute("section", "proposals");
        return "proposal/proposals";
    }

    @GetMapping("/proposals/{id}")
    String show(@PathVariable Long id, CurrentUser user, Model model) {
        return page(id, user, model);
    }

    @PostMapping("/proposals/{id}/publish")
    String publish(@PathVariable Long id, @Valid @ModelAttribute("publishForm") ActionForm form, BindingResult binding,
                   CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, form, binding, user, model, response, redirect, "proposal.flash.published",
                () -> commands.publish(id, form.getVersion(), user));
    }

    @PostMapping("/proposals/{id}/hide")
    String hide(@PathVariable Long id, @Valid @ModelAttribute("hideForm") ActionForm form, BindingResult binding,
                CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, form, binding, user, model, response, redirect, "proposal.flash.hidden",
                () -> commands.hide(id, form.getVersion(), form.getReason(), user));
    }

    @PostMapping("/proposals/{id}/review")
    String review(@PathVariable Long id, @Valid @ModelAttribute("reviewForm") ActionForm form, BindingResult binding,
                  CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, form, binding, user, model, response, redirect, "proposal.flash.reviewing",
                () -> commands.startReview(id, form.getVersion(), user));
    }

    @PostMapping("/proposals/{id}/adopt")
    String adopt(@PathVariable Long id, @Valid @ModelAttribute("adoptForm") ActionForm form, BindingResult binding,
                 CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, form, binding, user, model, response, redirect, "proposal.flash.adopted",
                () -> commands.adopt(id, form.getVersion(), form.getTaskId(), user));
    }

    @PostMapping("/proposals/{id}/reject")
    String reject(@PathVariable Long id, @Valid @ModelAttribute("rejectForm") ActionForm form, BindingResult binding,
                  CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, form, binding, user, model, response, redirect, "proposal.flash.rejected",
                () -> commands.reject(id, form.getVersion(), form.getReason(), user));
    }

    private String step(Long id, ActionForm form, BindingResult binding, CurrentUser user, Model model,
                        HttpServletResponse response, RedirectAttributes redirect, String flashKey, Runnable save) {
        queries.proposal(id, user); // 404 for another organization's, 403 for anyone but a planning admin
        return submissions.of(form, binding, model, response)
                .page(() -> page(id, user, model))
                .current(() -> ActionForm.of(queries.proposal(id, user)))
                .save(save)
                .then(() -> {
                    redirect.addFlashAttribute("saved", messages.get(flashKey));
                    return "redirect:/proposals/" + id;
                });
    }

    private String page(Long id, CurrentUser user, Model model) {
        ProposalQueries.StaffPage page = queries.staffPage(id, user);
        for (String name : FORMS) {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, ActionForm.of(page.proposal()));
            }
        }
        model.addAttribute("page", page);
        model.addAttribute("p", page.proposal());
        model.addAttribute("section", "proposals");
        return "proposal/proposal";
    }
}
