package kr.innotrack.history;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Insert and read only: no update or delete methods exist. */
interface ChangeLogRepository extends Repository<ChangeLogEntry, Long> {

    ChangeLogEntry save(ChangeLogEntry entry);

    List<ChangeLogEntry> findByTaskIdOrderByChangedAtDescIdDesc(Long taskId);

    List<ChangeLogEntry> findByAccountIdOrderByChangedAtDescIdDesc(Long accountId);

    List<ChangeLogEntry> findByEntityTypeAndEntityIdOrderByIdAsc(String entityType, Long entityId);

    List<ChangeLogEntry> findByEntityTypeAndEntityIdInOrderByIdAsc(String entityType, java.util.Collection<Long> entityIds);

    List<ChangeLogEntry> findByOrganizationIdAndEntityTypeAndChangedAtGreaterThanEqualOrderByIdAsc(Long organizationId,
            String entityType, java.time.LocalDateTime from);
}
