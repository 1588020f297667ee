package kr.innotrack.shared;

/** A failure told to the person in the words of a message key, with its arguments. */
public abstract class ExplainedFailure extends RuntimeException implements Explained {

    private final transient Object[] args;

    protected ExplainedFailure(String messageKey, Object... args) {
        super(messageKey);
        this.args = args;
    }

    @Override
    public String messageKey() {
        return getMessage();
    }

    @Override
    public Object[] messageArgs() {
        return args;
    }
}
