package kr.innotrack.notice;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    String FOR_USER = """
            n.organizationId = :organizationId
              and ((n.audience = kr.innotrack.notice.Audience.DEPARTMENT and n.departmentId = :departmentId)
                or (n.audience = kr.innotrack.notice.Audience.ACCOUNT and n.accountId = :accountId)
                or (n.audience = kr.innotrack.notice.Audience.PLANNING and :planning = true))""";

    @Query("select count(n) from Notice n where " + FOR_USER
            + " and not exists (select 1 from NoticeRead r where r.noticeId = n.id and r.accountId = :accountId)")
    long countUnread(Long organizationId, Long departmentId, Long accountId, boolean planning);

    /** Rows of (notice, read?) newest first. */
    @Query("select n, (select count(r) from NoticeRead r where r.noticeId = n.id and r.accountId = :accountId)"
            + " from Notice n where " + FOR_USER + " order by n.createdAt desc, n.id desc")
    List<Object[]> findForUser(Long organizationId, Long departmentId, Long accountId, boolean planning, Limit limit);

    @Query("select n from Notice n where n.id = :id and " + FOR_USER)
    java.util.Optional<Notice> findForUser(Long id, Long organizationId, Long departmentId, Long accountId,
                                           boolean planning);

    boolean existsByDedupeKey(String dedupeKey);

    String UNREAD_SINCE = " and n.id > :afterId and n.createdAt >= :since"
            + " and not exists (select 1 from NoticeRead r where r.noticeId = n.id and r.accountId = :accountId)";

    /** The digest's notices: the person's, unread, after the last digest's place, oldest first. */
    @Query("select n from Notice n where " + FOR_USER + UNREAD_SINCE + " order by n.id")
    List<Notice> findUnreadSince(Long organizationId, Long departmentId, Long accountId, boolean planning, long afterId,
                                 java.time.LocalDateTime since, Limit limit);

    @Query("select count(n) from Notice n where " + FOR_USER + UNREAD_SINCE)
    long countUnreadSince(Long organizationId, Long departmentId, Long accountId, boolean planning, long afterId,
                          java.time.LocalDateTime since);
}
