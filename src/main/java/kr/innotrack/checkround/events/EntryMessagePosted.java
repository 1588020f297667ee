package kr.innotrack.checkround.events;

/**
 * A message in a round entry's 질의·답변: from the planning office ({@code fromOffice}, a 질의: the entry's department
 * is told) or from the department (a 답변: the planning office is told). {@code excerpt} is the message's start.
 */
public record EntryMessagePosted(Long roundId, Long entryId, Long organizationId, Long departmentId,
                                 String roundTitle, String taskCode, boolean fromOffice, String authorName,
                                 String departmentName, String excerpt) {
}
