package kr.innotrack.checkround;

import kr.innotrack.shared.Labeled;

/** Which tasks a check round covers; the list is fixed when the round opens for submissions. */
public enum RoundScope implements Labeled {
    ALL,
    FOCUS,
    SELECTED;
}
