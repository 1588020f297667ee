package kr.innotrack.auditfinding;

import kr.innotrack.shared.Labeled;

/** How the council's finding is classed (처리구분). */
public enum FindingType implements Labeled {
    CORRECTION,
    ACTION,
    RECOMMENDATION
}
