package kr.innotrack.shared;

/** A save was based on a version of the record that someone else has changed since. */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String what, Object id) {
        super(what + " " + id + " changed since it was read");
    }
}
