package kr.innotrack.checkround.events;

import java.time.LocalDate;

/**
 * A department has unsubmitted entries in an open round whose deadline is near ({@code daysLeft} ≥ 0) or past
 * (negative). Published every time the reminders run; the listener sends each reminder once (per round, department
 * and near/past).
 */
public record SubmissionDeadline(Long roundId, Long organizationId, Long departmentId, String roundTitle,
                                 LocalDate deadline, long daysLeft) {

    public boolean overdue() {
        return daysLeft < 0;
    }
}
