package kr.innotrack.notice;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.time.LocalDateTime;
import lombok.Getter;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

/** That one account has read one notice. */
@Entity
@IdClass(NoticeRead.Key.class)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class NoticeRead {

    @Id
    private Long noticeId;

    @Id
    private Long accountId;

    private LocalDateTime readAt;

    NoticeRead(Long noticeId, Long accountId, LocalDateTime readAt) {
        this.noticeId = noticeId;
        this.accountId = accountId;
        this.readAt = readAt;
    }

    record Key(Long noticeId, Long accountId) implements Serializable {
    }
}
