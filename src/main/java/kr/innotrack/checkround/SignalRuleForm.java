package kr.innotrack.checkround;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.validation.Errors;

/**
 * A plan's thresholds of the computed status, in percent (each 주의 threshold at or below its 정상 threshold), and the
 * default deadline of a new round in days after its reference date.
 */
public class SignalRuleForm {

    private Long version;

    @NotNull(message = "{rule.required}") @Min(value = 0, message = "{rule.range}") @Max(value = 100, message = "{rule.range}")
    private Integer milestoneGreen;
    @NotNull(message = "{rule.required}") @Min(value = 0, message = "{rule.range}") @Max(value = 100, message = "{rule.range}")
    private Integer milestoneRed;
    @NotNull(message = "{rule.required}") @Min(value = 0, message = "{rule.range}") @Max(value = 200, message = "{rule.range}")
    private Integer kpiGreen;
    @NotNull(message = "{rule.required}") @Min(value = 0, message = "{rule.range}") @Max(value = 200, message = "{rule.range}")
    private Integer kpiRed;
    @NotNull(message = "{rule.required}") @Min(value = 0, message = "{rule.range}") @Max(value = 100, message = "{rule.range}")
    private Integer progressGreen;
    @NotNull(message = "{rule.required}") @Min(value = 0, message = "{rule.range}") @Max(value = 100, message = "{rule.range}")
    private Integer progressRed;

    private boolean missingKpiIsCaution;

    @NotNull(message = "{rule.deadlineDays.required}") @Min(value = 1, message = "{rule.deadlineDays.range}")
    @Max(value = 60, message = "{rule.deadlineDays.range}")
    private Integer deadlineDays;

    static SignalRuleForm of(SignalRules r, int deadlineDays, long version) {
        SignalRuleForm f = new SignalRuleForm();
        f.version = version;
        f.milestoneGreen = r.milestoneGreen();
        f.milestoneRed = r.milestoneRed();
        f.kpiGreen = r.kpiGreen();
        f.kpiRed = r.kpiRed();
        f.progressGreen = r.progressGreen();
        f.progressRed = r.progressRed();
        f.missingKpiIsCaution = r.missingKpiIsCaution();
        f.deadlineDays = deadlineDays;
        return f;
    }

    void validate(Errors errors) {
        order(milestoneGreen, milestoneRed, "milestoneRed", errors);
        order(kpiGreen, kpiRed, "kpiRed", errors);
        order(progressGreen, progressRed, "progressRed", errors);
    }

    private static void order(Integer green, Integer red, String field, Errors errors) {
        if (green != null && red != null && red > green && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "rule.order");
        }
    }

    SignalRules rules() {
        return new SignalRules(milestoneGreen, milestoneRed, kpiGreen, kpiRed, progressGreen, progressRed,
                missingKpiIsCaution);
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public Integer getMilestoneGreen() { return milestoneGreen; }
    public void setMilestoneGreen(Integer v) { this.milestoneGreen = v; }
    public Integer getMilestoneRed() { return milestoneRed; }
    public void setMilestoneRed(Integer v) { this.milestoneRed = v; }
    public Integer getKpiGreen() { return kpiGreen; }
    public void setKpiGreen(Integer v) { this.kpiGreen = v; }
    public Integer getKpiRed() { return kpiRed; }
    public void setKpiRed(Integer v) { this.kpiRed = v; }
    public Integer getProgressGreen() { return progressGreen; }
    public void setProgressGreen(Integer v) { this.progressGreen = v; }
    public Integer getProgressRed() { return progressRed; }
    public void setProgressRed(Integer v) { this.progressRed = v; }
    public boolean isMissingKpiIsCaution() { return missingKpiIsCaution; }
    public Integer getDeadlineDays() { return deadlineDays; }
    public void setDeadlineDays(Integer v) { this.deadlineDays = v; }
    public void setMissingKpiIsCaution(boolean v) { this.missingKpiIsCaution = v; }
}
