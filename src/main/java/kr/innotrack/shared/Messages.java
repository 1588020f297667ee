package kr.innotrack.shared;

import java.util.Locale;
import kr.innotrack.shared.text.Josa;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The one way the Java side says something to a person: every word comes from the message files
 * ({@code src/main/resources/i18n/*.properties}, Korean). The locale is fixed ({@code spring.web.locale=ko_KR}),
 * so callers never pass one. {@code MessagesTest} fails on a key that is used but not defined.
 */
@Component("messages") // the name templates use: ${@messages.get(…)}
public class Messages {

    public static final Locale LOCALE = Locale.KOREA;

    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    /** The text of a key with its {@code {0}}-style arguments. An undefined key comes back as itself. */
    public String get(String key, Object... args) {
        return source.getMessage(key, args, key, LOCALE);
    }

    public String label(Labeled value) {
        return value == null ? "" : get(value.messageKey());
    }

    public String get(Explained failure) {
        return get(failure.messageKey(), failure.messageArgs());
    }

    public String get(MessageSourceResolvable resolvable) {
        return source.getMessage(resolvable, LOCALE);
    }

    /**
     * A word with the particle it takes, for a template that glues a value and a particle itself:
     * {@code ${@messages.josa(task.title, '을')}} (either form or the neutral one; see {@link Josa}).
     */
    public String josa(Object word, String particle) {
        return word == null ? null : Josa.attach(String.valueOf(word), particle);
    }

    /**
     * A plan's title with its year, said once: 「2021년 삼척시 혁신 실행계획」, 「2020 주요업무 추진계획」 ({@link Titles}).
     * Templates: {@code ${@messages.planTitle(plan.planYear, plan.title)}}.
     */
    public String planTitle(int year, String title) {
        if (title == null || title.isBlank()) {
            return get("title.year", year);
        }
        return Titles.startsWithYear(year, title) ? title.strip() : get("title.withYear", year, title.strip());
    }

    /** A plan's title as quoted in running text ({@link Titles#quoted}). */
    public String quotedTitle(String title) {
        return Titles.quoted(title);
    }

    /** A key as an argument of another message, resolved together with it. */
    public static MessageSourceResolvable key(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {key}, args, key);
    }

    /** An enum's word as an argument of another message. */
    public static MessageSourceResolvable word(Labeled value) {
        return key(value.messageKey());
    }
}
