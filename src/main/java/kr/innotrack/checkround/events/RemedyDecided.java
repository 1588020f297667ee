package kr.innotrack.checkround.events;

/** The office accepted a remedy ({@code revisionCount} revised milestones applied) or returned it with a comment. */
public record RemedyDecided(Long remedyId, Long organizationId, Long departmentId, String taskCode, boolean accepted,
                            int revisionCount, String comment) {
}
