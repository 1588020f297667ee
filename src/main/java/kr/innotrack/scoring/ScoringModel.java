package kr.innotrack.scoring;

import lombok.Getter;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

import jakarta.persistence.Entity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import kr.innotrack.shared.BaseEntity;

/**
 * One version of a plan's scoring model: component weights (percent, summing to 100), the collaborators' share,
 * the KPI cap, the contest's panel/vote split, votes per account and the evaluation date; who is ranked (coverage by
 * real data, a lead task), the floor of any award, whether staff may vote for their own department's tasks. Saving
 * makes a new version;
 * old versions stay, so a frozen award result can name the one it used.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ScoringModel extends BaseEntity {

    private Long planId;
    private int versionNo;
    private int wMilestone;
    private int wKpi;
    private int wRating;
    private int wTimeliness;
    private int wRemedy;
    private int wContest;
    private int wCollaboration;
    private int collaboratorShare;
    private int kpiCap;
    private int panelWeight;
    private int voteWeight;
    /** The contest's third part, 국민 투표 (a public vote of the shortlisted tasks); 0 = not weighed. */
    private int publicWeight;
    private int votesPerAccount;
    private LocalDate referenceDate;
    /** A department is ranked only when real data covers at least this share (%) of the weights. */
    private int minCoverage;
    /** A department is ranked only when it leads at least one task. */
    private boolean requireLeadTask;
    /** No award goes to a score at or below this. */
    private java.math.BigDecimal minAwardScore;
    /** Staff may not vote for their own department's tasks (lead or collaborating). */
    private boolean excludeOwnVotes;
    private LocalDateTime createdAt;
    private String createdBy;

    ScoringModel(Long planId, int versionNo, ScoringSettings s, LocalDateTime createdAt, String createdBy) {
        this.planId = planId;
        this.versionNo = versionNo;
        this.wMilestone = s.milestone();
        this.wKpi = s.kpi();
        this.wRating = s.rating();
        this.wTimeliness = s.timeliness();
        this.wRemedy = s.remedy();
        this.wContest = s.contest();
        this.wCollaboration = s.collaboration();
        this.collaboratorShare = s.collaboratorShare();
        this.kpiCap = s.kpiCap();
        this.panelWeight = s.panelWeight();
        this.voteWeight = s.voteWeight();
        this.publicWeight = s.publicWeight();
        this.votesPerAccount = s.votesPerAccount();
        this.referenceDate = s.referenceDate();
        this.minCoverage = s.minCoverage();
        this.requireLeadTask = s.requireLeadTask();
        this.minAwardScore = s.minAwardScore();
        this.excludeOwnVotes = s.excludeOwnVotes();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    ScoringSettings settings() {
        return new ScoringSettings(wMilestone, wKpi, wRating, wTimeliness, wRemedy, wContest, wCollaboration,
                collaboratorShare, kpiCap, panelWeight, voteWeight, votesPerAccount, referenceDate, minCoverage,
                requireLeadTask, minAwardScore, excludeOwnVotes, publicWeight);
    }

    ScoreCalculator.Weights weights() {
        return settings().weights();
    }

}
