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
}
