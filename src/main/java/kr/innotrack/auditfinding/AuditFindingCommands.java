package kr.innotrack.auditfinding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.plan.TaskRef;
import kr.innotrack.plan.TaskQueries;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.StaleEditException;
import kr.innotrack.shared.web.RejectedInput;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council audit findings register, the write side: progress entries, status, due date, task links. Writing is for
 * the planning admin and the officers of the responsible division; every change is in the finding's history.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class AuditFindingCommands {

    private final AuditFindingRepository findings;
    private final AuditProgressRepository progress;
    private final AuditFindingQueries queries;
    private final TaskQueries tasks;
    private final ChangeHistory history;
    private final Messages messages;
    private final Clock clock;

    public record Progress(LocalDate entryDate, String content) {
    }

    /** {@code closingNote}: null unless the status needs one. */
    record StatusChange(FindingStatus status, String closingNote, Long version) {
    }

    record DueDate(LocalDate dueDate, Long version) {
    }

    /** A dated progress entry (not in the future: the form's rule), not before the finding's year. */
    public void addProgress(Long id, Progress input, CurrentUser user) {
        AuditFinding f = queries.finding(id, user);
        if (input.entryDate().getYear() < f.getFindingYear()) {
            throw new RejectedInput("entryDate", "finding.progress.date.tooEarly", f.getFindingYear());
        }
        checkEditor(f, user);
        AuditProgress entry = progress.save(new AuditProgress(id, input.entryDate(), input.content(),
                user.displayName(), LocalDateTime.now(clock)));
        history.created(user, subject(f), Changes.of().field(
                messages.get("finding.history.progress", entry.getEntryDate().toString()), null, entry.getContent()));
    }

    void changeStatus(Long id, StatusChange input, CurrentUser user) {
        AuditFinding f = editable(id, user);
        StaleEditException.unlessCurrent(input.version(), f.getVersion(), "AuditFinding", id);
        Changes changes = Changes.of()
                .field(messages.get("finding.col.status"), messages.get(f.getStatus().messageKey()),
                        messages.get(input.status().messageKey()))
                .field(messages.get("finding.closingNote"), f.getClosingNote(), input.closingNote());
        f.changeStatus(input.status(), input.closingNote());
        history.updated(user, subject(f), changes);
    }

    /**
     * Sets (or clears) the due date: the planning office decides it; based on the finding's version. It must fall
     * between the finding's year and five years after it.
     */
    void setDueDate(Long id, DueDate input, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "finding.dueDate.title");
        AuditFinding f = queries.finding(id, user);
        if (input.dueDate() != null && (input.dueDate().getYear() < f.getFindingYear()
                || input.dueDate().getYear() > f.getFindingYear() + 5)) {
            throw new RejectedInput("dueDate", "finding.dueDate.range", f.getFindingYear(), f.getFindingYear() + 5);
        }
        StaleEditException.unlessCurrent(input.version(), f.getVersion(), "AuditFinding", id);
        Changes changes = Changes.of().field(messages.get("finding.col.dueDate"), f.getDueDate(), input.dueDate());
        f.setDueDate(input.dueDate());
        history.updated(user, subject(f), changes);
    }

    void link(Long id, Long taskId, CurrentUser user) {
        AuditFinding f = editable(id, user);
        TaskRef task = task(taskId, user);
        if (!findings.linkedTaskIds(id).stream().map(n -> ((Number) n).longValue()).toList().contains(taskId)) {
            findings.link(id, taskId);
            history.updated(user, subject(f), Changes.of().field(messages.get("finding.tasks"), null,
                    task.code() + " " + task.title()));
        }
    }

    void unlink(Long id, Long taskId, CurrentUser user) {
        AuditFinding f = editable(id, user);
        TaskRef task = task(taskId, user);
        findings.unlink(id, taskId);
        history.updated(user, subject(f), Changes.of().field(messages.get("finding.tasks"),
                task.code() + " " + task.title(), null));
    }

    private TaskRef task(Long taskId, CurrentUser user) {
        return tasks.taskRefs(user.organizationId()).stream().filter(t -> t.id().equals(taskId)).findFirst()
                .orElseThrow(() -> new NotFoundException("finding.record.task", taskId));
    }

    private AuditFinding editable(Long id, CurrentUser user) {
        AuditFinding f = queries.finding(id, user);
        checkEditor(f, user);
        return f;
    }

    private static void checkEditor(AuditFinding f, CurrentUser user) {
        if (!AuditFindingQueries.canEdit(f, user)) {
            throw new AccessDeniedHere("finding.error.notEditor");
        }
    }

    private static ChangeHistory.Subject subject(AuditFinding f) {
        return new ChangeHistory.Subject(f.getOrganizationId(), null, null, AuditFindingQueries.AUDIT_FINDING,
                f.getId(), f.getManagementNumber() + " " + f.getTitle());
    }
}
