package kr.innotrack.participation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The key of the keyed hash (HMAC-SHA256) that turns an address (or any stable identifier a {@link VoiceVerifier}
 * proves) into a {@link Voice}: {@code innotrack.participation.key} when set (at least 32 characters), else a random
 * key generated once and stored in {@code participation_key} (V22), so every instance uses the same key and it
 * survives restarts. There is no built-in default key. Changing the key changes every voice: votes already cast would
 * no longer be recognised as the same person's (docs/participation.md).
 */
@Slf4j
@Component
public class ParticipationKey {

    static final int MIN_CONFIGURED_LENGTH = 32;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate own;
    private final String configured;
    private final SecureRandom random = new SecureRandom();
    private volatile byte[] key;

    ParticipationKey(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions,
                     @Value("${innotrack.participation.key:}") String configured) {
        if (!configured.isBlank() && configured.strip().length() < MIN_CONFIGURED_LENGTH) {
            throw new IllegalStateException("innotrack.participation.key must have at least " + MIN_CONFIGURED_LENGTH
                    + " characters (or leave it unset: a random key is then generated once and kept in the database)");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.configured = configured.strip();
    }

    /** The voice of a stable identifier (a normalized address, a 본인인증 CI): its keyed hash, 64 hex characters. */
    public Voice voiceOf(String identifier) {
        return new Voice(hash(identifier));
    }

    String hash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            synchronized (this) {
                if (key == null) {
                    key = configured.isEmpty() ? stored() : configured.getBytes(StandardCharsets.UTF_8);
                }
                known = key;
            }
        }
        return known;
    }

    /** The stored key, generating it first when there is none (a racing instance's insert wins: read it again). */
    private byte[] stored() {
        String value = read();
        if (value == null) {
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            try {
                own.executeWithoutResult(s -> jdbc.sql(
                                "insert into participation_key (id, key_value, created_at) values (1, ?, ?)")
                        .params(Base64.getEncoder().encodeToString(fresh), LocalDateTime.now(clock)).update());
                log.info("Generated the participation key and stored it in the database (participation_key)");
            } catch (DataIntegrityViolationException raced) {
                log.info("Another instance stored the participation key first: using it");
            }
            value = read();
        }
        return Base64.getDecoder().decode(value);
    }

    private String read() {
        return own.execute(s -> jdbc.sql("select key_value from participation_key where id = 1").query(String.class)
                .optional().orElse(null));
    }
}
