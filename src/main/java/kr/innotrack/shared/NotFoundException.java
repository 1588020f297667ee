package kr.innotrack.shared;

/** A requested record does not exist (or is not visible): answered with 404 and a helpful page. */
public class NotFoundException extends RuntimeException {

    private final String what;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
        this.what = what;
    }

    /** Korean name of the kind of record that was looked for, e.g. "과제". */
    public String what() {
        return what;
    }
}
