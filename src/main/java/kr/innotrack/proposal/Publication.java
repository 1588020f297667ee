package kr.innotrack.proposal;

import kr.innotrack.shared.Labeled;

/** Whether citizens see a proposal: 검토 대기 (not yet) → 공개 or 숨김 (never, with a recorded reason). */
public enum Publication implements Labeled {
    PENDING,
    PUBLISHED,
    HIDDEN;

    boolean canPublish() {
        return this == PENDING;
    }

    boolean canHide() {
        return this != HIDDEN;
    }
}
