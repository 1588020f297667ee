package kr.innotrack.plan;

import kr.innotrack.shared.Labeled;

/**
 * Where a plan is in its year: 작성 중 (only planning admins see it, everything editable) → 확정 (departments see it;
 * check rounds and scoring can start; structural changes need a reason) → 종료 (the year is closed: read-only).
 */
public enum PlanState implements Labeled {
    DRAFT,
    CONFIRMED,
    CLOSED;

    public boolean visibleToDepartments() {
        return this != DRAFT;
    }

    public boolean open() {
        return this != CLOSED;
    }
}
