package kr.innotrack.history;

import java.time.Clock;
import java.time.LocalDateTime;
import kr.innotrack.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who changed what, when, from which value to which; joins the caller's transaction, so a change and
 * its history commit or roll back together. The write side of history; pages read it through {@link HistoryQueries}.
 */
@Service
@RequiredArgsConstructor
public class ChangeHistory {

    private final ChangeLogRepository log;
    private final Clock clock;

    /** The subject of a change: which record, and the task or account whose history shows it. */
    public record Subject(Long organizationId, Long taskId, Long accountId, String entityType, Long entityId,
                          String label) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void created(CurrentUser by, Subject subject, Changes values) {
        write(by, subject, ChangeAction.CREATE, values);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(CurrentUser by, Subject subject, Changes changes) {
        write(by, subject, ChangeAction.UPDATE, changes);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(CurrentUser by, Subject subject, Changes values) {
        write(by, subject, ChangeAction.DELETE, values);
    }

    private void write(CurrentUser by, Subject s, ChangeAction action, Changes changes) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (changes.isEmpty()) {
            if (action != ChangeAction.UPDATE) {
                log.save(entry(by, s, action, null, null, null, now));
            }
            return;
        }
        for (Changes.FieldChange c : changes.list()) {
            log.save(entry(by, s, action, c.field(), c.oldValue(), c.newValue(), now));
        }
    }

    private static ChangeLogEntry entry(CurrentUser by, Subject s, ChangeAction action, String field,
                                        String oldValue, String newValue, LocalDateTime at) {
        return new ChangeLogEntry(s.organizationId(), s.taskId(), s.accountId(), s.entityType(), s.entityId(),
                clip(s.label(), 300), action, field, clip(oldValue, 2000), clip(newValue, 2000), by.username(),
                by.displayName(), at);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
