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

    /** Ends the account's sessions (in the caller's transaction, if any). */
    void bump(Long accountId) {
        jdbc.update("update account set security_stamp = security_stamp + 1 where id = ?", accountId);
    }

    /** The account's stamp now, or -1 when the account is gone or disabled: one primary-key read. */
    public long current(Long accountId) {
        List<Long> rows = jdbc.query("select security_stamp, enabled from account where id = ?",
                (rs, i) -> rs.getBoolean(2) ? rs.getLong(1) : -1L, accountId);
        return rows.isEmpty() ? -1L : rows.get(0);
    }
}
