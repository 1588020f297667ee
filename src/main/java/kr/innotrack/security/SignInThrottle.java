package kr.innotrack.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import kr.innotrack.shared.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Sign-in throttling from the security event log, so it holds across app instances sharing the database:
 * <ul>
 *   <li>per username as typed (whether or not such an account exists, so the answer reveals nothing): after
 *       {@code maxFailures} failures within {@code window} since the last success or unlock, further attempts are
 *       refused without checking the password until the oldest of those failures leaves the window;</li>
 *   <li>per client address: after {@code addressMaxFailures} failures within the window, whatever the usernames
 *       (set high enough for an office behind one NAT address).</li>
 * </ul>
 * Refused attempts are logged as {@link SecurityEventType#SIGN_IN_BLOCKED} and do not extend the lock.
 */
@Service
public class SignInThrottle {

    private final JdbcTemplate jdbc;
    private final SecurityEvents events;
    private final Messages messages;
    private final Clock clock;
    private final int maxFailures;
    private final int addressMaxFailures;
    private final Duration window;
    /** {@code innotrack.signin.failures} (wrong password, unknown username, disabled account) and
     *  {@code innotrack.signin.blocked} (refused by the throttle): no tags, nothing personal. */
    private final Counter failures;
    private final Counter blocked;

    SignInThrottle(JdbcTemplate jdbc, SecurityEvents events, Messages messages, Clock clock, MeterRegistry meters,
                   @Value("${innotrack.sign-in.max-failures:5}") int maxFailures,
                   @Value("${innotrack.sign-in.address-max-failures:30}") int addressMaxFailures,
                   @Value("${innotrack.sign-in.window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.addressMaxFailures = addressMaxFailures;
        this.window = window;
        this.failures = Counter.builder("innotrack.signin.failures")
                .description("Failed sign-ins: wrong password, unknown username or disabled account").register(meters);
        this.blocked = Counter.builder("innotrack.signin.blocked")
                .description("Sign-in attempts refused by the throttle, password not checked").register(meters);
    }

    public int maxFailures() {
        return maxFailures;
    }

    public Duration window() {
        return window;
    }

    /** Until when sign-in with this username (as typed) or from this address is refused; empty when it is not. */
    public Optional<LocalDateTime> lockedUntil(String typedUsername, String clientAddress) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<LocalDateTime> subject = subjectLockedUntil(SecurityEvents.subjectKey(typedUsername), now);
        Optional<LocalDateTime> address = addressLockedUntil(clientAddress, now);
        if (subject.isPresent() && address.isPresent()) {
            return Optional.of(subject.get().isAfter(address.get()) ? subject.get() : address.get());
        }
        return subject.isPresent() ? subject : address;
    }

    Optional<LocalDateTime> subjectLockedUntil(String subjectKey, LocalDateTime now) {
        if (subjectKey == null) {
            return Optional.empty();
        }
        List<Object[]> rows = jdbc.query("select type, occurred_at from security_event where subject_key = ?"
                        + " and occurred_at > ? and type in ('SIGN_IN_FAILURE', 'SIGN_IN_SUCCESS', 'UNLOCKED')"
                        + " order by occurred_at desc, id desc",
                (rs, i) -> new Object[] {rs.getString(1), rs.getTimestamp(2).toLocalDateTime()},
                subjectKey, Timestamp.valueOf(now.minus(window)));
        return lockEnd(rows, now);
    }

    /** Rows (type, time) newest first: locked while the last {@code maxFailures} failures, since the last success or
     *  unlock, are all within the window. */
    private Optional<LocalDateTime> lockEnd(List<Object[]> rows, LocalDateTime now) {
        int failures = 0;
        for (Object[] row : rows) {
            if (!SecurityEventType.SIGN_IN_FAILURE.name().equals(row[0])) {
                break; // a success or an unlock starts the count again
            }
            if (++failures == maxFailures) {
                LocalDateTime until = ((LocalDateTime) row[1]).plus(window);
                return until.isAfter(now) ? Optional.of(until) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    Optional<LocalDateTime> addressLockedUntil(String clientAddress, LocalDateTime now) {
        if (clientAddress == null) {
            return Optional.empty();
        }
        List<LocalDateTime> failures = jdbc.query("select occurred_at from security_event where client_address = ?"
                        + " and type = 'SIGN_IN_FAILURE' and occurred_at > ? order by occurred_at desc"
                        + " fetch first " + addressMaxFailures + " rows only",
                (rs, i) -> rs.getTimestamp(1).toLocalDateTime(), clientAddress, Timestamp.valueOf(now.minus(window)));
        if (failures.size() < addressMaxFailures) {
            return Optional.empty();
        }
        LocalDateTime until = failures.get(addressMaxFailures - 1).plus(window);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /** A wrong password (or an unknown username): logged, and a lock logged when this failure starts one. */
    public void failed(String typedUsername, Long organizationId, Long accountId, String knownUsername,
                       String clientAddress, String detail) {
        failures.increment();
        String key = SecurityEvents.subjectKey(typedUsername);
        events.record(new SecurityEvents.Entry(SecurityEventType.SIGN_IN_FAILURE, organizationId, accountId,
                knownUsername, key, null, detail), clientAddress);
        LocalDateTime now = LocalDateTime.now(clock);
        if (subjectLockedUntil(key, now).isPresent()) {
            events.record(new SecurityEvents.Entry(SecurityEventType.LOCKED, organizationId, accountId, knownUsername,
                    null, null, messages.get("security.detail.locked", maxFailures, window.toMinutes())), clientAddress);
        }
        if (addressLockedUntil(clientAddress, now).isPresent() && failuresFrom(clientAddress, now) == addressMaxFailures) {
            events.record(new SecurityEvents.Entry(SecurityEventType.ADDRESS_LOCKED, organizationId, null, null, null,
                    null, messages.get("security.detail.addressLocked", addressMaxFailures)), clientAddress);
        }
    }

    private int failuresFrom(String clientAddress, LocalDateTime now) {
        Integer n = jdbc.queryForObject("select count(*) from security_event where client_address = ?"
                + " and type = 'SIGN_IN_FAILURE' and occurred_at > ?", Integer.class, clientAddress,
                Timestamp.valueOf(now.minus(window)));
        return n == null ? 0 : n;
    }

    /** An attempt refused while locked: logged, the password never checked. */
    public void blocked(String typedUsername, Long organizationId, Long accountId, String knownUsername,
                        String clientAddress) {
        blocked.increment();
        events.record(new SecurityEvents.Entry(SecurityEventType.SIGN_IN_BLOCKED, organizationId, accountId,
                knownUsername, SecurityEvents.subjectKey(typedUsername), null, null), clientAddress);
    }

    public void succeeded(String username, Long organizationId, Long accountId, String clientAddress) {
        events.record(SecurityEvents.Entry.of(SecurityEventType.SIGN_IN_SUCCESS, organizationId, accountId, username),
                clientAddress);
    }

    /** A planning admin lifts an account's lock early; its failure count starts again. */
    public void unlock(String username, Long organizationId, Long accountId, String actor) {
        events.record(SecurityEvents.Entry.of(SecurityEventType.UNLOCKED, organizationId, accountId, username).by(actor));
    }

    /** Accounts of an organization locked now (by subject key of their username), with when the lock ends: one query. */
    public java.util.Map<String, LocalDateTime> lockedInOrganization(Long organizationId) {
        LocalDateTime now = LocalDateTime.now(clock);
        java.util.Map<String, List<Object[]>> bySubject = new java.util.LinkedHashMap<>();
        jdbc.query("select subject_key, type, occurred_at from security_event where organization_id = ?"
                        + " and occurred_at > ? and subject_key is not null"
                        + " and type in ('SIGN_IN_FAILURE', 'SIGN_IN_SUCCESS', 'UNLOCKED')"
                        + " order by occurred_at desc, id desc",
                rs -> {
                    bySubject.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
                            .add(new Object[] {rs.getString(2), rs.getTimestamp(3).toLocalDateTime()});
                }, organizationId, Timestamp.valueOf(now.minus(window)));
        java.util.Map<String, LocalDateTime> locked = new java.util.LinkedHashMap<>();
        bySubject.forEach((key, rows) -> lockEnd(rows, now).ifPresent(until -> locked.put(key, until)));
        return locked;
    }
}
