package kr.innotrack.scoring;

import jakarta.persistence.Entity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import kr.innotrack.shared.BaseEntity;

/**
 * One version of a plan's scoring model: component weights (percent, summing to 100), the collaborators' share,
 * the KPI cap, the contest's panel/vote split, votes per account and the evaluation date; who is ranked (coverage by
 * real data, a lead task), the floor of any award, whether staff may vote for their own department's tasks. Saving
 * makes a new version;
 * old versions stay, so a frozen award result can name the one it used.
 */
@Entity
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

    protected ScoringModel() {
    }

    ScoringModel(Long planId, int versionNo, ModelForm f, LocalDateTime createdAt, String createdBy) {
        this.planId = planId;
        this.versionNo = versionNo;
        this.wMilestone = f.getMilestone();
        this.wKpi = f.getKpi();
        this.wRating = f.getRating();
        this.wTimeliness = f.getTimeliness();
        this.wRemedy = f.getRemedy();
        this.wContest = f.getContest();
        this.wCollaboration = f.getCollaboration();
        this.collaboratorShare = f.getCollaboratorShare();
        this.kpiCap = f.getKpiCap();
        this.panelWeight = f.getPanelWeight();
        this.voteWeight = f.getVoteWeight();
        this.votesPerAccount = f.getVotesPerAccount();
        this.referenceDate = f.getReferenceDate();
        this.minCoverage = f.getMinCoverage();
        this.requireLeadTask = f.isRequireLeadTask();
        this.minAwardScore = f.getMinAwardScore();
        this.excludeOwnVotes = f.isExcludeOwnVotes();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    ScoreCalculator.Weights weights() {
        Map<Component, Integer> w = new EnumMap<>(Component.class);
        w.put(Component.MILESTONE, wMilestone);
        w.put(Component.KPI, wKpi);
        w.put(Component.RATING, wRating);
        w.put(Component.TIMELINESS, wTimeliness);
        w.put(Component.REMEDY, wRemedy);
        w.put(Component.CONTEST, wContest);
        w.put(Component.COLLABORATION, wCollaboration);
        return new ScoreCalculator.Weights(w, collaboratorShare, kpiCap, panelWeight, voteWeight, minCoverage,
                requireLeadTask);
    }

    public Long getPlanId() { return planId; }
    public int getVersionNo() { return versionNo; }
    public int getWMilestone() { return wMilestone; }
    public int getWKpi() { return wKpi; }
    public int getWRating() { return wRating; }
    public int getWTimeliness() { return wTimeliness; }
    public int getWRemedy() { return wRemedy; }
    public int getWContest() { return wContest; }
    public int getWCollaboration() { return wCollaboration; }
    public int getCollaboratorShare() { return collaboratorShare; }
    public int getKpiCap() { return kpiCap; }
    public int getPanelWeight() { return panelWeight; }
    public int getVoteWeight() { return voteWeight; }
    public int getVotesPerAccount() { return votesPerAccount; }
    public LocalDate getReferenceDate() { return referenceDate; }
    public int getMinCoverage() { return minCoverage; }
    public boolean isRequireLeadTask() { return requireLeadTask; }
    public java.math.BigDecimal getMinAwardScore() { return minAwardScore; }
    public boolean isExcludeOwnVotes() { return excludeOwnVotes; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
