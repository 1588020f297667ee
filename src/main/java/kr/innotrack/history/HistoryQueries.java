package kr.innotrack.history;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of history: a task's, an account's or a record's changes, and the same grouped as saves. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class HistoryQueries {

    private final ChangeLogRepository log;

    public List<ChangeLogEntry> ofTask(Long taskId) {
        return log.findByTaskIdOrderByChangedAtDescIdDesc(taskId);
    }

    public List<ChangeLogEntry> ofAccount(Long accountId) {
        return log.findByAccountIdOrderByChangedAtDescIdDesc(accountId);
    }

    public List<ChangeLogEntry> ofRecord(String entityType, Long entityId) {
        return log.findByEntityTypeAndEntityIdOrderByIdAsc(entityType, entityId);
    }

    /** Every change of one kind of record in the organization made at or after the given time, oldest first. */
    public List<ChangeLogEntry> changesSince(Long organizationId, String entityType, LocalDateTime from) {
        return log.findByOrganizationIdAndEntityTypeAndChangedAtGreaterThanEqualOrderByIdAsc(organizationId, entityType, from);
    }

    /** The history of several records of one kind as saves, newest first (one statement). */
    public List<HistoryGroup> savesOfRecords(String entityType, Collection<Long> entityIds) {
        if (entityIds.isEmpty()) {
            return List.of();
        }
        List<ChangeLogEntry> entries = new ArrayList<>(log.findByEntityTypeAndEntityIdInOrderByIdAsc(entityType, entityIds));
        Collections.reverse(entries);
        return HistoryGroup.of(entries);
    }

    /** A record's history as saves, newest first. */
    public List<HistoryGroup> savesOfRecord(String entityType, Long entityId) {
        List<ChangeLogEntry> entries = new ArrayList<>(ofRecord(entityType, entityId));
        Collections.reverse(entries);
        return HistoryGroup.of(entries);
    }
}
