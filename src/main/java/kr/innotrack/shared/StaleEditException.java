package kr.innotrack.shared;

/** A save was based on a version of the record that someone else has changed since. */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String what, Object id) {
        super(what + " " + id + " changed since it was read");
    }

    /** Refuses a save whose form was read at another version of the record (or carries none). */
    public static void unlessCurrent(Long formVersion, long currentVersion, String what, Object id) {
        if (formVersion == null || formVersion != currentVersion) {
            throw new StaleEditException(what, id);
        }
    }
}
