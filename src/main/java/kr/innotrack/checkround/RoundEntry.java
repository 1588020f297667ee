package kr.innotrack.checkround;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;
import kr.innotrack.organization.Department;
import kr.innotrack.plan.Task;
import kr.innotrack.shared.BaseEntity;
import lombok.Getter;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

/**
 * One task in one check round: what its department reported (진척률, 자체 판단, 추진실적, 문제점, 향후계획) and
 * what the planning office decided (평가, 의견, 보완 요청). The department is the task's lead department when the
 * round was set up. When the round closes, its record is frozen with it: the computed status as at the reference
 * date, its milestone counts and every line of its evidence ({@link RoundEntryEvidence}).
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RoundEntry extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private CheckRound round;

    @Column(name = "round_id", insertable = false, updatable = false)
    private Long roundId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Task task;

    @Column(name = "task_id", insertable = false, updatable = false)
    private Long taskId;

    @ManyToOne(fetch = FetchType.LAZY)
    private Department department;

    @Column(name = "department_id", insertable = false, updatable = false)
    private Long departmentId;

    private int sortOrder;

    @Enumerated(EnumType.STRING)
    private SubmissionState submissionState = SubmissionState.NOT_STARTED;

    private Integer progress;

    @Enumerated(EnumType.STRING)
    private Signal selfStatus;

    private String achievements;
    private String problems;
    private String nextPlan;
    private LocalDateTime submittedAt;
    private String submittedBy;
    private boolean late;

    @Enumerated(EnumType.STRING)
    private Rating rating;

    private String reviewComment;
    private String returnComment;
    private String reviewedBy;
    private LocalDateTime reviewedAt;

    @Enumerated(EnumType.STRING)
    private Signal computedStatus;

    private String computedReasons;

    @Enumerated(EnumType.STRING)
    private RemedyState remedyStateAtClose;

    private Integer milestonesDue;
    private Integer milestonesDone;
    private Integer milestonesDelayed;
    private LocalDateTime frozenAt;

    RoundEntry(CheckRound round, Task task, Department department, int sortOrder) {
        this.round = round;
        this.roundId = round.getId();
        this.task = task;
        this.taskId = task.getId();
        this.department = department;
        this.departmentId = department == null ? null : department.getId();
        this.sortOrder = sortOrder;
    }

    /** A reorganisation moved the task's work to a successor department (open rounds only). */
    void moveTo(Department department) {
        this.department = department;
        this.departmentId = department.getId();
    }

    void write(Integer progress, Signal selfStatus, String achievements, String problems, String nextPlan) {
        this.progress = progress;
        this.selfStatus = selfStatus;
        this.achievements = achievements;
        this.problems = problems;
        this.nextPlan = nextPlan;
        if (submissionState == SubmissionState.NOT_STARTED) {
            submissionState = SubmissionState.DRAFT;
        }
    }

    void submit(String by, LocalDateTime at, boolean late) {
        this.submissionState = SubmissionState.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = at;
        this.late = late;
    }

    void returnForCorrection(String comment, String by, LocalDateTime at) {
        this.submissionState = SubmissionState.RETURNED;
        this.returnComment = comment;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    void review(Rating rating, String comment, String by, LocalDateTime at) {
        this.rating = rating;
        this.reviewComment = comment;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    /**
     * The record kept when the round closes: the computed status as at the reference date, its reasons as written
     * out ({@code text}) and its counts.
     */
    void freeze(SignalCalculator.Result result, String text, RemedyState remedyState, LocalDateTime at) {
        this.computedStatus = result.status();
        this.computedReasons = text.length() > 4000 ? text.substring(0, 3999) + "…" : text;
        this.milestonesDue = result.due();
        this.milestonesDone = result.done();
        this.milestonesDelayed = result.delayed();
        this.remedyStateAtClose = remedyState;
        this.frozenAt = at;
    }

    public boolean submitted() {
        return submissionState == SubmissionState.SUBMITTED;
    }
}
