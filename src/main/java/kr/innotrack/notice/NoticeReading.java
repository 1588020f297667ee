package kr.innotrack.notice;

import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.web.Conflicts;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Marking notices read, which is idempotent: when a parallel request (a double click, two tabs) marked the same
 * notice a moment earlier, this one's insert loses the race and a second try, in a transaction of its own, finds it
 * read. Deliberately not transactional itself, so each try is one {@link NoticeCommands} transaction.
 */
@Component
@RequiredArgsConstructor
class NoticeReading {

    private final NoticeCommands notices;

    /** Marks the notice read and answers where it points. */
    String open(Long noticeId, CurrentUser user) {
        try {
            return notices.open(noticeId, user);
        } catch (RuntimeException e) {
            Conflicts.unlessLostRace(e);
            return notices.open(noticeId, user);
        }
    }

    void markAllRead(CurrentUser user) {
        try {
            notices.markAllRead(user);
        } catch (RuntimeException e) {
            Conflicts.unlessLostRace(e);
            notices.markAllRead(user);
        }
    }
}
