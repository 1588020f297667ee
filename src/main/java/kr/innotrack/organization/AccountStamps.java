package kr.innotrack.organization;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.modulith.NamedInterface;

/**
 * The per-account security stamp (column {@code account.security_stamp}). Bumping it ends every session that signed in
 * before, at its next request, on every app instance that shares the database.
 */
@NamedInterface("signin")
@Component
@RequiredArgsConstructor
public class AccountStamps {

    private final JdbcTemplate jdbc;

    /** Ends the sessions of every account of the organization (in the caller's transaction). */
    void bumpOrganization(Long organizationId) {
        jdbc.update("update account set security_stamp = security_stamp + 1 where organization_id = ?", organizationId);
    }

    /** Ends the account's sessions (in the caller's transaction, if any). */
    void bump(Long accountId) {
        jdbc.update("update account set security_stamp = security_stamp + 1 where id = ?", accountId);
    }

    /**
     * The account's stamp now, or -1 when the account is gone or disabled or its organization is disabled: one
     * primary-key read.
     */
    public long current(Long accountId) {
        List<Long> rows = jdbc.query("""
                select case when a.enabled and (o.id is null or o.enabled) then a.security_stamp else -1 end
                from account a left join organization o on o.id = a.organization_id where a.id = ?""",
                (rs, i) -> rs.getLong(1), accountId);
        return rows.isEmpty() ? -1L : rows.get(0);
    }
}
