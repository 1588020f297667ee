package kr.innotrack.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security event log: insert-only, written in the caller's transaction when there is one (an account change and
 * its event commit together), read by the planning admin for their own organization. Every event also goes to the
 * application log (logger {@code innotrack.security}) for the operator, by type and ids only: no username, address or
 * name in the log.
 */
@Service
@RequiredArgsConstructor
@Slf4j(topic = "innotrack.security")
public class SecurityEvents {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    /** What to record; {@code subjectKey} defaults to the key of {@code username}. */
    public record Entry(SecurityEventType type, Long organizationId, Long accountId, String username, String subjectKey,
                        String actor, String detail) {

        public static Entry of(SecurityEventType type, Long organizationId, Long accountId, String username) {
            return new Entry(type, organizationId, accountId, username, SecurityEvents.subjectKey(username), null, null);
        }

        public Entry by(String actor) {
            return new Entry(type, organizationId, accountId, username, subjectKey, actor, detail);
        }

        public Entry detail(String detail) {
            return new Entry(type, organizationId, accountId, username, subjectKey, actor, detail);
        }
    }

    public void record(Entry e) {
        record(e, currentClientAddress());
    }

    public void record(Entry e, String clientAddress) {
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.update("insert into security_event (occurred_at, type, organization_id, account_id, username, subject_key,"
                        + " client_address, actor, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.valueOf(now), e.type().name(), e.organizationId(), e.accountId(), cut(e.username(), 40),
                e.subjectKey(), cut(clientAddress, 45), cut(e.actor(), 100), cut(e.detail(), 300));
        // no personal data in the application log (docs/operations.md): ids and the username's hash only; the
        // username, address, actor and detail are in the table, for the organization's planning admin
        log.info("{} organization={} account={} subject={}", e.type(), e.organizationId(), e.accountId(),
                e.subjectKey() == null ? "-" : e.subjectKey().substring(0, Math.min(12, e.subjectKey().length())));
    }

    /** The throttling key of a username as typed: SHA-256 of its trimmed lower-case form (hex), null for none. */
    public static String subjectKey(String typedUsername) {
        if (typedUsername == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(typedUsername.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The client address of the request being served (after the trusted proxy's forwarded headers), if any. */
    public static String currentClientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static final RowMapper<SecurityEvent> ROW = (rs, i) -> new SecurityEvent(rs.getLong("id"),
            rs.getTimestamp("occurred_at").toLocalDateTime(), SecurityEventType.valueOf(rs.getString("type")),
            (Long) rs.getObject("organization_id", Long.class), (Long) rs.getObject("account_id", Long.class),
            rs.getString("username"), rs.getString("client_address"), rs.getString("actor"), rs.getString("detail"));

    /**
     * An organization's events, newest first: {@code limit} of them older than {@code beforeId} (all when null),
     * optionally of one type and one username.
     */
    public List<SecurityEvent> ofOrganization(Long organizationId, SecurityEventType type, String username,
                                              Long beforeId, int limit) {
        StringBuilder sql = new StringBuilder("select * from security_event where organization_id = ?");
        List<Object> args = new ArrayList<>(List.of(organizationId));
        if (type != null) {
            sql.append(" and type = ?");
            args.add(type.name());
        }
        if (username != null && !username.isBlank()) {
            sql.append(" and username = ?");
            args.add(username.strip().toLowerCase(Locale.ROOT));
        }
        if (beforeId != null) {
            sql.append(" and id < ?");
            args.add(beforeId);
        }
        sql.append(" order by id desc fetch first ").append(Math.max(1, Math.min(limit, 500))).append(" rows only");
        return jdbc.query(sql.toString(), ROW, args.toArray());
    }

    /** One account's latest events (its own sign-ins, password changes …), newest first. */
    public List<SecurityEvent> ofAccount(Long accountId, int limit) {
        return jdbc.query("select * from security_event where account_id = ? order by id desc fetch first "
                + Math.max(1, Math.min(limit, 100)) + " rows only", ROW, accountId);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
