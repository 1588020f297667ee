package kr.innotrack.plan;

/** One line of a task list. */
public record TaskRow(Long id, Long planId, int planYear, String code, String title, String nodeCode,
                      String nodeName, Long leadDepartmentId, String leadDepartment, String officer,
                      boolean continuing, boolean representative, NextMilestone next, int milestoneCount,
                      int doneCount, java.time.LocalDate retiredOn, String retiredReason) {

    /** 중단: retired with a reason; shown, never counted as active. */
    public boolean retired() {
        return retiredOn != null;
    }

    /** The earliest milestone that is neither done nor cancelled. */
    public record NextMilestone(String description, String schedule, MilestoneStatus status, boolean overdue,
                                java.time.YearMonth plannedStart) {
    }
}
