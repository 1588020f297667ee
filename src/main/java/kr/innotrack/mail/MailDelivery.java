package kr.innotrack.mail;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import lombok.extern.slf4j.Slf4j;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox's messages through Spring's {@link JavaMailSender} ({@code spring.mail.host}): one try right
 * after the sender's commit, then the retry job every minute for what is due ({@link MailBackoff}). Logs name the
 * message's purpose and id, never its address or text: WARN for each failed try, ERROR when it is given up.
 */
@Slf4j
@Component
class MailDelivery {

    /** How long a claimed message is left to the one trying it before another try may take it. */
    static final int LEASE_MINUTES = 10;

    private final MailOutbox outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final TransactionTemplate own;
    private final String from;
    private final int maxAttempts;
    private final MeterRegistry meters;

    MailDelivery(MailOutbox outbox, ObjectProvider<JavaMailSender> sender, PlatformTransactionManager transactions,
                 @Value("${innotrack.mail.from:innotrack@localhost}") String from,
                 @Value("${innotrack.mail.max-attempts:5}") int maxAttempts, MeterRegistry meters) {
        this.outbox = outbox;
        this.sender = sender;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.from = from;
        this.maxAttempts = maxAttempts;
        this.meters = meters;
    }

    /** {@code innotrack.mail.delivery}: tries by outcome (sent, retry, given_up) and purpose (a word, no address). */
    private void count(String outcome, String purpose) {
        meters.counter("innotrack.mail.delivery", "outcome", outcome, "purpose",
                purpose != null && purpose.matches("[a-z0-9-]{1,40}") ? purpose : "other")
                .increment();
    }

    /** One delivery try of the message if it is pending and due; true when it was sent now. */
    boolean deliver(long id) {
        Optional<MailOutbox.Stored> claimed = own.execute(s -> outbox.claim(id, LEASE_MINUTES));
        if (claimed == null || claimed.isEmpty()) {
            return false;
        }
        MailOutbox.Stored mail = claimed.get();
        int attempt = mail.attempts() + 1;
        String failure = send(mail);
        if (failure == null) {
            own.executeWithoutResult(s -> outbox.sent(id, attempt));
            count("sent", mail.purpose());
            return true;
        }
        Optional<Duration> wait = MailBackoff.after(attempt, maxAttempts);
        if (wait.isPresent()) {
            LocalDateTime next = outbox.now().plus(wait.get());
            own.executeWithoutResult(s -> outbox.retryLater(id, attempt, next, failure));
            count("retry", mail.purpose());
            log.warn("Mail {} (outbox id {}) not delivered, try {} of {}: {}; next try at {}", mail.purpose(), id,
                    attempt, maxAttempts, failure, next);
        } else {
            own.executeWithoutResult(s -> outbox.givenUp(id, attempt, failure));
            count("given_up", mail.purpose());
            log.error("Mail {} (outbox id {}) given up after {} tries: {}", mail.purpose(), id, attempt, failure);
        }
        return false;
    }

    /**
     * The retry job: every message whose next try is due (the scheduler is off in tests: they call it). One instance at
     * a time (the lock; each message is also claimed before its try); null when another instance holds the lock.
     */
    @Scheduled(fixedDelayString = "${innotrack.mail.retry-every:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "mail-retry", lockAtMostFor = "PT15M")
    public Integer retryDue() {
        int sent = 0;
        for (Long id : outbox.due(100)) {
            if (deliver(id)) {
                sent++;
            }
        }
        return sent;
    }

    /** Daily: deletes sent and given-up rows after 90 days and demo messages after a day. */
    @Scheduled(cron = "${innotrack.mail.purge-cron:0 40 3 * * *}", zone = "Asia/Seoul")
    @SchedulerLock(name = "mail-purge")
    public Integer purge() {
        LockAssert.assertLocked();
        LocalDateTime now = outbox.now();
        Integer deleted = own.execute(s -> outbox.purge(now.minusDays(90), now.minusDays(1)));
        return deleted == null ? 0 : deleted;
    }

    /** null when sent, else the failure in a few words (no address: mail exceptions may quote it, so only the type). */
    private String send(MailOutbox.Stored mail) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return "no mail server configured (spring.mail.host)";
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.recipient());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        try {
            smtp.send(message);
            return null;
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }
}
