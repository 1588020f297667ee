package kr.innotrack.checkround;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.innotrack.shared.web.RejectedInput;
import kr.innotrack.shared.web.VersionedForm;
import lombok.Getter;
import lombok.Setter;

/**
 * A plan's thresholds of the computed status, in percent (each 주의 threshold at or below its 정상 threshold), and the
 * default deadline of a new round in days after its reference date.
 */
@Getter
@Setter
public class SignalRuleForm implements VersionedForm {

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

    /** Each 주의 threshold at or below its 정상 threshold, beside the 주의 field. */
    void checkOrder() {
        RejectedInput.Collector rejected = RejectedInput.collect();
        order(milestoneGreen, milestoneRed, "milestoneRed", rejected);
        order(kpiGreen, kpiRed, "kpiRed", rejected);
        order(progressGreen, progressRed, "progressRed", rejected);
        rejected.throwIfAny();
    }

    private static void order(Integer green, Integer red, String field, RejectedInput.Collector rejected) {
        if (green != null && red != null && red > green) {
            rejected.reject(field, "rule.order");
        }
    }

    SignalRuleCommands.Settings toCommand() {
        return new SignalRuleCommands.Settings(rules(), deadlineDays, version);
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("rule.milestone", milestoneGreen + "/" + milestoneRed);
        d.put("rule.kpi", kpiGreen + "/" + kpiRed);
        d.put("rule.progress", progressGreen + "/" + progressRed);
        d.put("rule.deadlineDays", String.valueOf(deadlineDays));
        return d;
    }

    private SignalRules rules() {
        return new SignalRules(milestoneGreen, milestoneRed, kpiGreen, kpiRed, progressGreen, progressRed,
                missingKpiIsCaution);
    }
}
