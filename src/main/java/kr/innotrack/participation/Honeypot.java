package kr.innotrack.participation;

/**
 * The honeypot field of the public forms ({@code fragments/participation :: honeypot}): an input named
 * {@value #FIELD} that people never see or reach, so only a bot filling every field fills it. A form object binds it
 * like any other field; the controller asks {@link #isBot} before anything else and then answers as if it had worked
 * (a bot learns nothing) without saving or sending anything.
 */
public final class Honeypot {

    /** The input's name (and the form object's property). */
    public static final String FIELD = "website";

    private Honeypot() {
    }

    /** True when the hidden field was filled in: a bot's submission. */
    public static boolean isBot(String value) {
        return value != null && !value.isEmpty();
    }
}
