package kr.innotrack.participation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import kr.innotrack.mail.Mailer;
import kr.innotrack.mail.OutgoingMail;
import kr.innotrack.shared.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The default {@link VoiceVerifier} ({@code email}): a six-digit code by e-mail, valid for
 * {@code innotrack.participation.code-validity} (10 minutes), {@code max-attempts} (5) wrong tries, used once. Codes
 * are limited per address ({@code address-per-hour}, 5, and {@code address-gap}, 30 s between two) and per client
 * network ({@code network-per-hour}, 30 per IPv4 /24 or IPv6 /64). Only hashes are stored: the address's and the
 * code's (keyed with {@link ParticipationKey}), and the client's network prefix.
 */
@Component
class EmailCodeVerifier implements VoiceVerifier {

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final Messages messages;
    private final Clock clock;
    private final ParticipationKey key;
    private final TransactionTemplate attempts;
    private final SecureRandom random = new SecureRandom();
    private final Duration validity;
    private final int maxAttempts;
    private final int addressPerHour;
    private final Duration addressGap;
    private final int networkPerHour;

    EmailCodeVerifier(JdbcClient jdbc, Mailer mailer, Messages messages, Clock clock, ParticipationKey key,
                      PlatformTransactionManager transactions,
                      @Value("${innotrack.participation.code-validity:PT10M}") Duration validity,
                      @Value("${innotrack.participation.max-attempts:5}") int maxAttempts,
                      @Value("${innotrack.participation.address-per-hour:5}") int addressPerHour,
                      @Value("${innotrack.participation.address-gap:PT30S}") Duration addressGap,
                      @Value("${innotrack.participation.network-per-hour:30}") int networkPerHour) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
        this.key = key;
        this.attempts = new TransactionTemplate(transactions);
        this.attempts.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.validity = validity;
        this.maxAttempts = maxAttempts;
        this.addressPerHour = addressPerHour;
        this.addressGap = addressGap;
        this.networkPerHour = networkPerHour;
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public void challenge(String address, Purpose purpose, String clientAddress) {
        String normalized = normalize(address);
        if (normalized.length() > 254 || !normalized.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new ParticipationRefused("participation.address.invalid", "email");
        }
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String addressHash = key.hash(normalized);
        String network = ClientNetwork.of(clientAddress);
        long fromNetwork = jdbc.sql("select count(*) from participation_code where client_network = ? and created_at > ?")
                .params(network, now.minusHours(1)).query(Long.class).single();
        if (fromNetwork >= networkPerHour) {
            throw new ParticipationRefused("participation.limit.network", "email");
        }
        var recent = jdbc.sql("""
                        select count(*), max(created_at) from participation_code
                        where address_hash = ? and created_at > ?""")
                .params(addressHash, now.minusHours(1))
                .query((rs, n) -> new Recent(rs.getLong(1),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toLocalDateTime()))
                .single();
        if (recent.count() >= addressPerHour) {
            throw new ParticipationRefused("participation.limit.address", "email");
        }
        if (recent.latest() != null && recent.latest().plus(addressGap).isAfter(now)) {
            long seconds = Math.max(1, Duration.between(now, recent.latest().plus(addressGap)).toSeconds());
            throw new ParticipationRefused("participation.limit.wait", "email", seconds);
        }
        String code = "%06d".formatted(random.nextInt(1_000_000));
        jdbc.sql("""
                        insert into participation_code (purpose_kind, subject_id, address_hash, code_hash, client_network,
                            attempts, created_at, expires_at) values (?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(purpose.kind(), purpose.subjectId(), addressHash, key.hash(code + ":" + normalized),
                        network, now, now.plus(validity))
                .update();
        mailer.send(new OutgoingMail(normalized, messages.get("participation.code.subject"),
                messages.get("participation.code.text", code, validity.toMinutes()), "participation-code"));
    }

    @Override
    public Voice verify(String address, String proof, Purpose purpose, String clientAddress) {
        String normalized = normalize(address);
        String addressHash = key.hash(normalized);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        var latest = jdbc.sql("""
                        select id, code_hash, attempts from participation_code
                        where address_hash = ? and purpose_kind = ? and subject_id = ? and used_at is null and expires_at > ?
                        order by id desc fetch first 1 rows only""")
                .params(addressHash, purpose.kind(), purpose.subjectId(), now)
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getInt(3)))
                .optional()
                .orElseThrow(() -> new ParticipationRefused("participation.code.none", "code"));
        if (latest.attempts() >= maxAttempts) {
            throw new ParticipationRefused("participation.code.tooManyAttempts", "code");
        }
        String given = proof == null ? "" : proof.strip();
        if (!key.hash(given + ":" + normalized).equals(latest.codeHash())) {
            // counted in its own transaction: the caller's rollback must not undo the attempt
            attempts.executeWithoutResult(status -> jdbc.sql(
                    "update participation_code set attempts = attempts + 1 where id = ?").param(latest.id()).update());
            throw new ParticipationRefused("participation.code.wrong", "code");
        }
        int used = jdbc.sql("update participation_code set used_at = ? where id = ? and used_at is null")
                .params(now, latest.id()).update();
        if (used == 0) {
            throw new ParticipationRefused("participation.code.none", "code");
        }
        return new Voice(addressHash);
    }

    static String normalize(String address) {
        return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    }

    private record Pending(long id, String codeHash, int attempts) {
    }

    private record Recent(long count, LocalDateTime latest) {
    }
}
