package kr.innotrack.plan.authoring;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.innotrack.plan.Kpi;
import kr.innotrack.plan.KpiDirection;
import kr.innotrack.plan.KpiAccumulation;
import kr.innotrack.plan.KpiFrequency;
import kr.innotrack.plan.TaskDefinitionEditing;
import kr.innotrack.shared.text.MultiLine;
import kr.innotrack.shared.web.VersionedForm;
import lombok.Getter;
import lombok.Setter;

/** A KPI (성과지표) as the plan defines it: name, unit, baseline → target, direction, how often it is measured. */
@Getter
@Setter
public class KpiDefinitionForm implements VersionedForm {

    private Long version;

    @NotBlank(message = "{taskdef.kpiName.required}")
    @Size(max = 200, message = "{taskdef.kpiName.tooLong}")
    private String name;

    @NotBlank(message = "{taskdef.unit.required}")
    @Size(max = 20, message = "{taskdef.unit.tooLong}")
    private String unit;

    @Digits(integer = 16, fraction = 2, message = "{taskdef.number.digits}")
    @DecimalMin(value = "-9999999999999999", message = "{taskdef.number.digits}")
    @DecimalMax(value = "9999999999999999", message = "{taskdef.number.digits}")
    private BigDecimal baseline;

    @NotNull(message = "{taskdef.target.required}")
    @Digits(integer = 16, fraction = 2, message = "{taskdef.number.digits}")
    @DecimalMin(value = "-9999999999999999", message = "{taskdef.number.digits}")
    @DecimalMax(value = "9999999999999999", message = "{taskdef.number.digits}")
    private BigDecimal target;

    @NotNull(message = "{taskdef.direction.required}")
    private KpiDirection direction = KpiDirection.INCREASE;

    @NotNull(message = "{taskdef.frequency.required}")
    private KpiFrequency frequency = KpiFrequency.QUARTERLY;

    @NotNull(message = "{kpi.accumulation.required}")
    private KpiAccumulation accumulation = KpiAccumulation.DEFAULT;

    @MultiLine
    @Size(max = 1000, message = "{taskdef.reason.tooLong}")
    private String reason;

    static KpiDefinitionForm of(Kpi k) {
        KpiDefinitionForm f = new KpiDefinitionForm();
        f.version = k.getVersion();
        f.name = k.getName();
        f.unit = k.getUnit();
        f.baseline = k.getBaseline();
        f.target = k.getTarget();
        f.direction = k.getDirection();
        f.frequency = k.getFrequency();
        f.accumulation = k.getAccumulation();
        return f;
    }

    TaskDefinitionEditing.Indicator toIndicator() {
        return new TaskDefinitionEditing.Indicator(name, unit, baseline, target, direction, frequency, accumulation);
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("taskdef.field.kpiName", name);
        d.put("taskdef.field.unit", unit);
        d.put("taskdef.field.baseline", plain(baseline));
        d.put("taskdef.field.target", plain(target));
        d.put("taskdef.field.direction", direction == null ? null : direction.messageKey());
        d.put("taskdef.field.frequency", frequency == null ? null : frequency.messageKey());
        d.put("kpi.field.accumulation", accumulation == null ? null : accumulation.messageKey());
        return d;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
