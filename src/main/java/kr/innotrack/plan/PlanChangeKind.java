package kr.innotrack.plan;

import kr.innotrack.shared.Labeled;

/** What kind of structural change a 계획 변경 이력 entry records. */
public enum PlanChangeKind implements Labeled {
    TASK_ADDED,
    TASK_RETIRED,
    TASK_MOVED,
    TARGET_CHANGED,
    LEAD_CHANGED,
    KPI_ADDED,
    KPI_REMOVED,
    NODE_CHANGED,
    PLAN_REOPENED
}
