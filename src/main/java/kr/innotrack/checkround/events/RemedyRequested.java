package kr.innotrack.checkround.events;

import kr.innotrack.shared.Labeled;

/** A 미흡/부진 rating asked the task's department for a remedy (원인분석·개선대책). */
public record RemedyRequested(Long roundId, Long entryId, Long remedyId, Long organizationId, Long departmentId,
                              String taskCode, String taskTitle, Labeled rating) {
}
