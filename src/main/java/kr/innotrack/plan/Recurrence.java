package kr.innotrack.plan;

import kr.innotrack.shared.Labeled;

/** How often an undated or repeating milestone (추진일정) happens, as the plan text says it. */
public enum Recurrence implements Labeled {
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    HALF_YEARLY,
    YEAR_ROUND,
    AS_NEEDED
}
