package kr.innotrack.auditfinding;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import kr.innotrack.organization.DepartmentService;
import kr.innotrack.shared.web.Conflicts;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AuditFindingController {

    private final AuditFindingService findings;
    private final DepartmentService departments;
    private final Clock clock;

    AuditFindingController(AuditFindingService findings, DepartmentService departments, Clock clock) {
        this.findings = findings;
        this.departments = departments;
        this.clock = clock;
    }

    @GetMapping("/audit-findings")
    String list(@ModelAttribute("filter") FindingFilter filter, BindingResult binding, CurrentUser user, Model model,
                HttpServletResponse response) {
        FindingFilter effective = filter;
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            effective = new FindingFilter();
        }
        model.addAttribute("findings", findings.list(effective, user));
        model.addAttribute("today", findings.today());
        model.addAttribute("overdueCount", findings.list(overdueOnly(), user).size());
        model.addAttribute("summary", findings.summary(user));
        model.addAttribute("types", FindingType.values());
        model.addAttribute("statuses", FindingStatus.values());
        model.addAttribute("departments", departments.departmentsOf(user.organizationId()));
        model.addAttribute("organization", departments.organization(user.organizationId(), user.organizationId()));
        return "auditfinding/findings";
    }

    private static FindingFilter overdueOnly() {
        FindingFilter f = new FindingFilter();
        f.setOverdue(true);
        return f;
    }

    @GetMapping("/audit-findings/{id}")
    String show(@PathVariable Long id, CurrentUser user, Model model) {
        AuditFinding f = findings.finding(id, user);
        ProgressForm progress = new ProgressForm();
        progress.setEntryDate(LocalDate.now(clock));
        model.addAttribute("progressForm", progress);
        model.addAttribute("statusForm", StatusForm.of(f));
        model.addAttribute("dueDateForm", DueDateForm.of(f));
        return detail(id, user, model);
    }

    @PostMapping("/audit-findings/{id}/due-date")
    String setDueDate(@PathVariable Long id, @Valid @ModelAttribute("dueDateForm") DueDateForm form,
                      BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        kr.innotrack.shared.AccessDeniedHere.unlessAdmin(user, "처리기한 지정");
        AuditFinding f = findings.finding(id, user);
        findings.validate(form, f, binding);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("statusForm", StatusForm.of(f));
            return withProgressForm(id, user, model);
        }
        try {
            findings.setDueDate(id, form, user);
        } catch (StaleEditException | OptimisticLockingFailureException e) {
            AuditFinding current = findings.finding(id, user);
            Conflicts.show(model, response, java.util.Collections.singletonMap("처리기한",
                            current.getDueDate() == null ? null : current.getDueDate().toString()),
                    java.util.Collections.singletonMap("처리기한", form.getDueDate() == null ? null : form.getDueDate().toString()));
            form.setVersion(current.getVersion());
            model.addAttribute("statusForm", StatusForm.of(current));
            return withProgressForm(id, user, model);
        }
        redirect.addFlashAttribute("saved", form.getDueDate() == null ? "처리기한을 지웠습니다." : "처리기한을 " + form.getDueDate() + "(으)로 정했습니다.");
        return "redirect:/audit-findings/" + id;
    }

    @PostMapping("/audit-findings/{id}/progress")
    String addProgress(@PathVariable Long id, @Valid @ModelAttribute("progressForm") ProgressForm form,
                       BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        AuditFinding f = findings.finding(id, user);
        findings.validate(form, f, binding);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("statusForm", StatusForm.of(f));
            model.addAttribute("dueDateForm", DueDateForm.of(f));
            return detail(id, user, model);
        }
        findings.addProgress(id, form, user);
        redirect.addFlashAttribute("saved", "추진상황을 기록했습니다.");
        return "redirect:/audit-findings/" + id + "#progress";
    }

    @PostMapping("/audit-findings/{id}/status")
    String changeStatus(@PathVariable Long id, @Valid @ModelAttribute("statusForm") StatusForm form,
                        BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                        RedirectAttributes redirect) {
        findings.validate(form, binding);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("dueDateForm", DueDateForm.of(findings.finding(id, user)));
            return withProgressForm(id, user, model);
        }
        try {
            findings.changeStatus(id, form, user);
        } catch (RuntimeException e) {
            Conflicts.unlessLostRace(e);
            AuditFinding current = findings.finding(id, user);
            Conflicts.show(model, response, java.util.Map.of("조치 상황", current.getStatus().label()),
                    java.util.Map.of("조치 상황", form.getStatus() == null ? "" : form.getStatus().label()));
            form.setVersion(current.getVersion());
            model.addAttribute("dueDateForm", DueDateForm.of(current));
            return withProgressForm(id, user, model);
        }
        redirect.addFlashAttribute("saved", "조치 상황을 저장했습니다.");
        return "redirect:/audit-findings/" + id;
    }

    @PostMapping("/audit-findings/{id}/tasks")
    String link(@PathVariable Long id, @RequestParam Long taskId, CurrentUser user, RedirectAttributes redirect) {
        try {
            findings.link(id, taskId, user);
        } catch (RuntimeException e) {
            Conflicts.unlessLostRace(e); // linked by a parallel request a moment earlier: linking is idempotent
            findings.link(id, taskId, user);
        }
        redirect.addFlashAttribute("saved", "연계 과제를 추가했습니다.");
        return "redirect:/audit-findings/" + id + "#tasks";
    }

    @PostMapping("/audit-findings/{id}/tasks/{taskId}/delete")
    String unlink(@PathVariable Long id, @PathVariable Long taskId, CurrentUser user, RedirectAttributes redirect) {
        findings.unlink(id, taskId, user);
        redirect.addFlashAttribute("saved", "연계 과제를 뺐습니다.");
        return "redirect:/audit-findings/" + id + "#tasks";
    }

    private String withProgressForm(Long id, CurrentUser user, Model model) {
        ProgressForm progress = new ProgressForm();
        progress.setEntryDate(LocalDate.now(clock));
        model.addAttribute("progressForm", progress);
        return detail(id, user, model);
    }

    private String detail(Long id, CurrentUser user, Model model) {
        model.addAttribute("detail", findings.detail(id, user));
        model.addAttribute("today", findings.today());
        model.addAttribute("isAdmin", user.admin());
        model.addAttribute("statuses", FindingStatus.values());
        model.addAttribute("organization", departments.organization(user.organizationId(), user.organizationId()));
        return "auditfinding/finding";
    }
}
