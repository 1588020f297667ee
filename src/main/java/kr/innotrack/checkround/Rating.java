package kr.innotrack.checkround;

import kr.innotrack.shared.Labeled;

/** The planning office's rating of a task in a check round. 미흡 and 부진 send the task into feedback (환류). */
public enum Rating implements Labeled {
    EXCELLENT,
    NORMAL,
    INSUFFICIENT,
    POOR;

    public boolean needsRemedy() {
        return this == INSUFFICIENT || this == POOR;
    }
}
