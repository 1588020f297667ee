package kr.innotrack.scoring;

import lombok.Getter;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

import jakarta.persistence.Entity;
import java.time.LocalDateTime;
import kr.innotrack.shared.BaseEntity;

/**
 * A task on the contest's shortlist (본선 과제), chosen by the office before voting opens, with the summary of its
 * results (성과 요약) its department writes for the voters to read. The summary is locked once voting opens.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ContestCandidate extends BaseEntity {

    private Long planId;
    private Long taskId;
    private String summary;
    private String summaryBy;
    private LocalDateTime summaryAt;
    private LocalDateTime addedAt;

    ContestCandidate(Long planId, Long taskId, LocalDateTime addedAt) {
        this.planId = planId;
        this.taskId = taskId;
        this.addedAt = addedAt;
    }

    void writeSummary(String summary, String by, LocalDateTime at) {
        this.summary = summary;
        this.summaryBy = by;
        this.summaryAt = at;
    }

    public boolean hasSummary() { return summary != null && !summary.isBlank(); }
}
