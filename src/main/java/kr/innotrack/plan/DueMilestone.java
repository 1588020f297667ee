package kr.innotrack.plan;

import java.time.YearMonth;

/** An open milestone due by a month, as 내 부서 과제 lists it: read by a constructor expression, no entity. */
public record DueMilestone(Long id, Long taskId, Long planId, String taskCode, String taskTitle, String description,
                           String scheduleText, YearMonth plannedEnd, MilestoneStatus status) {
}
