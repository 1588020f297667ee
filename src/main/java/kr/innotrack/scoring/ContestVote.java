package kr.innotrack.scoring;

import lombok.Getter;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/** A staff account's vote for a task in the contest: once per task, never changed. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ContestVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;
    private Long taskId;
    private Long accountId;
    private LocalDateTime votedAt;

    ContestVote(Long planId, Long taskId, Long accountId, LocalDateTime votedAt) {
        this.planId = planId;
        this.taskId = taskId;
        this.accountId = accountId;
        this.votedAt = votedAt;
    }

    Long getTaskId() {
        return taskId;
    }
}
