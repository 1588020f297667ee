package kr.innotrack.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of a scoring model (one version of it, or the defaults): component weights in percent, the
 * collaborators' share, the KPI cap, the contest's panel/vote split, votes per account, the evaluation date and the
 * rules of fairness. The entity stores them, the queries read them, the form edits them.
 */
public record ScoringSettings(int milestone, int kpi, int rating, int timeliness, int remedy, int contest,
                              int collaboration, int collaboratorShare, int kpiCap, int panelWeight, int voteWeight,
                              int votesPerAccount, LocalDate referenceDate, int minCoverage, boolean requireLeadTask,
                              BigDecimal minAwardScore, boolean excludeOwnVotes, int publicWeight) {

    /** The values without the contest's third part (국민 투표 weighs 0: the contest as before issue 18). */
    public ScoringSettings(int milestone, int kpi, int rating, int timeliness, int remedy, int contest,
                           int collaboration, int collaboratorShare, int kpiCap, int panelWeight, int voteWeight,
                           int votesPerAccount, LocalDate referenceDate, int minCoverage, boolean requireLeadTask,
                           BigDecimal minAwardScore, boolean excludeOwnVotes) {
        this(milestone, kpi, rating, timeliness, remedy, contest, collaboration, collaboratorShare, kpiCap, panelWeight,
                voteWeight, votesPerAccount, referenceDate, minCoverage, requireLeadTask, minAwardScore,
                excludeOwnVotes, 0);
    }

    /**
     * Defaults for a plan that has not saved a model: task execution (milestones, KPIs), the quarterly checks, and
     * Samcheok's year-end contest (외부평가 30% + 직원투표 70%); collaboration not weighed.
     */
    static ScoringSettings defaults() {
        return new ScoringSettings(30, 20, 15, 10, 5, 20, 0, 30, 100, 30, 70, 3, null, 50, true, BigDecimal.ZERO, true);
    }

    /** The same values, whatever scale the award floor was read or typed with (0 = 0.00). */
    boolean sameValuesAs(ScoringSettings other) {
        return other != null && normalized().equals(other.normalized());
    }

    private ScoringSettings normalized() {
        return new ScoringSettings(milestone, kpi, rating, timeliness, remedy, contest, collaboration, collaboratorShare,
                kpiCap, panelWeight, voteWeight, votesPerAccount, referenceDate, minCoverage, requireLeadTask,
                minAwardScore == null ? null : minAwardScore.stripTrailingZeros(), excludeOwnVotes, publicWeight);
    }

    ScoreCalculator.Weights weights() {
        Map<Component, Integer> w = new LinkedHashMap<>();
        w.put(Component.MILESTONE, milestone);
        w.put(Component.KPI, kpi);
        w.put(Component.RATING, rating);
        w.put(Component.TIMELINESS, timeliness);
        w.put(Component.REMEDY, remedy);
        w.put(Component.CONTEST, contest);
        w.put(Component.COLLABORATION, collaboration);
        return new ScoreCalculator.Weights(w, collaboratorShare, kpiCap, panelWeight, voteWeight, minCoverage,
                requireLeadTask, publicWeight);
    }

    /** The evaluation date: the model's, or the end of the plan year. */
    LocalDate evaluationDate(int planYear) {
        return referenceDate != null ? referenceDate : LocalDate.of(planYear, 12, 31);
    }
}
