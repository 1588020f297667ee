package kr.innotrack.auditfinding;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.web.FormSubmission;
import java.util.List;
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

@Controller
@RequiredArgsConstructor
class AuditFindingController {

    private final AuditFindingQueries queries;
    private final kr.innotrack.evidence.EvidenceQueries evidence;
    private final AuditFindingCommands commands;
    private final FindingTaskLinks links;
    private final FormSubmission submissions;
    private final Messages messages;

    /** A filter value that does not bind shows the whole register, answered 400. */
    @GetMapping("/audit-findings")
    ModelAndView list(@ModelAttribute("filter") FindingFilter filter, BindingResult binding, CurrentUser user) {
        AuditFindingQueries.ListPage page = queries.listPage(binding.hasErrors() ? null : filter, user);
        ModelAndView view = new ModelAndView("auditfinding/findings",
                binding.hasErrors() ? HttpStatus.BAD_REQUEST : HttpStatus.OK);
        view.addObject("findings", page.findings());
        view.addObject("today", page.today());
        view.addObject("overdueCount", page.overdueCount());
        view.addObject("summary", page.summary());
        view.addObject("types", FindingType.values());
        view.addObject("statuses", FindingStatus.values());
        view.addObject("departments", page.departments());
        view.addObject("organization", page.organization());
        return view;
    }

    /** The register as .xlsx with the page's filter; a filter value that does not bind: 400, as the page. */
    @GetMapping("/audit-findings.xlsx")
    org.springframework.http.ResponseEntity<byte[]> xlsx(@ModelAttribute("filter") FindingFilter filter,
                                                        BindingResult binding, CurrentUser user) {
        if (binding.hasErrors()) {
            throw new kr.innotrack.shared.web.RejectedInput(binding.getFieldErrors().get(0).getField(), "xlsx.error.filter");
        }
        AuditFindingQueries.ListPage page = queries.listPage(filter, user);
        List<String> parts = new java.util.ArrayList<>();
        if (filter.getType() != null) {
            parts.add(messages.label(filter.getType()));
        }
        if (filter.getDept() != null) {
            page.departments().stream().filter(d -> d.getId().equals(filter.getDept())).findFirst()
                    .ifPresent(d -> parts.add(d.getName()));
        }
        if (filter.getStatus() != null) {
            parts.add(messages.label(filter.getStatus()));
        }
        if (filter.isOverdue()) {
            parts.add(messages.get("finding.overdueOnly"));
        }
        String conditions = parts.isEmpty() ? "" : " · " + String.join(", ", parts);
        return kr.innotrack.document.FileDownload.xlsx("audit-findings.xlsx", messages.get("file.auditFindings.xlsx"),
                FindingRegisterSheet.write(page, conditions, messages));
    }

    @GetMapping("/audit-findings/{id}")
    String show(@PathVariable Long id, CurrentUser user, Model model) {
        AuditFindingQueries.DetailPage page = queries.detailPage(id, user);
        model.addAttribute("progressForm", newProgress(page));
        model.addAttribute("statusForm", StatusForm.of(page.detail().finding()));
        model.addAttribute("dueDateForm", DueDateForm.of(page.detail().finding()));
        return detail(page, user, model);
    }

    @PostMapping("/audit-findings/{id}/due-date")
    String setDueDate(@PathVariable Long id, @Valid @ModelAttribute("dueDateForm") DueDateForm form,
                      BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "finding.dueDate.title");
        return submissions.of(form, binding, model, response)
                .page(() -> {
                    AuditFindingQueries.DetailPage page = queries.detailPage(id, user);
                    model.addAttribute("statusForm", StatusForm.of(page.detail().finding()));
                    model.addAttribute("progressForm", newProgress(page));
                    return detail(page, user, model);
                })
                .current(() -> DueDateForm.of(queries.finding(id, user)))
                .save(() -> commands.setDueDate(id, form.toCommand(), user))
                .then(() -> {
                    redirect.addFlashAttribute("saved", form.getDueDate() == null
                            ? messages.get("finding.flash.dueDateCleared")
                            : messages.get("finding.flash.dueDateSet", form.getDueDate().toString()));
                    return "redirect:/audit-findings/" + id;
                });
    }

    @PostMapping("/audit-findings/{id}/progress")
    String addProgress(@PathVariable Long id, @Valid @ModelAttribute("progressForm") ProgressForm form,
                       BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        return submissions.of(form, binding, model, response)
                .page(() -> {
                    AuditFindingQueries.DetailPage page = queries.detailPage(id, user);
                    model.addAttribute("statusForm", StatusForm.of(page.detail().finding()));
                    model.addAttribute("dueDateForm", DueDateForm.of(page.detail().finding()));
                    return detail(page, user, model);
                })
                .save(() -> commands.addProgress(id, form.toCommand(), user))
                .then(() -> {
                    redirect.addFlashAttribute("saved", messages.get("finding.flash.progress"));
                    return "redirect:/audit-findings/" + id + "#progress";
                });
    }

    @PostMapping("/audit-findings/{id}/status")
    String changeStatus(@PathVariable Long id, @Valid @ModelAttribute("statusForm") StatusForm form,
                        BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                        RedirectAttributes redirect) {
        return submissions.of(form, binding, model, response)
                .page(() -> {
                    AuditFindingQueries.DetailPage page = queries.detailPage(id, user);
                    model.addAttribute("dueDateForm", DueDateForm.of(page.detail().finding()));
                    model.addAttribute("progressForm", newProgress(page));
                    return detail(page, user, model);
                })
                .current(() -> StatusForm.of(queries.finding(id, user)))
                .save(() -> commands.changeStatus(id, form.toCommand(), user))
                .then(() -> {
                    redirect.addFlashAttribute("saved", messages.get("finding.flash.status"));
                    return "redirect:/audit-findings/" + id;
                });
    }

    @PostMapping("/audit-findings/{id}/tasks")
    String link(@PathVariable Long id, @RequestParam Long taskId, CurrentUser user, RedirectAttributes redirect) {
        links.link(id, taskId, user);
        redirect.addFlashAttribute("saved", messages.get("finding.flash.linked"));
        return "redirect:/audit-findings/" + id + "#tasks";
    }

    @PostMapping("/audit-findings/{id}/tasks/{taskId}/delete")
    String unlink(@PathVariable Long id, @PathVariable Long taskId, CurrentUser user, RedirectAttributes redirect) {
        commands.unlink(id, taskId, user);
        redirect.addFlashAttribute("saved", messages.get("finding.flash.unlinked"));
        return "redirect:/audit-findings/" + id + "#tasks";
    }

    private static ProgressForm newProgress(AuditFindingQueries.DetailPage page) {
        ProgressForm progress = new ProgressForm();
        progress.setEntryDate(page.today());
        return progress;
    }

    private String detail(AuditFindingQueries.DetailPage page, CurrentUser user, Model model) {
        model.addAttribute("detail", page.detail());
        model.addAttribute("progressEvidence", evidence.byOwner(kr.innotrack.evidence.OwnerKind.AUDIT_PROGRESS,
                page.detail().progress().stream().map(AuditProgress::getId).toList()));
        model.addAttribute("today", page.today());
        model.addAttribute("isAdmin", user.admin());
        model.addAttribute("statuses", FindingStatus.values());
        model.addAttribute("organization", page.organization());
        return "auditfinding/finding";
    }
}
