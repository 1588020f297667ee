package kr.innotrack.participation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kr.innotrack.mail.Mailer;
import kr.innotrack.mail.OutgoingMail;
import kr.innotrack.shared.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The e-mail one-time code: six digits, valid for ten minutes, five tries, used once. */
@Service
class EmailCodeParticipation implements Participation {

    static final Duration VALIDITY = Duration.ofMinutes(10);
    static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final Messages messages;
    private final Clock clock;
    private final byte[] key;
    private final TransactionTemplate attempts;
    private final SecureRandom random = new SecureRandom();

    EmailCodeParticipation(JdbcClient jdbc, Mailer mailer, Messages messages, Clock clock,
                           PlatformTransactionManager transactions,
                           @Value("${innotrack.participation.key:innotrack-development-key-change-me}") String key) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
        this.key = key.getBytes(StandardCharsets.UTF_8);
        this.attempts = new TransactionTemplate(transactions);
        this.attempts.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    @Transactional
    public void requestCode(String address, Purpose purpose, String clientAddress) {
        String normalized = normalize(address);
        if (!normalized.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new ParticipationRefused("participation.address.invalid", "email");
        }
        String code = "%06d".formatted(random.nextInt(1_000_000));
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("""
                        insert into participation_code (purpose_kind, subject_id, address_hash, code_hash, client_network,
                            attempts, created_at, expires_at) values (?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(purpose.kind(), purpose.subjectId(), hash(normalized), hash(code + ":" + normalized),
                        clientAddress, now, now.plus(VALIDITY))
                .update();
        mailer.send(new OutgoingMail(normalized, messages.get("participation.code.subject"),
                messages.get("participation.code.text", code, VALIDITY.toMinutes()), "participation-code"));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Voice confirm(String address, String code, Purpose purpose, String clientAddress) {
        String normalized = normalize(address);
        String addressHash = hash(normalized);
        LocalDateTime now = LocalDateTime.now(clock);
        var latest = jdbc.sql("""
                        select id, code_hash, attempts from participation_code
                        where address_hash = ? and purpose_kind = ? and subject_id = ? and used_at is null and expires_at > ?
                        order by id desc fetch first 1 rows only""")
                .params(addressHash, purpose.kind(), purpose.subjectId(), now)
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getInt(3)))
                .optional()
                .orElseThrow(() -> new ParticipationRefused("participation.code.none", "code"));
        if (latest.attempts() >= MAX_ATTEMPTS) {
            throw new ParticipationRefused("participation.code.tooManyAttempts", "code");
        }
        String given = code == null ? "" : code.strip();
        if (!hash(given + ":" + normalized).equals(latest.codeHash())) {
            // counted in its own transaction: the caller's rollback must not undo the attempt
            countAttempt(latest.id());
            throw new ParticipationRefused("participation.code.wrong", "code");
        }
        int used = jdbc.sql("update participation_code set used_at = ? where id = ? and used_at is null")
                .params(now, latest.id()).update();
        if (used == 0) {
            throw new ParticipationRefused("participation.code.none", "code");
        }
        return new Voice(addressHash);
    }

    private void countAttempt(long id) {
        attempts.executeWithoutResult(status ->
                jdbc.sql("update participation_code set attempts = attempts + 1 where id = ?").param(id).update());
    }

    static String normalize(String address) {
        return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    }

    String hash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Pending(long id, String codeHash, int attempts) {
    }
}
