package kr.innotrack.auditfinding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hibernate.annotations.Immutable;

/** A dated entry in a finding's progress log. Entries are added, never changed. */
@Entity
@Immutable
public class AuditProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "finding_id")
    private Long findingId;

    private LocalDate entryDate;
    private String content;
    private String recordedBy;
    private LocalDateTime recordedAt;

    protected AuditProgress() {
    }

    AuditProgress(Long findingId, LocalDate entryDate, String content, String recordedBy, LocalDateTime recordedAt) {
        this.findingId = findingId;
        this.entryDate = entryDate;
        this.content = content;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getFindingId() {
        return findingId;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public String getContent() {
        return content;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
