package kr.innotrack.checkround.events;

/** The office sent a submitted entry back to its department for correction. */
public record SubmissionReturned(Long roundId, Long entryId, Long organizationId, Long departmentId,
                                 String roundTitle, String taskCode, String reason) {
}
