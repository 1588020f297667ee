package kr.innotrack.notice;

import java.time.Clock;
import java.time.LocalDateTime;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notices written and read: written in the transaction of the change they announce (so a rolled-back change
 * announces nothing), marked read by the person who opens them.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class NoticeCommands {

    private final NoticeRepository notices;
    private final NoticeReadRepository reads;
    private final Clock clock;
    private final NoticeMails mails;

    public void toDepartment(Long organizationId, Long departmentId, NoticeKind kind, String message, String link) {
        if (departmentId != null) {
            mails.announce(notices.save(new Notice(organizationId, Audience.DEPARTMENT, departmentId, null, kind,
                    message, link, null, LocalDateTime.now(clock))));
        }
    }

    /** Sends the notice unless one with the same key went out before; true when it was sent now. */
    public boolean toDepartmentOnce(Long organizationId, Long departmentId, NoticeKind kind, String message,
                                    String link, String dedupeKey) {
        if (departmentId == null || notices.existsByDedupeKey(dedupeKey)) {
            return false;
        }
        mails.announce(notices.save(new Notice(organizationId, Audience.DEPARTMENT, departmentId, null, kind, message,
                link, dedupeKey, LocalDateTime.now(clock))));
        return true;
    }

    public void toPlanningOffice(Long organizationId, NoticeKind kind, String message, String link) {
        mails.announce(notices.save(new Notice(organizationId, Audience.PLANNING, null, null, kind, message, link,
                null, LocalDateTime.now(clock))));
    }

    /** Marks the notice read for this person and returns where it points. */
    public String open(Long noticeId, CurrentUser user) {
        Notice notice = notices.findForUser(noticeId, user.organizationId(), user.departmentId(), user.accountId(),
                user.admin()).orElseThrow(() -> new NotFoundException("record.notice", noticeId));
        markRead(notice, user);
        return notice.getLink() == null ? "/notices" : notice.getLink();
    }

    public void markAllRead(CurrentUser user) {
        for (NoticeQueries.Item item : NoticeQueries.recent(notices, user, 500)) {
            if (!item.read()) {
                markRead(item.notice(), user);
            }
        }
    }

    private void markRead(Notice notice, CurrentUser user) {
        NoticeRead.Key key = new NoticeRead.Key(notice.getId(), user.accountId());
        if (!reads.existsById(key)) {
            reads.save(new NoticeRead(notice.getId(), user.accountId(), LocalDateTime.now(clock)));
        }
    }
}
