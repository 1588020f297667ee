package kr.innotrack.auditfinding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.innotrack.history.HistoryQueries;
import kr.innotrack.history.ChangeLogEntry;
import kr.innotrack.organization.Department;
import kr.innotrack.organization.DepartmentService;
import kr.innotrack.organization.Organization;
import kr.innotrack.plan.TaskRef;
import kr.innotrack.plan.TaskQueries;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The council audit findings register of one organization, the read side: the list, a finding's page, the API. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class AuditFindingQueries {

    static final String AUDIT_FINDING = "AUDIT_FINDING";

    private final AuditFindingRepository findings;
    private final TaskQueries tasks;
    private final DepartmentService departments;
    private final HistoryQueries history;
    private final Messages messages;
    private final Clock clock;

    record ListPage(List<AuditFinding> findings, LocalDate today, int overdueCount, FindingSummary summary,
                    List<Department> departments, Organization organization) {
    }

    record Detail(AuditFinding finding, List<AuditProgress> progress, List<TaskRef> linkedTasks,
                  List<TaskRef> linkableTasks, List<ChangeLogEntry> history, boolean canEdit) {
    }

    record DetailPage(Detail detail, LocalDate today, Organization organization) {
    }

    record FindingJson(Long id, int year, String number, String type, String committee, String title, String division,
                       String status, String finding, String actionPlan, String closingNote, String dueDate,
                       boolean overdue, List<String> tasks, List<ProgressJson> progress) {
    }

    record ProgressJson(String date, String content, String recordedBy) {
    }

    /** The register filtered (null filter: all), with the overdue count, the summary and the filter's choices. */
    ListPage listPage(FindingFilter filter, CurrentUser user) {
        FindingFilter overdueOnly = new FindingFilter();
        overdueOnly.setOverdue(true);
        return new ListPage(list(filter == null ? new FindingFilter() : filter, user), today(),
                list(overdueOnly, user).size(), FindingSummary.of(findings.countByTypeAndStatus(user.organizationId())),
                departments.departmentsOf(user.organizationId()),
                departments.organization(user.organizationId(), user.organizationId()));
    }

    private List<AuditFinding> list(FindingFilter filter, CurrentUser user) {
        return findings.search(user.organizationId(), filter.getType(), filter.getDept(), filter.getStatus(),
                filter.isOverdue(), today());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    AuditFinding finding(Long id, CurrentUser user) {
        return findings.findInOrganization(id, user.organizationId())
                .orElseThrow(() -> new NotFoundException("finding.record", id));
    }

    DetailPage detailPage(Long id, CurrentUser user) {
        AuditFinding f = finding(id, user);
        List<TaskRef> all = tasks.taskRefs(user.organizationId());
        List<Long> linked = findings.linkedTaskIds(id).stream().map(n -> ((Number) n).longValue()).toList();
        Detail detail = new Detail(f, findings.progress(id), all.stream().filter(t -> linked.contains(t.id())).toList(),
                all.stream().filter(t -> !linked.contains(t.id())).toList(), history.ofRecord(AUDIT_FINDING, id),
                canEdit(f, user));
        return new DetailPage(detail, today(), departments.organization(user.organizationId(), user.organizationId()));
    }

    /** The organization's findings for the read API, with their linked tasks and progress logs (one query each). */
    List<FindingJson> api(Long organizationId, CurrentUser user) {
        departments.organization(organizationId, user.organizationId());
        Map<Long, TaskRef> byId = tasks.taskRefs(user.organizationId()).stream()
                .collect(Collectors.toMap(TaskRef::id, Function.identity()));
        Map<Long, List<TaskRef>> links = findings.linksOfOrganization(user.organizationId()).stream()
                .collect(Collectors.groupingBy(r -> ((Number) r[0]).longValue(),
                        Collectors.mapping(r -> byId.get(((Number) r[1]).longValue()), Collectors.toList())));
        Map<Long, List<AuditProgress>> progress = findings.progressOfOrganization(user.organizationId()).stream()
                .collect(Collectors.groupingBy(AuditProgress::getFindingId));
        LocalDate today = today();
        return list(new FindingFilter(), user).stream().map(f -> new FindingJson(f.getId(), f.getFindingYear(),
                f.getManagementNumber(), messages.get(f.getFindingType().messageKey()), f.getCommittee(), f.getTitle(),
                f.getDepartment() == null ? null : f.getDepartment().getName(), messages.get(f.getStatus().messageKey()),
                f.getFindingText(), f.getActionPlan(), f.getClosingNote(),
                f.getDueDate() == null ? null : f.getDueDate().toString(), f.overdueOn(today),
                links.getOrDefault(f.getId(), List.of()).stream().map(TaskRef::code).toList(),
                progress.getOrDefault(f.getId(), List.of()).stream()
                        .map(p -> new ProgressJson(p.getEntryDate().toString(), p.getContent(), p.getRecordedBy())).toList()))
                .toList();
    }

    static boolean canEdit(AuditFinding f, CurrentUser user) {
        return user.admin() || (user.officer() && f.getDepartment() != null
                && Objects.equals(user.departmentId(), f.getDepartment().getId()));
    }
}
