package kr.innotrack.proposal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import kr.innotrack.organization.PublicOrganization;
import kr.innotrack.organization.PublicOrganizations;
import kr.innotrack.plan.CitizenProposalTasks;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.web.FormSubmission;
import kr.innotrack.shared.web.RejectedInput;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The citizens' side under {@code /public/{slug}/proposals}: no session (no flash: a redirect carries {@code
 * ?submitted} or {@code ?supported}), the submission form with consent and honeypot, the published proposals with
 * the adoption statistics, a proposal's page and its two-step support form (the address carried in a hidden field).
 */
@Controller
@RequiredArgsConstructor
class PublicProposalController {

    private final PublicOrganizations organizations;
    private final ProposalQueries queries;
    private final ProposalCommands commands;
    private final ProposalSupports supports;
    private final CitizenProposalTasks tasks;
    private final FormSubmission submissions;
    private final Messages messages;

    @GetMapping("/public/{slug}/proposals")
    String list(@PathVariable String slug, @RequestParam(defaultValue = "1") int page,
                HttpServletRequest request, Model model, HttpServletResponse response) {
        PublicOrganization org = organization(slug, model);
        model.addAttribute("list", queries.publicList(org.id(), page));
        model.addAttribute("submitted", request.getParameterMap().containsKey("submitted"));
        response.setHeader("Cache-Control", "no-cache");
        return "proposal/public-list";
    }

    @GetMapping("/public/{slug}/proposals/new")
    String newProposal(@PathVariable String slug, Model model, HttpServletResponse response) {
        PublicOrganization org = organization(slug, model);
        model.addAttribute("form", new SubmitForm());
        return form(org, model, response);
    }

    @PostMapping("/public/{slug}/proposals")
    String submit(@PathVariable String slug, @Valid @ModelAttribute("form") SubmitForm form, BindingResult binding,
                  Model model, HttpServletResponse response) {
        PublicOrganization org = organization(slug, model);
        String done = "redirect:/public/" + org.slug() + "/proposals?submitted";
        if (form.bot()) {
            return done; // the honeypot: answered as accepted, nothing stored
        }
        return submissions.of(form, binding, model, response)
                .page(() -> form(org, model, response))
                .save(() -> commands.submit(org, new ProposalCommands.Submission(form.getTitle(), form.getBody(),
                        form.getCategory(), form.getRelatedTaskId(), form.getEmail())))
                .then(() -> done);
    }

    @GetMapping("/public/{slug}/proposals/{id}")
    String show(@PathVariable String slug, @PathVariable Long id, HttpServletRequest request, Model model,
                HttpServletResponse response) {
        PublicOrganization org = organization(slug, model);
        model.addAttribute("supported", request.getParameterMap().containsKey("supported"));
        model.addAttribute("supportForm", new SupportForm());
        return detail(org, id, false, model, response);
    }

    /** Step one: mail a code to the address; the page then asks for the code. */
    @PostMapping("/public/{slug}/proposals/{id}/support/code")
    String requestCode(@PathVariable String slug, @PathVariable Long id,
                       @Valid @ModelAttribute("supportForm") SupportForm form, BindingResult binding, Model model,
                       HttpServletRequest request, HttpServletResponse response) {
        PublicOrganization org = organization(slug, model);
        queries.publicView(org.id(), id);
        return submissions.of(form, binding, model, response)
                .page(() -> detail(org, id, false, model, response))
                .save(() -> supports.requestCode(org.id(), id, form.getEmail(), request.getRemoteAddr()))
                .then(() -> {
                    form.setCode(null);
                    return detail(org, id, true, model, response);
                });
    }

    /**
     * Step two: the code confirms the address and the support is counted, once per person; a second support by the
     * same person is a 409 with 「이미 공감하셨습니다」 beside the address.
     */
    @PostMapping("/public/{slug}/proposals/{id}/support")
    String support(@PathVariable String slug, @PathVariable Long id,
                   @Valid @ModelAttribute("supportForm") SupportForm form, BindingResult binding, Model model,
                   HttpServletRequest request, HttpServletResponse response) {
        PublicOrganization org = organization(slug, model);
        queries.publicView(org.id(), id);
        return submissions.of(form, binding, model, response)
                .page(() -> detail(org, id, !binding.hasFieldErrors("email"), model, response))
                .conflictPage(() -> {
                    binding.rejectValue("email", "proposal.support.already", messages.get("proposal.support.already"));
                    return detail(org, id, false, model, response);
                })
                .check(() -> {
                    if (form.getCode() == null) {
                        throw new RejectedInput("code", "proposal.support.code.required");
                    }
                })
                .save(() -> supports.support(org.id(), id, form.getEmail(), form.getCode(), request.getRemoteAddr()))
                .then(() -> "redirect:/public/" + org.slug() + "/proposals/" + id + "?supported");
    }

    private String detail(PublicOrganization org, Long id, boolean codeStep, Model model, HttpServletResponse response) {
        model.addAttribute("proposal", queries.publicView(org.id(), id));
        model.addAttribute("codeStep", codeStep);
        if (!model.containsAttribute("supported")) {
            model.addAttribute("supported", false);
        }
        response.setHeader("Cache-Control", "no-store");
        return "proposal/public-proposal";
    }

    private String form(PublicOrganization org, Model model, HttpServletResponse response) {
        model.addAttribute("categories", ProposalCategory.values());
        model.addAttribute("tasks", tasks.publicChoices(org.id()));
        model.addAttribute("maxBody", SubmitForm.MAX_BODY);
        response.setHeader("Cache-Control", "no-store");
        return "proposal/public-new";
    }

    private PublicOrganization organization(String slug, Model model) {
        PublicOrganization org = organizations.bySlug(slug)
                .orElseThrow(() -> new NotFoundException("proposal.record.organization", slug));
        model.addAttribute("publicOrg", org);
        model.addAttribute("publicSection", "proposals");
        return org;
    }
}
