package kr.innotrack.competition;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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

/**
 * The office's contest pages (planning admins, menu 「국민 참여 › 공모전」): the list, a new call, editing a draft, the
 * call page with its entries and their files, announcing (with confirmation), grading the entries and publishing the
 * results (with confirmation).
 */
@Controller
@RequiredArgsConstructor
class CompetitionController {

    private static final String SECTION = "competitions";

    private final CompetitionQueries queries;
    private final CompetitionCommands commands;
    private final FormSubmission submissions;
    private final Messages messages;

    @GetMapping("/competitions")
    String list(CurrentUser user, Model model) {
        model.addAttribute("rows", queries.list(user));
        return "competition/list";
    }

    @GetMapping("/competitions/new")
    String newCall(CurrentUser user, Model model) {
        CompetitionQueries.unlessAdmin(user);
        model.addAttribute("form", new CompetitionForm());
        return form(null, model);
    }

    @PostMapping("/competitions")
    String create(@Valid @ModelAttribute("form") CompetitionForm form, BindingResult binding, CurrentUser user,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CompetitionQueries.unlessAdmin(user);
        return submissions.of(form, binding, model, response)
                .page(() -> form(null, model))
                .check(form::check)
                .saveReturning(() -> commands.create(form, user))
                .then(c -> {
                    redirect.addFlashAttribute("saved", messages.get("competition.flash.created"));
                    return "redirect:/competitions/" + c.getId();
                });
    }

    @GetMapping("/competitions/{id}")
    String show(@PathVariable Long id, CurrentUser user, Model model) {
        model.addAttribute("page", queries.staffCall(id, user));
        model.addAttribute("grades", Grade.values());
        return "competition/call";
    }

    @GetMapping("/competitions/{id}/edit")
    String edit(@PathVariable Long id, CurrentUser user, Model model) {
        Competition c = queries.callWithDocuments(id, user);
        model.addAttribute("form", CompetitionForm.of(c));
        return form(c, model);
    }

    @PostMapping("/competitions/{id}/edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") CompetitionForm form, BindingResult binding,
                  CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Competition c = queries.callWithDocuments(id, user);
        return submissions.of(form, binding, model, response)
                .page(() -> form(c, model))
                .check(form::check)
                .current(() -> CompetitionForm.of(queries.callWithDocuments(id, user)))
                .save(() -> commands.update(id, form, user))
                .then(() -> {
                    redirect.addFlashAttribute("saved", messages.get("competition.flash.updated"));
                    return "redirect:/competitions/" + id;
                });
    }

    @GetMapping("/competitions/{id}/announce")
    String confirmAnnounce(@PathVariable Long id, CurrentUser user, Model model) {
        Competition c = queries.callWithDocuments(id, user);
        model.addAttribute("confirmation", Confirmation.of(SECTION, messages.get("competition.announce.title", c.getTitle()))
                .lead(messages.get("competition.announce.lead"))
                .consequence(messages.get("competition.announce.public", c.getReceiptStart(), c.getReceiptEnd()))
                .consequence(messages.get("competition.announce.frozen"))
                .post("/competitions/" + id + "/announce", messages.get("competition.announce.confirm"))
                .field("version", c.getVersion()).safe()
                .cancel("/competitions/" + id).build());
        return "confirm";
    }

    @PostMapping("/competitions/{id}/announce")
    String announce(@PathVariable Long id, @RequestParam Long version,
                    @RequestParam(defaultValue = "false") boolean confirm, CurrentUser user,
                    RedirectAttributes redirect) {
        if (!confirm) {
            queries.call(id, user);
            return "redirect:/competitions/" + id + "/announce";
        }
        commands.announce(id, version, user);
        redirect.addFlashAttribute("saved", messages.get("competition.flash.announced"));
        return "redirect:/competitions/" + id;
    }

    @PostMapping("/competitions/{id}/entries/{entryId}/grade")
    String grade(@PathVariable Long id, @PathVariable Long entryId, @RequestParam Grade grade,
                 @RequestParam Long version, CurrentUser user, RedirectAttributes redirect) {
        commands.grade(id, entryId, grade, version, user);
        redirect.addFlashAttribute("saved", messages.get("competition.flash.graded"));
        return "redirect:/competitions/" + id + "#entry-" + entryId;
    }

    @GetMapping("/competitions/{id}/results")
    String confirmResults(@PathVariable Long id, CurrentUser user, Model model) {
        CompetitionViews.StaffCall page = queries.staffCall(id, user);
        Competition c = page.call();
        long ungraded = page.entries().stream().filter(e -> e.getGrade() == null).count();
        long winners = page.entries().stream().filter(e -> e.getGrade() != null && e.getGrade().winner()).count();
        Confirmation.Builder b = Confirmation.of(SECTION, messages.get("competition.results.title", c.getTitle()))
                .lead(messages.get("competition.results.lead"))
                .consequence(messages.get("competition.results.winners", winners, page.entries().size()))
                .consequence(messages.get("competition.results.mail"))
                .post("/competitions/" + id + "/results", messages.get("competition.results.confirm"))
                .field("version", c.getVersion())
                .cancel("/competitions/" + id);
        if (ungraded > 0) {
            b.warning(messages.get("competition.results.ungraded", ungraded));
        }
        if (!page.publishable()) {
            b.blocked(messages.get("competition.error.notPublishable"));
        }
        model.addAttribute("confirmation", b.build());
        return "confirm";
    }

    @PostMapping("/competitions/{id}/results")
    String publishResults(@PathVariable Long id, @RequestParam Long version,
                          @RequestParam(defaultValue = "false") boolean confirm, CurrentUser user,
                          RedirectAttributes redirect) {
        if (!confirm) {
            queries.call(id, user);
            return "redirect:/competitions/" + id + "/results";
        }
        commands.publishResults(id, version, user);
        redirect.addFlashAttribute("saved", messages.get("competition.flash.published"));
        return "redirect:/competitions/" + id;
    }

    private String form(Competition c, Model model) {
        model.addAttribute("call", c);
        return "competition/form";
    }
}
