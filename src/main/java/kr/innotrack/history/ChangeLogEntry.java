package kr.innotrack.history;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.Immutable;

/** One recorded change of one field (or a whole record's creation or deletion). Never updated or deleted. */
@Entity
@Table(name = "change_log")
@Immutable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ChangeLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long organizationId;
    private Long taskId;
    private Long accountId;
    private String entityType;
    private Long entityId;
    private String entityLabel;

    @Enumerated(EnumType.STRING)
    private ChangeAction action;

    private String field;
    private String oldValue;
    private String newValue;
    private String changedBy;
    private String changedByName;
    private LocalDateTime changedAt;

    ChangeLogEntry(Long organizationId, Long taskId, Long accountId, String entityType, Long entityId,
                   String entityLabel, ChangeAction action, String field, String oldValue, String newValue,
                   String changedBy, String changedByName, LocalDateTime changedAt) {
        this.organizationId = organizationId;
        this.taskId = taskId;
        this.accountId = accountId;
        this.entityType = entityType;
        this.entityId = entityId;
        this.entityLabel = entityLabel;
        this.action = action;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.changedBy = changedBy;
        this.changedByName = changedByName;
        this.changedAt = changedAt;
    }
}
