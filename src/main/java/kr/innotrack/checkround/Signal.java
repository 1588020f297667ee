package kr.innotrack.checkround;

/** A three-level status: what the data says (computed) or what a department says of its own task (self-assessed). */
public enum Signal {
    GREEN("정상"),
    AMBER("주의"),
    RED("부진");

    private final String label;

    Signal(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    Signal worse(Signal other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
