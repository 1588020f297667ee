package kr.innotrack.notice;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotFoundException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notices: written in the transaction of the change they announce (so a rolled-back change announces
 * nothing), read in the header and on the notices page.
 */
@Service
@Transactional(readOnly = true)
public class NoticeService {

    private final NoticeRepository notices;
    private final NoticeReadRepository reads;
    private final Clock clock;

    NoticeService(NoticeRepository notices, NoticeReadRepository reads, Clock clock) {
        this.notices = notices;
        this.reads = reads;
        this.clock = clock;
    }

    public record Item(Notice notice, boolean read) {
    }

    @Transactional
    public void toDepartment(Long organizationId, Long departmentId, NoticeKind kind, String message, String link) {
        if (departmentId != null) {
            notices.save(new Notice(organizationId, Audience.DEPARTMENT, departmentId, null, kind, message, link, null,
                    LocalDateTime.now(clock)));
        }
    }

    /** Sends the notice unless one with the same key went out before; true when it was sent now. */
    @Transactional
    public boolean toDepartmentOnce(Long organizationId, Long departmentId, NoticeKind kind, String message,
                                    String link, String dedupeKey) {
        if (departmentId == null || notices.existsByDedupeKey(dedupeKey)) {
            return false;
        }
        notices.save(new Notice(organizationId, Audience.DEPARTMENT, departmentId, null, kind, message, link,
                dedupeKey, LocalDateTime.now(clock)));
        return true;
    }

    @Transactional
    public void toPlanningOffice(Long organizationId, NoticeKind kind, String message, String link) {
        notices.save(new Notice(organizationId, Audience.PLANNING, null, null, kind, message, link, null,
                LocalDateTime.now(clock)));
    }

    public long unreadCount(CurrentUser user) {
        return notices.countUnread(user.organizationId(), user.departmentId(), user.accountId(), user.admin());
    }

    public List<Item> recent(CurrentUser user, int limit) {
        return notices.findForUser(user.organizationId(), user.departmentId(), user.accountId(), user.admin(),
                        Limit.of(limit)).stream()
                .map(row -> new Item((Notice) row[0], ((Number) row[1]).longValue() > 0))
                .toList();
    }

    /** Marks the notice read for this person and returns where it points. */
    @Transactional
    public String open(Long noticeId, CurrentUser user) {
        Notice notice = notices.findForUser(noticeId, user.organizationId(), user.departmentId(), user.accountId(),
                user.admin()).orElseThrow(() -> new NotFoundException("알림", noticeId));
        markRead(notice, user);
        return notice.getLink() == null ? "/notices" : notice.getLink();
    }

    @Transactional
    public void markAllRead(CurrentUser user) {
        for (Item item : recent(user, 500)) {
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
