package kr.innotrack.notice;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;
import lombok.Getter;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

/** An in-app notice. Written once, never changed; who has read it is kept in {@link NoticeRead}. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long organizationId;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    private Long departmentId;
    private Long accountId;

    @Enumerated(EnumType.STRING)
    private NoticeKind kind;

    private String message;
    private String link;
    /** Set for notices that must go out once only (a deadline reminder per round and department). */
    private String dedupeKey;
    private LocalDateTime createdAt;

    Notice(Long organizationId, Audience audience, Long departmentId, Long accountId, NoticeKind kind,
           String message, String link, String dedupeKey, LocalDateTime createdAt) {
        this.organizationId = organizationId;
        this.audience = audience;
        this.departmentId = departmentId;
        this.accountId = accountId;
        this.kind = kind;
        this.message = fit(message);
        this.link = link;
        this.dedupeKey = dedupeKey;
        this.createdAt = createdAt;
    }

    /** The column holds 500 characters: a notice quoting a long comment is cut with an ellipsis (the page has it all). */
    static String fit(String message) {
        if (message == null || message.length() <= MAX_MESSAGE) {
            return message;
        }
        int end = MAX_MESSAGE - 1;
        if (Character.isHighSurrogate(message.charAt(end - 1))) {
            end--;
        }
        return message.substring(0, end) + "…";
    }

    static final int MAX_MESSAGE = 500;
}
