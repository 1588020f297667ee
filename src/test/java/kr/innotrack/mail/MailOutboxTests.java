package kr.innotrack.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kr.innotrack.participation.ParticipationContext;
import kr.innotrack.support.Accounts;
import kr.innotrack.support.SignedIn;
import kr.innotrack.support.TestClock;
import kr.innotrack.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.hamcrest.Matchers;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail outbox against a real database and the test mail server: a message is stored in the sender's transaction
 * and sent right after its commit (then cleared), a rolled-back one is neither stored nor sent, a failed delivery is
 * retried after its backoff and logged without the address, and given up (ERROR) after the last try.
 */
@ParticipationContext
@ExtendWith(OutputCaptureExtension.class)
abstract class MailOutboxTests {

    @Autowired
    Mailer mailer;
    @Autowired
    MailOutbox outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    DemoMailbox demoMailbox;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aMessageIsStoredInTheTransactionSentAfterTheCommitAndThenCleared() {
        String to = "outbox.ok@example.kr";
        transactions.executeWithoutResult(s -> mailer.send(new OutgoingMail(to, "제목", "본문 123", "test-ok")));
        assertThat(TestMail.latestText(to)).contains("본문 123");
        Map<String, Object> row = jdbc.queryForMap(
                "select state, attempts, recipient, subject, body, sent_at from mail_outbox where purpose = 'test-ok'");
        assertThat(row.get("state")).isEqualTo("SENT");
        assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(1);
        assertThat(row.get("recipient")).isNull();
        assertThat(row.get("subject")).isNull();
        assertThat(row.get("body")).isNull();
        assertThat(row.get("sent_at")).isNotNull();
    }

