package kr.innotrack.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.text.ParticleMessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The app's own words for a test without Spring: the message files of {@code spring.messages.basename}
 * (application.properties), read as the app reads them, so a unit test asserts the text people see.
 */
public final class AppMessages {

    private static Messages messages;

    private AppMessages() {
    }

    public static synchronized Messages messages() {
        if (messages == null) {
            Properties app = new Properties();
            try (InputStream in = AppMessages.class.getResourceAsStream("/application.properties")) {
                app.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ResourceBundleMessageSource source = new ResourceBundleMessageSource();
            source.setBasenames(app.getProperty("spring.messages.basename").split("\\s*,\\s*"));
            source.setDefaultEncoding("UTF-8");
            source.setFallbackToSystemLocale(false);
            messages = new Messages(new ParticleMessageSource(source));
        }
        return messages;
    }

    /** The same words (one instance is shared). */
    public static Messages create() {
        return messages();
    }
}
