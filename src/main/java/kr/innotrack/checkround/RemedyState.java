package kr.innotrack.checkround;

import kr.innotrack.shared.Labeled;

/** A remedy (원인분석·개선대책): requested by a 미흡/부진 rating, written by the department, accepted by the office. */
public enum RemedyState implements Labeled {
    REQUESTED,
    SUBMITTED,
    RETURNED,
    ACCEPTED,
    WITHDRAWN;

    /** Still waiting for the department or the office: carried over into later rounds. */
    public boolean open() {
        return this == REQUESTED || this == SUBMITTED || this == RETURNED;
    }

    public boolean writable() {
        return this == REQUESTED || this == RETURNED;
    }
}
