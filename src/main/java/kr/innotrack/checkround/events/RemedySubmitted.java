package kr.innotrack.checkround.events;

/** A department submitted its remedy: the planning office is told. */
public record RemedySubmitted(Long remedyId, Long organizationId, String taskCode) {
}
