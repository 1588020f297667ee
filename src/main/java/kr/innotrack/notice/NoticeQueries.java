package kr.innotrack.notice;

import java.util.List;
import kr.innotrack.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** In-app notices as a person reads them: the header badge and the notices page. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class NoticeQueries {

    private final NoticeRepository notices;

    public record Item(Notice notice, boolean read) {
    }

    public long unreadCount(CurrentUser user) {
        return notices.countUnread(user.organizationId(), user.departmentId(), user.accountId(), user.admin());
    }

    public List<Item> recent(CurrentUser user, int limit) {
        return recent(notices, user, limit);
    }

    static List<Item> recent(NoticeRepository notices, CurrentUser user, int limit) {
        return notices.findForUser(user.organizationId(), user.departmentId(), user.accountId(), user.admin(),
                        Limit.of(limit)).stream()
                .map(row -> new Item((Notice) row[0], ((Number) row[1]).longValue() > 0))
                .toList();
    }
}
