package kr.innotrack.checkround;

import kr.innotrack.shared.Labeled;

/** Where a department's entry for a task stands. Submitted entries are locked until the office returns them. */
public enum SubmissionState implements Labeled {
    NOT_STARTED,
    DRAFT,
    SUBMITTED,
    RETURNED;

    public boolean editable() {
        return this != SUBMITTED;
    }
}
