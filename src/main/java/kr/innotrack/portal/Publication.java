package kr.innotrack.portal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDateTime;
import kr.innotrack.shared.BaseEntity;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One published subject: a plan or a closed round's result. Withdrawing it deletes the row. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Publication extends BaseEntity {

    private Long organizationId;

    @Enumerated(EnumType.STRING)
    private PublicationKind subjectKind;

    private Long subjectId;

    private LocalDateTime publishedAt;

    private String publishedBy;

    Publication(Long organizationId, PublicationKind subjectKind, Long subjectId, LocalDateTime publishedAt,
                String publishedBy) {
        this.organizationId = organizationId;
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }
}