    @Test
    void aRolledBackMessageIsNeitherStoredNorSent() throws InterruptedException {
        String to = "outbox.rollback@example.kr";
        transactions.executeWithoutResult(s -> {
            mailer.send(new OutgoingMail(to, "제목", "본문", "test-rollback"));
            s.setRollbackOnly();
        });
        Thread.sleep(500);
        assertThat(TestMail.messagesTo(to)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where purpose = 'test-rollback'", Long.class))
                .isZero();
    }

    @Test
    void aFailedDeliveryIsRetriedAfterItsWaitAndTheLogNamesNoAddress(CapturedOutput output) {
        String to = "outbox.retry@example.kr";
        AtomicInteger failures = new AtomicInteger(1);
        MailDelivery delivery = delivery(failures, 5);
        clock.set(LocalDateTime.of(2031, 7, 1, 9, 0));
        long id = transactions.execute(s -> outbox.store(new OutgoingMail(to, "제목", "다시 보냄", "test-retry"),
                MailOutbox.PENDING));

        assertThat(delivery.deliver(id)).isFalse();
        Map<String, Object> row = jdbc.queryForMap("select state, attempts, next_attempt_at, recipient from mail_outbox where id = ?", id);
        assertThat(row.get("state")).isEqualTo("PENDING");
        assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(1);
        assertThat(row.get("next_attempt_at").toString()).startsWith("2031-07-01 09:01");
        assertThat(row.get("recipient")).isEqualTo(to);
        assertThat(output.getAll()).contains("Mail test-retry (outbox id " + id + ") not delivered, try 1 of 5")
                .doesNotContain(to).doesNotContain("outbox.test@example.kr");

        assertThat(delivery.deliver(id)).as("not due yet").isFalse();
        clock.set(LocalDateTime.of(2031, 7, 1, 9, 2));
        assertThat(delivery.retryDue()).isGreaterThanOrEqualTo(1);
        assertThat(TestMail.latestText(to)).contains("다시 보냄");
        assertThat(jdbc.queryForObject("select state from mail_outbox where id = ?", String.class, id)).isEqualTo("SENT");
        assertThat(jdbc.queryForObject("select attempts from mail_outbox where id = ?", Integer.class, id)).isEqualTo(2);
    }

    @Test
    void aMessageIsGivenUpAfterTheLastTryAndThatIsAnError(CapturedOutput output) {
        String to = "outbox.giveup@example.kr";
        MailDelivery delivery = delivery(new AtomicInteger(99), 3);
        clock.set(LocalDateTime.of(2031, 7, 2, 9, 0));
        long id = transactions.execute(s -> outbox.store(new OutgoingMail(to, "제목", "못 보냄", "test-giveup"),
                MailOutbox.PENDING));
        assertThat(delivery.deliver(id)).isFalse();
        clock.set(LocalDateTime.of(2031, 7, 2, 9, 1, 1));
        assertThat(delivery.deliver(id)).isFalse();
        assertThat(output.getAll()).contains("try 2 of 3").doesNotContain("given up");
        clock.set(LocalDateTime.of(2031, 7, 2, 9, 6, 2));
        assertThat(delivery.deliver(id)).isFalse();

        Map<String, Object> row = jdbc.queryForMap("select state, attempts, recipient, body, last_error from mail_outbox where id = ?", id);
        assertThat(row.get("state")).isEqualTo("FAILED");
        assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(3);
        assertThat(row.get("recipient")).isNull();
        assertThat(row.get("body")).isNull();
        assertThat(row.get("last_error")).isEqualTo("MailSendException");
        assertThat(output.getAll()).contains("ERROR").contains("Mail test-giveup (outbox id " + id + ") given up after 3 tries")
                .doesNotContain(to);
        assertThat(meters.get("innotrack.mail.delivery").tags("outcome", "given_up", "purpose", "test-giveup").counter()
                .count()).as("the given-up counter for the operator's alert").isGreaterThanOrEqualTo(1);
        clock.set(LocalDateTime.of(2031, 7, 3, 9, 0));
        assertThat(delivery.deliver(id)).as("a given-up message is never tried again").isFalse();
        assertThat(TestMail.messagesTo(to)).isEmpty();
    }

    @Test
    void finishedRowsGoAfter90DaysAndDemoMessagesAfterADay() {
        clock.set(LocalDateTime.of(2031, 1, 1, 9, 0));
        long old = transactions.execute(s -> outbox.store(new OutgoingMail("a@example.kr", "s", "t", "test-purge"), MailOutbox.DEMO));
        clock.set(LocalDateTime.of(2031, 1, 1, 12, 0));
        long kept = transactions.execute(s -> outbox.store(new OutgoingMail("a@example.kr", "s", "t", "test-purge"), MailOutbox.DEMO));
        jdbc.update("update mail_outbox set state = 'SENT', recipient = null where id = ?", kept);
        clock.set(LocalDateTime.of(2031, 1, 2, 10, 0));
        assertThat(outbox.purge(LocalDateTime.of(2030, 10, 1, 0, 0), LocalDateTime.of(2031, 1, 1, 10, 0))).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where id = ?", Long.class, old)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where id = ?", Long.class, kept)).isEqualTo(1);
    }

    @Test
    void theDemoMailboxIsOnlyForTheDemoWithoutAMailServerAndNeverUnderPostgres() throws Exception {
        assertThat(new DemoMailbox(new MockEnvironment(), "", "2021-08-20").enabled()).isTrue();
        assertThat(new DemoMailbox(new MockEnvironment(), "smtp.example.kr", "2021-08-20").enabled()).isFalse();
        assertThat(new DemoMailbox(new MockEnvironment(), "", "").enabled()).isFalse();
        MockEnvironment postgres = new MockEnvironment();
        postgres.setActiveProfiles("postgres");
        assertThat(new DemoMailbox(postgres, "", "2021-08-20").enabled()).isFalse();

        // here the mail server is set: the page does not exist, and it is not for anonymous readers either
        mvc.perform(get("/demo/mailbox").with(SignedIn.as(Accounts.user(jdbc, "samcheok.admin"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/demo/mailbox")).andExpect(status().is3xxRedirection());
    }

    @Test
    void inTheDemoMailIsKeptForTheMailboxPageAndNeverSent() throws Exception {
        DemoMailbox demo = demoMailbox;
        ReflectionTestUtils.setField(demo, "enabled", true);
        try {
            String to = "demo.citizen@example.kr";
            transactions.executeWithoutResult(s -> mailer.send(new OutgoingMail(to, "[InnoTrack] 참여 인증번호",
                    "인증번호는 424242 입니다.", "test-demo")));
            assertThat(jdbc.queryForObject("select state from mail_outbox where purpose = 'test-demo'", String.class))
                    .isEqualTo("DEMO");
            mvc.perform(get("/demo/mailbox").with(SignedIn.as(Accounts.user(jdbc, "samcheok.viewer"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("예시 메일함")))
                    .andExpect(content().string(Matchers.containsString("인증번호는 424242 입니다.")))
                    .andExpect(content().string(Matchers.containsString(to)));
            mvc.perform(get("/demo/mailbox")).andExpect(status().is3xxRedirection());
            Thread.sleep(300);
            assertThat(TestMail.messagesTo(to)).isEmpty();
        } finally {
            ReflectionTestUtils.setField(demo, "enabled", false);
        }
    }

    /** A delivery whose mail server fails the first {@code failures} tries, then sends to the test mail server. */
    private MailDelivery delivery(AtomicInteger failures, int maxAttempts) {
        JavaMailSenderImpl real = new JavaMailSenderImpl();
        real.setHost("127.0.0.1");
        real.setPort(TestMail.server().getSmtp().getPort());
        JavaMailSenderImpl flaky = new JavaMailSenderImpl() {
            @Override
            public void send(SimpleMailMessage... messages) {
                if (failures.getAndDecrement() > 0) {
                    throw new MailSendException("connection refused for outbox.test@example.kr");
                }
                real.send(messages);
            }
        };
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("flaky", flaky);
        return new MailDelivery(outbox, beans.getBeanProvider(JavaMailSender.class), transactionManager,
                "innotrack@localhost", maxAttempts, meters);
    }
}
