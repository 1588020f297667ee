package kr.innotrack.auditfinding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hibernate.annotations.Immutable;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A dated entry in a finding's progress log. Entries are added, never changed. */
@Entity
@Immutable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
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

    AuditProgress(Long findingId, LocalDate entryDate, String content, String recordedBy, LocalDateTime recordedAt) {
        this.findingId = findingId;
        this.entryDate = entryDate;
        this.content = content;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
