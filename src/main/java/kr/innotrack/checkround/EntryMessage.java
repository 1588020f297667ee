package kr.innotrack.checkround;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Immutable;

/**
 * One message of a round entry's 질의·답변: the planning office asks ({@link MessageSide#OFFICE}), the entry's
 * department answers ({@link MessageSide#DEPARTMENT}). Written once, never changed or deleted (an audit trail); who
 * wrote it is kept by name and unit as they were then.
 */
@Entity
@Immutable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class EntryMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long entryId;
    private Long roundId;

    @Enumerated(EnumType.STRING)
    private MessageSide side;

    private Long authorId;
    private String authorName;
    /** The department's name for a 답변; null for the planning office. */
    private String authorUnit;
    private String body;
    private String submissionKey;
    private LocalDateTime createdAt;

    EntryMessage(RoundEntry entry, MessageSide side, Long authorId, String authorName, String authorUnit, String body,
                 String submissionKey, LocalDateTime createdAt) {
        this.entryId = entry.getId();
        this.roundId = entry.getRoundId();
        this.side = side;
        this.authorId = authorId;
        this.authorName = authorName;
        this.authorUnit = authorUnit;
        this.body = body;
        this.submissionKey = submissionKey;
        this.createdAt = createdAt;
    }

    public boolean fromOffice() {
        return side == MessageSide.OFFICE;
    }
}
