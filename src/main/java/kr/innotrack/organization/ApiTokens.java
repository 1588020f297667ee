package kr.innotrack.organization;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import kr.innotrack.security.SecurityEventType;
import kr.innotrack.security.SecurityEvents;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/**
 * Personal API tokens for {@code /api/**} ({@code Authorization: Bearer …}). A token is 32 random bytes (SecureRandom)
 * behind the prefix {@code itk_}; only its SHA-256 is stored (a token carries 256 bits of randomness, so a fast hash
 * is enough and lets every request find it by an indexed lookup). It is shown once, has a name and an expiry of at
 * most a year, is read-only (GET), records when it was last used (at most once a minute) and can be revoked. A person
 * makes their own; a planning admin makes them for the organization's service accounts and can revoke any token of
 * the organization. A token stops working when its account is disabled.
 */
@NamedInterface("signin")
@Service
@Transactional
@RequiredArgsConstructor
public class ApiTokens {

    public static final String PREFIX = "itk_";
    public static final List<Integer> LIFETIMES_DAYS = List.of(30, 90, 180, 365);
    static final String READ = "READ";

    private final JdbcTemplate jdbc;
    private final AccountRepository accounts;
    private final SecurityEvents events;
    private final Messages messages;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** A token as listed on a page (never the token itself). */
    public record TokenView(long id, long accountId, String name, String prefix, String scope, LocalDateTime createdAt,
                            String createdBy, LocalDateTime expiresAt, LocalDateTime lastUsedAt,
                            LocalDateTime revokedAt, String revokedBy) {

        public boolean active(LocalDateTime now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }

        /** The message key of the token's state on {@code now}. */
        public String state(LocalDateTime now) {
            return revokedAt != null ? "token.state.revoked" : expiresAt.isAfter(now) ? "token.state.active" : "token.state.expired";
        }
    }

    /** A new token: the value to show once, and its listing. */
    public record Issued(String token, TokenView view) {
    }

    private static final RowMapper<TokenView> ROW = (rs, i) -> new TokenView(rs.getLong("id"), rs.getLong("account_id"),
            rs.getString("name"), rs.getString("token_prefix"), rs.getString("scope"),
            rs.getTimestamp("created_at").toLocalDateTime(), rs.getString("created_by"),
            rs.getTimestamp("expires_at").toLocalDateTime(),
            rs.getTimestamp("last_used_at") == null ? null : rs.getTimestamp("last_used_at").toLocalDateTime(),
            rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toLocalDateTime(),
            rs.getString("revoked_by"));

    @Transactional(readOnly = true)
    public List<TokenView> of(Long accountId) {
        return jdbc.query("select * from api_token where account_id = ? order by id desc", ROW, accountId);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** A person's own token. */
    public Issued issueOwn(CurrentUser me, String name, int days) {
        if (me.operator()) {
            // the API reads an organization's data, which the operator never does
            throw new kr.innotrack.shared.AccessDeniedHere("token.error.operator");
        }
        Account account = accounts.findInOrganization(me.accountId(), me.organizationId())
                .orElseThrow(() -> new NotFoundException("account.record", me.accountId()));
        return issue(account, name, days, me);
    }

    /** A token for a service account of the admin's organization. */
    public Issued issueForService(Long accountId, String name, int days, CurrentUser admin) {
        AccessDeniedHere.unlessAdmin(admin, "token.action.issueForService");
        Account account = accounts.findInOrganization(accountId, admin.organizationId())
                .orElseThrow(() -> new NotFoundException("account.record", accountId));
        if (!account.isService()) {
            throw new AccessDeniedHere("token.error.notService");
        }
        return issue(account, name, days, admin);
    }

    private Issued issue(Account account, String name, int days, CurrentUser by) {
        if (!LIFETIMES_DAYS.contains(days)) {
            throw new IllegalArgumentException("lifetime " + days);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        LocalDateTime now = now();
        jdbc.update("insert into api_token (account_id, name, token_hash, token_prefix, scope, created_at, created_by,"
                        + " expires_at) values (?, ?, ?, ?, ?, ?, ?, ?)", account.getId(), name, hash(token),
                token.substring(0, PREFIX.length() + 6), READ, Timestamp.valueOf(now), by.displayName(),
                Timestamp.valueOf(now.plusDays(days)));
        events.record(SecurityEvents.Entry.of(SecurityEventType.TOKEN_CREATED, account.getOrganizationId(),
                account.getId(), account.getUsername()).by(by.username()).detail(messages.get("token.detail.created", name, String.valueOf(days))));
        TokenView view = jdbc.queryForObject("select * from api_token where token_hash = ?", ROW, hash(token));
        return new Issued(token, view);
    }

    /** Revokes every active token of the organization's accounts (a disabled organization's). */
    void revokeAllOf(Long organizationId, String by) {
        jdbc.update("update api_token set revoked_at = ?, revoked_by = ? where revoked_at is null and account_id in"
                + " (select a.id from account a where a.organization_id = ?)", Timestamp.valueOf(now()), by,
                organizationId);
    }

    /** Revokes a token of the person's own, or (for a planning admin) of any account of their organization. */
    public void revoke(Long tokenId, CurrentUser user) {
        List<Object[]> rows = jdbc.query("select t.account_id, a.organization_id, a.username, t.name, t.revoked_at"
                        + " from api_token t join account a on a.id = t.account_id where t.id = ?",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5)}, tokenId);
        if (rows.isEmpty() || !java.util.Objects.equals(user.organizationId(), rows.get(0)[1])) {
            throw new NotFoundException("token.record", tokenId);
        }
        Object[] row = rows.get(0);
        boolean own = user.accountId().equals(row[0]);
        if (!own && !user.admin()) {
            throw new NotFoundException("token.record", tokenId);
        }
        if (row[4] != null) {
            return; // already revoked: revoking again changes nothing
        }
        jdbc.update("update api_token set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null",
                Timestamp.valueOf(now()), user.displayName(), tokenId);
        events.record(SecurityEvents.Entry.of(SecurityEventType.TOKEN_REVOKED, (Long) row[1], (Long) row[0],
                (String) row[2]).by(user.username()).detail((String) row[3]));
    }

    /**
     * The principal for a bearer token, for one request: empty when the token is unknown, revoked, expired or its
     * account disabled. Records the use at most once a minute.
     */
    public Optional<AccountPrincipal> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        LocalDateTime now = now();
        List<Object[]> rows = jdbc.query("select id, account_id, name, expires_at, revoked_at, last_used_at"
                        + " from api_token where token_hash = ?",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toLocalDateTime(), rs.getTimestamp(5), rs.getTimestamp(6)}, hash(token));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        if (row[4] != null || !((LocalDateTime) row[3]).isAfter(now)) {
            return Optional.empty();
        }
        Optional<Account> account = accounts.findWithDepartment((Long) row[1]).filter(a -> a.isEnabled() && (a.getOrganization() == null || a.getOrganization().isEnabled()));
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Timestamp lastUsed = (Timestamp) row[5];
        if (lastUsed == null || lastUsed.toLocalDateTime().isBefore(now.minusMinutes(1))) {
            jdbc.update("update api_token set last_used_at = ? where id = ?", Timestamp.valueOf(now), row[0]);
        }
        return Optional.of(AccountPrincipal.forToken(account.get(), (String) row[2]));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
