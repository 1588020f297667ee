package kr.innotrack.auditfinding;

import java.util.List;
import java.util.Map;
import kr.innotrack.organization.DepartmentService;
import kr.innotrack.plan.TaskRef;
import kr.innotrack.shared.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit-findings?organization={id}}: documented in docs/api.md. */
@RestController
class AuditFindingApiController {

    private final AuditFindingService findings;
    private final DepartmentService departments;

    AuditFindingApiController(AuditFindingService findings, DepartmentService departments) {
        this.findings = findings;
        this.departments = departments;
    }

    record FindingJson(Long id, int year, String number, String type, String committee, String title, String division,
                       String status, String finding, String actionPlan, String closingNote, String dueDate,
                       boolean overdue, List<String> tasks, List<ProgressJson> progress) {
    }

    record ProgressJson(String date, String content, String recordedBy) {
    }

    @GetMapping("/api/audit-findings")
    List<FindingJson> list(@RequestParam("organization") Long organizationId, CurrentUser user) {
        departments.organization(organizationId, user.organizationId());
        Map<Long, List<TaskRef>> links = findings.links(user);
        Map<Long, List<AuditProgress>> progress = findings.progressByFinding(user);
        return findings.list(new FindingFilter(), user).stream().map(f -> new FindingJson(f.getId(), f.getFindingYear(),
                f.getManagementNumber(), f.getFindingType().label(), f.getCommittee(), f.getTitle(),
                f.getDepartment() == null ? null : f.getDepartment().getName(), f.getStatus().label(), f.getFindingText(),
                f.getActionPlan(), f.getClosingNote(), f.getDueDate() == null ? null : f.getDueDate().toString(),
                f.overdueOn(findings.today()),
                links.getOrDefault(f.getId(), List.of()).stream().map(TaskRef::code).toList(),
                progress.getOrDefault(f.getId(), List.of()).stream()
                        .map(p -> new ProgressJson(p.getEntryDate().toString(), p.getContent(), p.getRecordedBy())).toList()))
                .toList();
    }
}
