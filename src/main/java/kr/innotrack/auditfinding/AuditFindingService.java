package kr.innotrack.auditfinding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.HistoryQueries;
import kr.innotrack.history.ChangeLogEntry;
import kr.innotrack.history.Changes;
import kr.innotrack.plan.TaskRef;
import kr.innotrack.plan.TaskQueries;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The council audit findings register of one organization. Writing (progress entries, status, task links) is for
 * the planning admin and the officers of the responsible division; every change is in the finding's history.
 */
@Service
@Transactional(readOnly = true)
public class AuditFindingService {

    static final String AUDIT_FINDING = "AUDIT_FINDING";

    private final AuditFindingRepository findings;
    private final AuditProgressRepository progress;
    private final TaskQueries tasks;
    private final ChangeHistory history;
    private final HistoryQueries historyQueries;
    private final Clock clock;

    AuditFindingService(AuditFindingRepository findings, AuditProgressRepository progress, TaskQueries tasks,
                        ChangeHistory history, HistoryQueries historyQueries, Clock clock) {
        this.findings = findings;
        this.progress = progress;
        this.tasks = tasks;
        this.history = history;
        this.historyQueries = historyQueries;
        this.clock = clock;
    }

    public record Detail(AuditFinding finding, List<AuditProgress> progress, List<TaskRef> linkedTasks,
                         List<TaskRef> linkableTasks, List<ChangeLogEntry> history, boolean canEdit) {
    }

