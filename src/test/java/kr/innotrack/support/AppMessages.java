package kr.innotrack.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import kr.innotrack.shared.Messages;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The app's own words for a test without a Spring context: a {@link Messages} on the real message files, the
 * basenames read from {@code application.properties} ({@code spring.messages.basename}) as the app reads them.
 */
public final class AppMessages {

    private AppMessages() {
    }

    public static Messages create() {
        Properties app = new Properties();
        try (InputStream in = AppMessages.class.getResourceAsStream("/application.properties")) {
            app.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(app.getProperty("spring.messages.basename").split(","));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new Messages(source);
    }
}
