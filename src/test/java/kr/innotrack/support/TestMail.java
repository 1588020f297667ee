package kr.innotrack.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * The test mail server: one GreenMail SMTP server per test JVM, on a free port of 127.0.0.1, started the first time a
 * test context starts; every test context's {@code spring.mail.host}/{@code port} point at it (registered in
 * {@code META-INF/spring.factories}, the same customizer for every context so the context cache still shares them).
 * Tests read what the app sent with {@link #messagesTo} and {@link #latestCode}.
 */
public final class TestMail implements ContextCustomizerFactory {

    private static GreenMail server;

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            server.start();
        }
        return server;
    }

    /** Every message received for this address so far, oldest first. */
    public static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
    }

    /** The text of the latest message to this address (waiting up to 5 s: mail is sent after the commit). */
    public static String latestText(String address) {
        Instant until = Instant.now().plus(Duration.ofSeconds(5));
        int seen = 0;
        while (true) {
            List<MimeMessage> messages = messagesTo(address);
            if (!messages.isEmpty() && (messages.size() > seen || Instant.now().isAfter(until))) {
                return text(messages.get(messages.size() - 1));
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("no mail to " + address);
            }
            sleep();
        }
    }

    /**
     * The six-digit code of the newest message to this address that arrived after {@code before} messages (pass
     * {@code messagesTo(address).size()} taken before asking for the code), waiting up to 5 s.
     */
    public static String latestCode(String address, int before) {
        Instant until = Instant.now().plus(Duration.ofSeconds(5));
        while (Instant.now().isBefore(until)) {
            List<MimeMessage> messages = messagesTo(address);
            if (messages.size() > before) {
                Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(text(messages.get(messages.size() - 1)));
                return Optional.of(code).filter(Matcher::find).map(m -> m.group(1))
                        .orElseThrow(() -> new AssertionError("no code in the mail to " + address));
            }
            sleep();
        }
        throw new AssertionError("no new mail to " + address);
    }

    /** The decoded text of a plain-text message. */
    public static String text(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (MessagingException | java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(Optional.ofNullable(message.getRecipients(Message.RecipientType.TO)).orElse(new jakarta.mail.Address[0]))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return new PointAtTestMail();
    }

    /** Equal for every context, so it never splits the context cache. */
    private static final class PointAtTestMail implements ContextCustomizer {

        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                                     org.springframework.test.context.MergedContextConfiguration merged) {
            TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + server().getSmtp().getPort())
                    .applyTo(context);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PointAtTestMail;
        }

        @Override
        public int hashCode() {
            return PointAtTestMail.class.hashCode();
        }
    }
}
