package kr.innotrack.shared;

/**
 * The action is allowed in general but not in the record's present state (a closed check round, a remedy already
 * accepted): answered with 409 and a page that says why.
 */
public class NotAllowedNow extends RuntimeException {

    public NotAllowedNow(String reason) {
        super(reason);
    }
}
