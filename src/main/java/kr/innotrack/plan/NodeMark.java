package kr.innotrack.plan;

import kr.innotrack.shared.Labeled;

/** Whether a strategy node is a 필수과제 (a sub-area every government must address), as people read it. */
public enum NodeMark implements Labeled {
    MANDATORY,
    ORDINARY;

    public static NodeMark of(boolean mandatory) {
        return mandatory ? MANDATORY : ORDINARY;
    }
}