    public List<AuditFinding> list(FindingFilter filter, CurrentUser user) {
        return findings.search(user.organizationId(), filter.getType(), filter.getDept(), filter.getStatus(),
                filter.isOverdue(), today());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public FindingSummary summary(CurrentUser user) {
        return FindingSummary.of(findings.countByTypeAndStatus(user.organizationId()));
    }

    public AuditFinding finding(Long id, CurrentUser user) {
        return findings.findInOrganization(id, user.organizationId())
                .orElseThrow(() -> new NotFoundException("감사 지적사항", id));
    }

    public Detail detail(Long id, CurrentUser user) {
        AuditFinding f = finding(id, user);
        List<TaskRef> all = tasks.taskRefs(user.organizationId());
        List<Long> linked = findings.linkedTaskIds(id).stream().map(n -> ((Number) n).longValue()).toList();
        return new Detail(f, findings.progress(id), all.stream().filter(t -> linked.contains(t.id())).toList(),
                all.stream().filter(t -> !linked.contains(t.id())).toList(), historyQueries.ofRecord(AUDIT_FINDING, id),
                canEdit(f, user));
    }

    /** finding id → linked tasks, for the API. */
    public Map<Long, List<TaskRef>> links(CurrentUser user) {
        Map<Long, TaskRef> byId = tasks.taskRefs(user.organizationId()).stream()
                .collect(Collectors.toMap(TaskRef::id, Function.identity()));
        return findings.linksOfOrganization(user.organizationId()).stream()
                .collect(Collectors.groupingBy(r -> ((Number) r[0]).longValue(),
                        Collectors.mapping(r -> byId.get(((Number) r[1]).longValue()), Collectors.toList())));
    }

    /** finding id → its progress log, for the API: one query for the whole organization. */
    public Map<Long, List<AuditProgress>> progressByFinding(CurrentUser user) {
        return findings.progressOfOrganization(user.organizationId()).stream()
                .collect(Collectors.groupingBy(AuditProgress::getFindingId));
    }

    static boolean canEdit(AuditFinding f, CurrentUser user) {
        return user.admin() || (user.officer() && f.getDepartment() != null
                && Objects.equals(user.departmentId(), f.getDepartment().getId()));
    }

    private AuditFinding editable(Long id, CurrentUser user) {
        AuditFinding f = finding(id, user);
        if (!canEdit(f, user)) {
            throw new AccessDeniedHere("이 지적사항은 담당 부서와 기획부서 관리자만 기록할 수 있습니다.");
        }
        return f;
    }

    /** Checks that need the finding: the date must not be in the future nor before the finding's year. */
    public void validate(ProgressForm form, AuditFinding finding, Errors errors) {
        if (form.getEntryDate() != null && !errors.hasFieldErrors("entryDate")) {
            if (form.getEntryDate().isAfter(LocalDate.now(clock))) {
                errors.rejectValue("entryDate", "finding.progress.date.future");
            } else if (form.getEntryDate().getYear() < finding.getFindingYear()) {
                errors.rejectValue("entryDate", "finding.progress.date.tooEarly", new Object[] {finding.getFindingYear()}, null);
            }
        }
    }

    public void validate(StatusForm form, Errors errors) {
        if (form.getStatus() != null && form.getStatus().needsClosingNote() && form.getClosingNote() == null) {
            errors.rejectValue("closingNote", "finding.closingNote.required");
        }
    }

    @Transactional
    public void addProgress(Long id, ProgressForm form, CurrentUser user) {
        AuditFinding f = editable(id, user);
        AuditProgress entry = progress.save(new AuditProgress(id, form.getEntryDate(), form.getContent(),
                user.displayName(), LocalDateTime.now(clock)));
        history.created(user, subject(f), Changes.of().field("추진상황 " + entry.getEntryDate(), null, entry.getContent()));
    }

    @Transactional
    public void changeStatus(Long id, StatusForm form, CurrentUser user) {
        AuditFinding f = editable(id, user);
        StaleEditException.unlessCurrent(form.getVersion(), f.getVersion(), "감사 지적사항", id);
        Changes changes = Changes.of().field("조치 상황", f.getStatus().label(), form.getStatus().label())
                .field("종결 사유", f.getClosingNote(), form.getStatus().needsClosingNote() ? form.getClosingNote() : null);
        f.changeStatus(form.getStatus(), form.getStatus().needsClosingNote() ? form.getClosingNote() : null);
        history.updated(user, subject(f), changes);
    }

    /** The due date must fall between the finding's year and five years after it. */
    public void validate(DueDateForm form, AuditFinding finding, Errors errors) {
        if (form.getDueDate() != null && !errors.hasFieldErrors("dueDate")
                && (form.getDueDate().getYear() < finding.getFindingYear()
                || form.getDueDate().getYear() > finding.getFindingYear() + 5)) {
            errors.rejectValue("dueDate", "finding.dueDate.range",
                    new Object[] {finding.getFindingYear(), finding.getFindingYear() + 5}, null);
        }
    }

    /** Sets (or clears) the due date: the planning office decides it; based on the finding's version. */
    @Transactional
    public void setDueDate(Long id, DueDateForm form, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "처리기한 지정");
        AuditFinding f = finding(id, user);
        StaleEditException.unlessCurrent(form.getVersion(), f.getVersion(), "감사 지적사항", id);
        Changes changes = Changes.of().field("처리기한", f.getDueDate(), form.getDueDate());
        f.setDueDate(form.getDueDate());
        history.updated(user, subject(f), changes);
    }

    @Transactional
    public void link(Long id, Long taskId, CurrentUser user) {
        AuditFinding f = editable(id, user);
        TaskRef task = tasks.taskRefs(user.organizationId()).stream().filter(t -> t.id().equals(taskId)).findFirst()
                .orElseThrow(() -> new NotFoundException("과제", taskId));
        if (!findings.linkedTaskIds(id).stream().map(n -> ((Number) n).longValue()).toList().contains(taskId)) {
            findings.link(id, taskId);
            history.updated(user, subject(f), Changes.of().field("연계 과제", null, task.code() + " " + task.title()));
        }
    }

    @Transactional
    public void unlink(Long id, Long taskId, CurrentUser user) {
        AuditFinding f = editable(id, user);
        TaskRef task = tasks.taskRefs(user.organizationId()).stream().filter(t -> t.id().equals(taskId)).findFirst()
                .orElseThrow(() -> new NotFoundException("과제", taskId));
        findings.unlink(id, taskId);
        history.updated(user, subject(f), Changes.of().field("연계 과제", task.code() + " " + task.title(), null));
    }

    private static ChangeHistory.Subject subject(AuditFinding f) {
        return new ChangeHistory.Subject(f.getOrganizationId(), null, null, AUDIT_FINDING, f.getId(),
                f.getManagementNumber() + " " + f.getTitle());
    }
}
