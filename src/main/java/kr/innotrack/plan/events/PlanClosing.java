package kr.innotrack.plan.events;

/**
 * A plan is about to be closed (종료); a listener that finds work still open (a check round) refuses by throwing
 * {@link kr.innotrack.shared.NotAllowedNow}, which rolls the closing back.
 */
public record PlanClosing(Long organizationId, Long planId, int planYear) {
}
