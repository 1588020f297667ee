package kr.innotrack.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a key page's handler (GET) whose content depends only on the data of one plan (path variable {@code planId}),
 * of one round's plan ({@code roundId}) or of the reader's organization, plus who reads it and the day: it gets an
 * {@code ETag} from that data version and answers a matching {@code If-None-Match} with 304 after one statement,
 * before anything is loaded ({@code system.ConditionalPages}, {@code docs/performance.md}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface DataVersioned {

    Scope value();

    /**
     * {@code PUBLIC}: a public portal page, the same for every anonymous reader. The handler answers its own
     * validator (the published data's fingerprint, set as the {@code ETag} only once the page exists); its rendered
     * body is kept under that validator.
     */
    enum Scope { PLAN, ROUND, ORGANIZATION, PUBLIC }
}
