package kr.innotrack.plan;

import kr.innotrack.shared.Labeled;

/** Whether a task's collaborating departments may edit its milestones and KPI values, as people read it. */
enum CollaboratorEditing implements Labeled {
    ALLOWED,
    NOT_ALLOWED;

    static CollaboratorEditing of(boolean allowed) {
        return allowed ? ALLOWED : NOT_ALLOWED;
    }
}
