package kr.innotrack.scoring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** Editing a plan's scoring model. Weights in percent must add up to 100, and so must the panel and vote split. */
public class ModelForm {

    /** The model version the form was read from (0: none yet): a save based on an older one is a conflict. */
    private int basedOn;

    @NotNull(message = "{scoring.required}") @Min(value = 0, message = "{scoring.percent}") @Max(value = 100, message = "{scoring.percent}")
    private Integer milestone;
    @NotNull(message = "{scoring.required}") @Min(value = 0, message = "{scoring.percent}") @Max(value = 100, message = "{scoring.percent}")
    private Integer kpi;
    @NotNull(message = "{scoring.required}") @Min(value = 0, message = "{scoring.percent}") @Max(value = 100, message = "{scoring.percent}")
    private Integer rating;
    @NotNull(message = "{scoring.required}") @Min(value = 0, message = "{scoring.percent}") @Max(value = 100, message = "{scoring.percent}")
    private Integer timeliness;
    @NotNull(message = "{scoring.required}") @Min(value = 0, message = "{scoring.percent}") @Max(value = 100, message = "{scoring.percent}")
    private Integer remedy;
    @NotNull(message = "{scoring.required}") @Min(value = 0, message = "{scoring.percent}") @Max(value = 100, message = "{scoring.percent}")
    private Integer contest;
    @NotNull(message = "{scoring.required}") @Min(value = 0, message = "{scoring.percent}") @Max(value = 100, message = "{scoring.percent}")
    private Integer collaboration;
    @NotNull(message = "{scoring.required}") @Min(value = 0, message = "{scoring.percent}") @Max(value = 100, message = "{scoring.percent}")
    private Integer collaboratorShare;
    @NotNull(message = "{scoring.required}") @Min(value = 100, message = "{scoring.kpiCap}") @Max(value = 200, message = "{scoring.kpiCap}")
    private Integer kpiCap;
    @NotNull(message = "{scoring.required}") @Min(value = 0, message = "{scoring.percent}") @Max(value = 100, message = "{scoring.percent}")
    private Integer panelWeight;
    @NotNull(message = "{scoring.required}") @Min(value = 0, message = "{scoring.percent}") @Max(value = 100, message = "{scoring.percent}")
    private Integer voteWeight;
    @NotNull(message = "{scoring.required}") @Min(value = 1, message = "{scoring.votes}") @Max(value = 20, message = "{scoring.votes}")
    private Integer votesPerAccount;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate referenceDate;

    /**
     * Defaults for a plan that has not saved a model: task execution (milestones, KPIs), the quarterly checks, and
     * Samcheok's year-end contest (외부평가 30% + 직원투표 70%); collaboration not weighed.
     */
    static ModelForm defaults() {
        ModelForm f = new ModelForm();
        f.milestone = 30;
        f.kpi = 20;
        f.rating = 15;
        f.timeliness = 10;
        f.remedy = 5;
        f.contest = 20;
        f.collaboration = 0;
        f.collaboratorShare = 30;
        f.kpiCap = 100;
        f.panelWeight = 30;
        f.voteWeight = 70;
        f.votesPerAccount = 3;
        return f;
    }

    static ModelForm of(ScoringModel m) {
        ModelForm f = new ModelForm();
        f.basedOn = m.getVersionNo();
        f.milestone = m.getWMilestone();
        f.kpi = m.getWKpi();
        f.rating = m.getWRating();
        f.timeliness = m.getWTimeliness();
        f.remedy = m.getWRemedy();
        f.contest = m.getWContest();
        f.collaboration = m.getWCollaboration();
        f.collaboratorShare = m.getCollaboratorShare();
        f.kpiCap = m.getKpiCap();
        f.panelWeight = m.getPanelWeight();
        f.voteWeight = m.getVoteWeight();
        f.votesPerAccount = m.getVotesPerAccount();
        f.referenceDate = m.getReferenceDate();
        return f;
    }

    int weightSum() {
        return n(milestone) + n(kpi) + n(rating) + n(timeliness) + n(remedy) + n(contest) + n(collaboration);
    }

    private static int n(Integer i) {
        return i == null ? 0 : i;
    }

    void validate(int planYear, Errors errors) {
        if (!errors.hasErrors() && weightSum() != 100) {
            errors.reject("scoring.sum", new Object[] {weightSum()}, null);
        }
        if (panelWeight != null && voteWeight != null && panelWeight + voteWeight != 100 && !errors.hasFieldErrors("voteWeight")) {
            errors.rejectValue("voteWeight", "scoring.contestSum");
        }
        if (referenceDate != null && Math.abs(referenceDate.getYear() - planYear) > 1 && !errors.hasFieldErrors("referenceDate")) {
            errors.rejectValue("referenceDate", "scoring.referenceDate", new Object[] {planYear - 1, planYear + 1}, null);
        }
    }

    public int getBasedOn() { return basedOn; }
    public void setBasedOn(int basedOn) { this.basedOn = basedOn; }
    public Integer getMilestone() { return milestone; }
    public void setMilestone(Integer v) { this.milestone = v; }
    public Integer getKpi() { return kpi; }
    public void setKpi(Integer v) { this.kpi = v; }
    public Integer getRating() { return rating; }
    public void setRating(Integer v) { this.rating = v; }
    public Integer getTimeliness() { return timeliness; }
    public void setTimeliness(Integer v) { this.timeliness = v; }
    public Integer getRemedy() { return remedy; }
    public void setRemedy(Integer v) { this.remedy = v; }
    public Integer getContest() { return contest; }
    public void setContest(Integer v) { this.contest = v; }
    public Integer getCollaboration() { return collaboration; }
    public void setCollaboration(Integer v) { this.collaboration = v; }
    public Integer getCollaboratorShare() { return collaboratorShare; }
    public void setCollaboratorShare(Integer v) { this.collaboratorShare = v; }
    public Integer getKpiCap() { return kpiCap; }
    public void setKpiCap(Integer v) { this.kpiCap = v; }
    public Integer getPanelWeight() { return panelWeight; }
    public void setPanelWeight(Integer v) { this.panelWeight = v; }
    public Integer getVoteWeight() { return voteWeight; }
    public void setVoteWeight(Integer v) { this.voteWeight = v; }
    public Integer getVotesPerAccount() { return votesPerAccount; }
    public void setVotesPerAccount(Integer v) { this.votesPerAccount = v; }
    public LocalDate getReferenceDate() { return referenceDate; }
    public void setReferenceDate(LocalDate v) { this.referenceDate = v; }
}
