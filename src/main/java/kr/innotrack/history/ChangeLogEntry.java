package kr.innotrack.history;

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

    protected ChangeLogEntry() {
    }

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

    public Long getId() {
        return id;
    }

    public Long getTaskId() {
        return taskId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getEntityLabel() {
        return entityLabel;
    }

    public ChangeAction getAction() {
        return action;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getChangedByName() {
        return changedByName;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }
}
