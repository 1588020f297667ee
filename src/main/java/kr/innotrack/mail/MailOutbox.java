package kr.innotrack.mail;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code mail_outbox} table (V22): plain SQL, so a message is one insert in the caller's transaction. */
@Repository
@RequiredArgsConstructor
class MailOutbox {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    static final String DEMO = "DEMO";

    private final JdbcClient jdbc;
    private final Clock clock;

    /** A message as stored: what a delivery needs. */
    record Stored(long id, String purpose, String recipient, String subject, String body, int attempts) {
    }

    /** A message kept for the demo mailbox. */
    record DemoMessage(long id, LocalDateTime createdAt, String recipient, String subject, String body) {
    }

    long store(OutgoingMail mail, String state) {
        LocalDateTime now = now();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into mail_outbox (purpose, recipient, subject, body, state, attempts, created_at,
                            next_attempt_at) values (?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(cut(mail.purpose(), 40), mail.to(), cut(mail.subject(), 300), cut(mail.text(), 10000), state,
                        now, PENDING.equals(state) ? now : null)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Takes a pending message that is due for one delivery try: moves its next try {@code leaseMinutes} on, so another
     * instance (or the retry job) does not send it at the same time; empty when it is not pending or not due.
     */
    Optional<Stored> claim(long id, int leaseMinutes) {
        LocalDateTime now = now();
        int claimed = jdbc.sql("""
                        update mail_outbox set next_attempt_at = ?
                        where id = ? and state = 'PENDING' and next_attempt_at <= ?""")
                .params(now.plusMinutes(leaseMinutes), id, now).update();
        if (claimed == 0) {
            return Optional.empty();
        }
        return jdbc.sql("select id, purpose, recipient, subject, body, attempts from mail_outbox where id = ?")
                .param(id)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6)))
                .optional();
    }

    /** Sent: the address, subject and body are cleared (privacy), the row stays for counts. */
    void sent(long id, int attempts) {
        jdbc.sql("""
                        update mail_outbox set state = 'SENT', attempts = ?, sent_at = ?, next_attempt_at = null,
                            recipient = null, subject = null, body = null, last_error = null where id = ?""")
                .params(attempts, now(), id).update();
    }

    void retryLater(long id, int attempts, LocalDateTime next, String error) {
        jdbc.sql("update mail_outbox set attempts = ?, next_attempt_at = ?, last_error = ? where id = ?")
                .params(attempts, next, cut(error, 300), id).update();
    }

    /** Given up: cleared like a sent message; the state and the last error stay for the operator. */
    void givenUp(long id, int attempts, String error) {
        jdbc.sql("""
                        update mail_outbox set state = 'FAILED', attempts = ?, next_attempt_at = null, recipient = null,
                            subject = null, body = null, last_error = ? where id = ?""")
                .params(attempts, cut(error, 300), id).update();
    }

    List<Long> due(int limit) {
        return jdbc.sql("""
                        select id from mail_outbox where state = 'PENDING' and next_attempt_at <= ?
                        order by next_attempt_at, id fetch first %d rows only""".formatted(limit))
                .param(now()).query(Long.class).list();
    }

    List<DemoMessage> demoMessages(LocalDateTime since, int limit) {
        return jdbc.sql("""
                        select id, created_at, recipient, subject, body from mail_outbox
                        where state = 'DEMO' and created_at >= ? order by id desc fetch first %d rows only"""
                        .formatted(limit))
                .param(since)
                .query((rs, n) -> new DemoMessage(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(),
                        rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** Deletes finished rows (sent, given up) older than {@code finished} and demo messages older than {@code demo}. */
    int purge(LocalDateTime finished, LocalDateTime demo) {
        return jdbc.sql("delete from mail_outbox where state in ('SENT', 'FAILED') and created_at < ?")
                .param(finished).update()
                + jdbc.sql("delete from mail_outbox where state = 'DEMO' and created_at < ?").param(demo).update();
    }

    /** Count of messages per state (for tests and an operator's look). */
    long count(String state, String purpose) {
        return jdbc.sql("select count(*) from mail_outbox where state = ? and purpose = ?").params(state, purpose)
                .query(Long.class).single();
    }

    /** Now, to the millisecond: what the database keeps of it compares equal to it (no rounding up). */
    LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    private static String cut(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = max;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end);
    }
}
