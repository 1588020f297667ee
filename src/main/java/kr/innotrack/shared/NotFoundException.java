package kr.innotrack.shared;

/** A requested record does not exist (or is not visible): answered with 404 and a helpful page. */
public class NotFoundException extends RuntimeException implements Explained {

    private final String what;

    /** {@code whatKey}: the message key of the kind of record that was looked for (its words, e.g. 과제). */
    public NotFoundException(String whatKey, Object id) {
        super(whatKey + " " + id + " not found");
        this.what = whatKey;
    }

    /** The message key (during the move to keys: possibly still the Korean word) of the kind of record. */
    public String what() {
        return what;
    }

    @Override
    public String messageKey() {
        return "error.notFound";
    }

    @Override
    public Object[] messageArgs() {
        return new Object[] {Messages.key(what)};
    }
}
