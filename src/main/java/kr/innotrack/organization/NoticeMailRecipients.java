package kr.innotrack.organization;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who gets notices by e-mail (published for the notice module): accounts that may sign in (enabled, not a service
 * account, their organization enabled) with an address and a choice other than 받지 않음. One query per call.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class NoticeMailRecipients {

    private static final String SELECT = """
            select a.id, a.organization_id, a.department_id, a.role, a.email, a.notice_mail from account a
            join organization o on o.id = a.organization_id
            where a.enabled = true and a.service = false and o.enabled = true and a.email is not null
              and a.notice_mail <> 'NONE'""";

    private final JdbcClient jdbc;

    /** One opted-in account. {@code planning}: a planning admin (gets the planning office's notices). */
    public record Recipient(long accountId, long organizationId, Long departmentId, boolean planning, String email,
                            NoticeMailChoice choice) {
    }

    /** Every account of the organization that chose 바로 (at once); the notice module picks a notice's audience. */
    public List<Recipient> immediateOf(long organizationId) {
        return jdbc.sql(SELECT + " and a.organization_id = ? and a.notice_mail = 'IMMEDIATE' order by a.id")
                .param(organizationId).query(this::row).list();
    }

    /** Every account that chose the daily digest. */
    public List<Recipient> daily() {
        return jdbc.sql(SELECT + " and a.notice_mail = 'DAILY' order by a.id").query(this::row).list();
    }

    private Recipient row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long department = rs.getLong(3);
        return new Recipient(rs.getLong(1), rs.getLong(2), rs.wasNull() ? null : department,
                "PLANNING_ADMIN".equals(rs.getString(4)), rs.getString(5), NoticeMailChoice.valueOf(rs.getString(6)));
    }
}
