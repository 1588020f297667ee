package kr.innotrack.plan;

/** A confirmed plan changed structurally (see {@link PlanChanges}); the lead department, if any, is told. */
public record PlanChanged(Long organizationId, Long planId, int planYear, Long taskId, Long departmentId,
                          PlanChangeKind kind, String summary) {
}
