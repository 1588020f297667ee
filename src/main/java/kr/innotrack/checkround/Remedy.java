package kr.innotrack.checkround;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kr.innotrack.shared.BaseEntity;
import lombok.Getter;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

/**
 * Feedback on a task rated 미흡 or 부진 (환류): the department's cause analysis (원인분석) and remedy plan (개선대책)
 * with revised milestone dates and a due date; the office accepts it or returns it. It outlives its round: an open
 * remedy is shown in every later round of the plan until it is accepted.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Remedy extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private RoundEntry entry;

    @Column(name = "entry_id", insertable = false, updatable = false)
    private Long entryId;

    private Long roundId;
    private Long taskId;
    private Long departmentId;

    @Enumerated(EnumType.STRING)
    private RemedyState state = RemedyState.REQUESTED;

    private String cause;
    private String measures;
    private LocalDate dueDate;
    private String officeComment;
    private LocalDateTime requestedAt;
    private LocalDateTime submittedAt;
    private LocalDateTime decidedAt;
    private String decidedBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "remedy_revision", joinColumns = @JoinColumn(name = "remedy_id"))
    private List<MilestoneRevision> revisions = new ArrayList<>();

    Remedy(RoundEntry entry, LocalDateTime requestedAt) {
        this.entry = entry;
        this.entryId = entry.getId();
        this.roundId = entry.getRoundId();
        this.taskId = entry.getTaskId();
        this.departmentId = entry.getDepartmentId();
        this.requestedAt = requestedAt;
    }

    void write(String cause, String measures, LocalDate dueDate, List<MilestoneRevision> revisions) {
        this.cause = cause;
        this.measures = measures;
        this.dueDate = dueDate;
        this.revisions.clear();
        this.revisions.addAll(revisions);
    }

    void submit(LocalDateTime at) {
        this.state = RemedyState.SUBMITTED;
        this.submittedAt = at;
    }

    void decide(RemedyState outcome, String comment, String by, LocalDateTime at) {
        this.state = outcome;
        this.officeComment = comment;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** Asked again after being withdrawn (the task was re-rated 미흡/부진). */
    void reopen(LocalDateTime at) {
        this.state = RemedyState.REQUESTED;
        this.requestedAt = at;
    }
}
