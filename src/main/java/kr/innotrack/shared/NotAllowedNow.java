package kr.innotrack.shared;

/**
 * The action is allowed in general but not in the record's present state (a closed check round, a remedy already
 * accepted): answered with 409 and a page that says why, in the words of {@code messageKey}.
 */
public class NotAllowedNow extends ExplainedFailure {

    public NotAllowedNow(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
