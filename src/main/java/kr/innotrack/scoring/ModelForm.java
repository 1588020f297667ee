package kr.innotrack.scoring;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import kr.innotrack.shared.web.RejectedInput;

/**
 * Editing a plan's scoring model. Weights in percent must add up to 100, and so must the panel and vote split. The
 * rules of fairness come with it: the share of the weights real data must cover for a department to be ranked
 * (default 50%), whether it must lead a task (default yes), the score an award must exceed (default 0), and whether
 * staff may vote for their own department's tasks (default no).
 */
@Getter
@Setter
public class ModelForm implements kr.innotrack.shared.web.VersionedForm {

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
    @NotNull(message = "{scoring.required}") @Min(value = 0, message = "{scoring.percent}") @Max(value = 100, message = "{scoring.percent}")
    private Integer publicWeight = 0;
    @NotNull(message = "{scoring.required}") @Min(value = 1, message = "{scoring.votes}") @Max(value = 20, message = "{scoring.votes}")
    private Integer votesPerAccount;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate referenceDate;

    @NotNull(message = "{scoring.required}") @Min(value = 0, message = "{scoring.percent}") @Max(value = 100, message = "{scoring.percent}")
    private Integer minCoverage;

    private boolean requireLeadTask;

    @NotNull(message = "{scoring.required}")
    @jakarta.validation.constraints.DecimalMin(value = "0", message = "{scoring.minAward}")
    @jakarta.validation.constraints.DecimalMax(value = "100", message = "{scoring.minAward}")
    @jakarta.validation.constraints.Digits(integer = 3, fraction = 1, message = "{scoring.minAward.digits}")
    private java.math.BigDecimal minAwardScore;

    private boolean excludeOwnVotes;

    /** The defaults as a form (no model saved yet). */
    static ModelForm defaults() {
        return of(0, ScoringSettings.defaults());
    }

    static ModelForm of(int basedOn, ScoringSettings s) {
        ModelForm f = new ModelForm();
        f.basedOn = basedOn;
        f.milestone = s.milestone();
        f.kpi = s.kpi();
        f.rating = s.rating();
        f.timeliness = s.timeliness();
        f.remedy = s.remedy();
        f.contest = s.contest();
        f.collaboration = s.collaboration();
        f.collaboratorShare = s.collaboratorShare();
        f.kpiCap = s.kpiCap();
        f.panelWeight = s.panelWeight();
        f.voteWeight = s.voteWeight();
        f.publicWeight = s.publicWeight();
        f.votesPerAccount = s.votesPerAccount();
        f.referenceDate = s.referenceDate();
        f.minCoverage = s.minCoverage();
        f.requireLeadTask = s.requireLeadTask();
        f.minAwardScore = s.minAwardScore();
        f.excludeOwnVotes = s.excludeOwnVotes();
        return f;
    }

    /** The values as typed (call after validation: every number is given). */
    ScoringSettings toSettings() {
        return new ScoringSettings(milestone, kpi, rating, timeliness, remedy, contest, collaboration,
                collaboratorShare, kpiCap, panelWeight, voteWeight, votesPerAccount, referenceDate, minCoverage,
                requireLeadTask, minAwardScore, excludeOwnVotes, publicWeight);
    }

    int weightSum() {
        return n(milestone) + n(kpi) + n(rating) + n(timeliness) + n(remedy) + n(contest) + n(collaboration);
    }

    private static int n(Integer i) {
        return i == null ? 0 : i;
    }

    /**
     * The rules across fields and against the plan (weights add up to 100, so do panel and vote, the reference date
     * within a year of the plan's), for {@code FormSubmission.check}: a rule whose fields the binder already refused
     * stays silent.
     */
    void check(int planYear) {
        RejectedInput.Collector rejected = RejectedInput.collect();
        boolean weightsGiven = java.util.stream.Stream.of(milestone, kpi, rating, timeliness, remedy, contest, collaboration)
                .allMatch(ModelForm::isPercent);
        if (weightsGiven && weightSum() != 100) {
            rejected.reject(null, "scoring.sum", weightSum());
        }
        if (panelWeight != null && voteWeight != null && publicWeight != null
                && panelWeight + voteWeight + publicWeight != 100) {
            rejected.reject("voteWeight", "scoring.contestSum");
        }
        if (referenceDate != null && Math.abs(referenceDate.getYear() - planYear) > 1) {
            rejected.reject("referenceDate", "scoring.referenceDate", planYear - 1, planYear + 1);
        }
        rejected.throwIfAny();
    }

    /** A weight the binder accepted: given, 0 to 100. */
    private static boolean isPercent(Integer value) {
        return value != null && value >= 0 && value <= 100;
    }

    /** The version this form is based on, for {@code FormSubmission}: a lost race moves it to the saved one. */
    @Override
    public Long getVersion() {
        return (long) basedOn;
    }

    @Override
    public void setVersion(Long version) {
        this.basedOn = version == null ? 0 : version.intValue();
    }

    /** The model page shows its own notice for a lost race (a new version is saved anyway), not a table. */
    @Override
    public java.util.Map<String, String> describe() {
        return java.util.Map.of();
    }

}
