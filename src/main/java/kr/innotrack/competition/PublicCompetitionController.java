package kr.innotrack.competition;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import kr.innotrack.organization.PublicOrganization;
import kr.innotrack.organization.PublicOrganizations;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.web.FormSubmission;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.WebDataBinder;
import java.util.ArrayList;
import java.util.List;
import kr.innotrack.participation.Honeypot;

/**
 * The public contest pages (no sign-in, no session): an organization's calls, one call as the source shows it (with
 * the winners once published), and the entry form in two steps: the entry and the e-mail (a code is mailed), then the
 * code and the documents (the entry's fields ride along as hidden inputs). After the entry: the call page with
 * {@code ?submitted} (no flash attributes here).
 */
@Controller
@RequiredArgsConstructor
class PublicCompetitionController {

    private final PublicOrganizations organizations;
    private final CompetitionQueries queries;
    private final PublicEntries publicEntries;
    private final FormSubmission submissions;

    private PublicOrganization organization(String slug, Model model) {
        PublicOrganization org = organizations.bySlug(slug)
                .orElseThrow(() -> new NotFoundException("competition.organization", slug));
        model.addAttribute("publicOrg", org);
        model.addAttribute("publicSection", "competitions");
        return org;
    }

    @GetMapping("/public/{slug}/competitions")
    String list(@PathVariable String slug, Model model, HttpServletResponse response) {
        PublicOrganization org = organization(slug, model);
        model.addAttribute("rows", queries.publicList(org.id()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        return "competition/public-list";
    }

    @GetMapping("/public/{slug}/competitions/{id}")
    String call(@PathVariable String slug, @PathVariable Long id, Model model, HttpServletRequest request,
                HttpServletResponse response) {
        PublicOrganization org = organization(slug, model);
        model.addAttribute("page", queries.publicView(org.id(), id));
        model.addAttribute("submitted", request.getParameter("submitted") != null
                || "submitted".equals(request.getQueryString()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        return "competition/public-call";
    }

    /**
     * Only the entry's own fields and the document rows that exist bind: a file part named anything else
     * ({@code files}, {@code files[]}, {@code files[-1]}, {@code files[a]}) is ignored instead of failing the binder.
     */
    @InitBinder("form")
    void entryFields(WebDataBinder binder) {
        List<String> allowed = new ArrayList<>(List.of("title", "summary", "applicantName", "birthYear", "team",
                "teamSize", "teamMembers", "email", "consent", "code", "website"));
        for (int i = 0; i < CompetitionForm.DOCUMENT_ROWS; i++) {
            allowed.add("files[" + i + "]");
        }
        binder.setAllowedFields(allowed.toArray(String[]::new));
    }

    @GetMapping("/public/{slug}/competitions/{id}/enter")
    String enter(@PathVariable String slug, @PathVariable Long id, Model model, HttpServletResponse response) {
        PublicOrganization org = organization(slug, model);
        if (queries.publicView(org.id(), id).phase() != Phase.OPEN) {
            return "redirect:/public/" + org.slug() + "/competitions/" + id;
        }
        model.addAttribute("form", new EntryForm());
        return entryPage(org, id, model, response);
    }

    @PostMapping("/public/{slug}/competitions/{id}/enter")
    String requestCode(@PathVariable String slug, @PathVariable Long id, @Valid @ModelAttribute("form") EntryForm form,
                       BindingResult binding, Model model, HttpServletRequest request, HttpServletResponse response) {
        PublicOrganization org = organization(slug, model);
        Competition c = publicEntries.openCall(org.id(), id);
        if (Honeypot.isBot(form.getWebsite())) {
            return "redirect:/public/" + org.slug() + "/competitions/" + id + "?submitted";
        }
        return submissions.of(form, binding, model, response)
                .page(() -> entryPage(org, id, model, response))
                .check(() -> publicEntries.check(c, form))
                .save(() -> publicEntries.requestCode(org.id(), id, form, request.getRemoteAddr()))
                .then(() -> confirmPage(org, id, model, response));
    }

    @PostMapping("/public/{slug}/competitions/{id}/enter/confirm")
    String submit(@PathVariable String slug, @PathVariable Long id, @Valid @ModelAttribute("form") EntryForm form,
                  BindingResult binding, Model model, HttpServletRequest request, HttpServletResponse response) {
        PublicOrganization org = organization(slug, model);
        Competition c = publicEntries.openCall(org.id(), id);
        return submissions.of(form, binding, model, response)
                .page(() -> binding.getFieldErrors().stream().allMatch(e -> e.getField().equals("code")
                        || e.getField().startsWith("files")) && binding.getGlobalErrorCount() == 0
                        ? confirmPage(org, id, model, response) : entryPage(org, id, model, response))
                .check(() -> publicEntries.check(c, form))
                .save(() -> publicEntries.submit(org.id(), id, form, request.getRemoteAddr()))
                .then(() -> "redirect:/public/" + org.slug() + "/competitions/" + id + "?submitted");
    }

    private String entryPage(PublicOrganization org, Long id, Model model, HttpServletResponse response) {
        model.addAttribute("page", queries.publicView(org.id(), id));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return "competition/public-enter";
    }

    private String confirmPage(PublicOrganization org, Long id, Model model, HttpServletResponse response) {
        model.addAttribute("page", queries.publicView(org.id(), id));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return "competition/public-confirm";
    }
}
