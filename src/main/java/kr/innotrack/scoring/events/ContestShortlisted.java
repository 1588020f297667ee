package kr.innotrack.scoring.events;

/** A task became a contest candidate (본선 과제): its lead department is told to write the results summary. */
public record ContestShortlisted(Long organizationId, Long planId, Long departmentId, String taskCode) {
}
