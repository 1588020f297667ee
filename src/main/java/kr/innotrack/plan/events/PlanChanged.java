package kr.innotrack.plan.events;

/**
 * A confirmed plan changed structurally (계획 변경 이력); the lead department of the task, if any, is told.
 *
 * @param kindKey the message key of the kind of change (its word)
 */
public record PlanChanged(Long organizationId, Long planId, int planYear, Long taskId, Long departmentId,
                          String kindKey, String summary) {
}
