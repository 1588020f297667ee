package kr.innotrack.plan.events;

/**
 * A milestone (추진일정) is about to be deleted; a listener that still points at it (a remedy's revised schedule)
 * refuses by throwing {@link kr.innotrack.shared.NotAllowedNow}, before anything changes.
 */
public record MilestoneDeleting(Long taskId, Long milestoneId, String description) {
}
