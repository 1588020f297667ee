package kr.innotrack.shared.text;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * A message source that resolves the neutral particle forms ({@link Josa}) of every message after its arguments are
 * in. {@link ParticleMessages} puts it around the application's {@code messageSource}, so {@code shared.Messages},
 * Thymeleaf's {@code #{…}} and Bean Validation's {@code {…}} messages all read 「점검이 시작되었습니다」.
 */
public final class ParticleMessageSource implements MessageSource {

    private final MessageSource words;
    private final java.util.Map<String, String> plain = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED = 20_000;

    public ParticleMessageSource(MessageSource words) {
        this.words = words;
    }

    /** The source this one reads from. */
    public MessageSource words() {
        return words;
    }

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        return Josa.resolve(words.getMessage(code, args, defaultMessage, locale));
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
        if (args != null && args.length > 0) {
            return Josa.resolve(words.getMessage(code, args, locale));
        }
        // a message without arguments (most of a page's #{…}) is the same every time: looked up in the bundles once
        // (the message files are read once per run: spring.messages.cache-duration is not set)
        String key = locale + "\u0000" + code;
        String cached = plain.get(key);
        if (cached == null) {
            cached = Josa.resolve(words.getMessage(code, args, locale)); // a missing code throws: nothing cached
            if (plain.size() < MAX_CACHED) {
                plain.put(key, cached);
            }
        }
        return cached;
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
        return Josa.resolve(words.getMessage(resolvable, locale));
    }
}
