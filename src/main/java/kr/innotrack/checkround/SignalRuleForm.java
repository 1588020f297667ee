package kr.innotrack.checkround;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.validation.Errors;
import lombok.Getter;
import lombok.Setter;

/**
 * A plan's thresholds of the computed status, in percent (each 주의 threshold at or below its 정상 threshold), and the
 * default deadline of a new round in days after its reference date.
 */
@Getter
@Setter
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
}
