package kr.innotrack.proposal;

import kr.innotrack.shared.Labeled;

/** The planning office's answer: 접수 → 검토 중 → 채택 (into a task) or 불채택 (with a published reason). */
public enum Triage implements Labeled {
    RECEIVED,
    REVIEWING,
    ADOPTED,
    REJECTED;

    /** Decided: the proposal is closed (no more support). */
    public boolean decided() {
        return this == ADOPTED || this == REJECTED;
    }
}
