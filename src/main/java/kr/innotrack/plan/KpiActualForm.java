package kr.innotrack.plan;

import kr.innotrack.shared.web.VersionedForm;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.innotrack.shared.web.RejectedInput;
import lombok.Getter;
import lombok.Setter;

/** A KPI's measured value for one quarter, with a short note on where the number comes from. */
@Getter
@Setter
public class KpiActualForm implements VersionedForm {

    /** Version of the existing value this edit is based on; null when recording a new quarter. */
    private Long version;

    @NotNull(message = "{kpi.year.required}")
    private Integer year;

    @NotNull(message = "{kpi.quarter.required}")
    @Min(value = 1, message = "{kpi.quarter.range}")
    @Max(value = 4, message = "{kpi.quarter.range}")
    private Integer quarter;

    @NotNull(message = "{kpi.value.required}")
    @Digits(integer = 14, fraction = 2, message = "{kpi.value.digits}")
    @DecimalMin(value = "0", message = "{kpi.value.negative}")
    private BigDecimal value;

    @Size(max = 500, message = "{kpi.note.tooLong}")
    private String note;

    static KpiActualForm of(KpiActual a) {
        KpiActualForm f = new KpiActualForm();
        f.version = a.getVersion();
        f.year = a.getActualYear();
        f.quarter = a.getQuarter();
        f.value = a.getActualValue();
        f.note = a.getNote();
        return f;
    }

    /** The rule that needs the plan year ({@code FormSubmission}'s check step): a year near it. */
    void check(int planYear) {
        if (year != null && (year < planYear - 1 || year > planYear + 2)) {
            throw new RejectedInput("year", "kpi.year.range", planYear - 1, planYear + 2);
        }
    }

    TaskCommands.KpiValue toCommand() {
        return new TaskCommands.KpiValue(year, quarter, value, note, version);
    }

    /** Field label keys → values; the quarter as its word's key (the conflict view resolves it). */
    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("kpiActual.field.year", year == null ? null : year.toString());
        d.put("kpiActual.field.quarter", Quarter.describe(quarter));
        d.put("kpiActual.field.value", value == null ? null : value.stripTrailingZeros().toPlainString());
        d.put("kpiActual.field.note", note);
        return d;
    }

    public void setNote(String note) {
        this.note = MilestoneForm.trim(note);
    }
}
