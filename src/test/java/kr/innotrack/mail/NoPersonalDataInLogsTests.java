package kr.innotrack.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import kr.innotrack.participation.Participation;
import kr.innotrack.participation.ParticipationContext;
import kr.innotrack.participation.Purpose;
import kr.innotrack.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * No personal data in the application log (docs/operations.md): while a sign-in fails (an unknown username and a
 * known one with a wrong password), a citizen asks for a one-time code and a mail is given up, the captured log names
 * neither the usernames as typed, nor the e-mail addresses, nor the code, nor the citizen's client address; the
 * events themselves are logged (by type and ids), so the capture did see them.
 */
@ParticipationContext
@ExtendWith(OutputCaptureExtension.class)
abstract class NoPersonalDataInLogsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Participation participation;
    @Autowired
    MailOutbox outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void signInFailuresACodeRequestAndAGivenUpMailLeaveNoPersonalDataInTheLog(CapturedOutput output) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String typed = "privacy.nobody." + run;
        mvc.perform(formLogin("/login").user(typed).password("wrong-" + run)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("samcheok.viewer").password("wrong-" + run))
                .andExpect(redirectedUrl("/login?error"));

        String citizen = "privacy.citizen." + run + "@example.kr";
        int net = ThreadLocalRandom.current().nextInt(1, 250);
        String clientAddress = "10.213." + net + ".77";
        participation.requestCode(citizen, Purpose.vote(9_000_000L + net), clientAddress);
        String code = TestMail.latestCode(citizen, 0);

        String unlucky = "privacy.unlucky." + run + "@example.kr";
        long id = transactions.execute(s -> outbox.store(new OutgoingMail(unlucky, "제목", "본문 " + run, "test-privacy"),
                MailOutbox.PENDING));
        assertThat(failingDelivery().deliver(id)).isFalse();

        // the app's lines: the test mail server (GreenMail, not part of the app) logs the addresses it receives for
        String log = output.getAll().lines().filter(line -> !line.contains("c.icegreen.greenmail"))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(log).as("the events were logged, so the capture saw them")
                .contains("SIGN_IN_FAILURE")
                .contains("Mail test-privacy (outbox id " + id + ") given up after 1 tries");
        assertThat(log).doesNotContain(typed).doesNotContain("samcheok.viewer")
                .doesNotContain(citizen).doesNotContain(unlucky).doesNotContain("@example.kr")
                .doesNotContain(clientAddress).doesNotContain("10.213." + net + ".0")
                .doesNotContainPattern("(?<![0-9])" + code + "(?![0-9])")
                .doesNotContain("wrong-" + run).doesNotContain("본문 " + run);
        assertThat(meters.get("innotrack.mail.delivery").tags("outcome", "given_up", "purpose", "test-privacy")
                .counter().count()).isEqualTo(1);
    }

    /** A delivery whose mail server always fails (with the address in its message, as real ones may), one try. */
    private MailDelivery failingDelivery() {
        JavaMailSenderImpl failing = new JavaMailSenderImpl() {
            @Override
            public void send(SimpleMailMessage... messages) {
                throw new MailSendException("550 mailbox unavailable: " + String.join(",", messages[0].getTo()));
            }
        };
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("failing", failing);
        return new MailDelivery(outbox, beans.getBeanProvider(JavaMailSender.class), transactionManager,
                "innotrack@localhost", 1, meters);
    }
}
