package kr.innotrack.mail;

import java.util.Arrays;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo mailbox: only in the embedded default's demo year ({@code innotrack.demo.today} set) without a mail server
 * ({@code spring.mail.host} not set), and never under the {@code postgres} profile, messages are kept in the outbox
 * (state DEMO) and shown to signed-in staff at {@code /demo/mailbox}, so a person trying the demo can read the code
 * of a public vote. Published to templates as the bean {@code demoMailbox} ({@code ${@demoMailbox.enabled()}}).
 */
@Component("demoMailbox")
public class DemoMailbox {

    private final boolean enabled;

    DemoMailbox(Environment environment, @Value("${spring.mail.host:}") String mailHost,
                @Value("${innotrack.demo.today:}") String demoToday) {
        List<String> profiles = Arrays.asList(environment.getActiveProfiles());
        this.enabled = mailHost.isBlank() && !demoToday.isBlank() && !profiles.contains("postgres");
    }

    public boolean enabled() {
        return enabled;
    }
}
