package kr.innotrack.plan;

/** A plan's state and year, all the state guard reads. */
record PlanStateView(PlanState state, int planYear) {
}
