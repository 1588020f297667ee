package kr.innotrack.plan.events;

import java.util.Set;

/** A plan was confirmed (확정): the departments leading its tasks can now see it. */
public record PlanConfirmed(Long organizationId, Long planId, int planYear, String title,
                            Set<Long> leadDepartmentIds) {
}
