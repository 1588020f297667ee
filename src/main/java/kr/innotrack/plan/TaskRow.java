package kr.innotrack.plan;

/** One line of a task list. */
public record TaskRow(Long id, Long planId, int planYear, String code, String title, String nodeCode,
                      String nodeName, Long leadDepartmentId, String leadDepartment, String officer,
                      boolean continuing, boolean representative, NextMilestone next, int milestoneCount,
                      int doneCount, java.time.LocalDate retiredOn, String retiredReason, Integer progress,
                      TaskStatuses.ComputedStatus status, Long citizenProposalId) {

    /**
     * 진척률: the share of the task's milestones done, 완료 ÷ (전체 − 취소), the overview's done rate for one task;
     * null without a milestone to count.
     */
    static Integer progressOf(int done, int counted) {
        return counted == 0 ? null : done * 100 / counted;
    }

    /** The same row with its computed status (the task list's, on the list's date). */
    TaskRow withStatus(TaskStatuses.ComputedStatus computed) {
        return new TaskRow(id, planId, planYear, code, title, nodeCode, nodeName, leadDepartmentId, leadDepartment,
                officer, continuing, representative, next, milestoneCount, doneCount, retiredOn, retiredReason, progress,
                computed, citizenProposalId);
    }

    /** 중단: retired with a reason; shown, never counted as active. */
    public boolean retired() {
        return retiredOn != null;
    }

    /** The earliest milestone that is neither done nor cancelled. */
    public record NextMilestone(String description, String schedule, MilestoneStatus status, boolean overdue,
                                java.time.YearMonth plannedStart) {
    }
}
