package kr.innotrack.checkround;

import kr.innotrack.shared.Labeled;

/** A three-level status: what the data says (computed) or what a department says of its own task (self-assessed). */
public enum Signal implements Labeled {
    GREEN,
    AMBER,
    RED;

    Signal worse(Signal other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
