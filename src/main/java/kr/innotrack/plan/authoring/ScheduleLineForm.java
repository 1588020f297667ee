package kr.innotrack.plan.authoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.innotrack.plan.Milestone;
import kr.innotrack.plan.ParsedSchedule;
import kr.innotrack.plan.ScheduleParser;
import kr.innotrack.plan.TaskDefinitionEditing;
import kr.innotrack.shared.text.MultiLine;
import kr.innotrack.shared.web.RejectedInput;
import kr.innotrack.shared.web.VersionedForm;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A schedule line (추진일정) as people write it: what, and when in their words (「2021. 6~7월」, 「분기별 1회」, 「연중」).
 * When the words name no month and no recurrence, the months are asked for (start required, end optional).
 */
@Getter
@Setter
public class ScheduleLineForm implements VersionedForm {

    /** The widest span a line may name, in years either side of the plan's year. */
    static final int YEARS_AROUND = 5;

    private Long version;

    @NotBlank(message = "{taskdef.description.required}")
    @Size(max = 500, message = "{taskdef.description.tooLong}")
    private String description;

    @MultiLine
    @Size(max = 2000, message = "{taskdef.detail.tooLong}")
    private String detail;

    @Size(max = 200, message = "{taskdef.scheduleText.tooLong}")
    private String scheduleText;

    @DateTimeFormat(pattern = "yyyy-MM")
    private YearMonth plannedStart;

    @DateTimeFormat(pattern = "yyyy-MM")
    private YearMonth plannedEnd;

    static ScheduleLineForm of(Milestone m) {
        ScheduleLineForm f = new ScheduleLineForm();
        f.version = m.getVersion();
        f.description = m.getDescription();
        f.detail = m.getDetail();
        f.scheduleText = m.getScheduleText();
        if (!TaskDefinitionEditing.readable(ScheduleParser.parse(m.getScheduleText(),
                m.getPlannedStart() == null ? 2000 : m.getPlannedStart().getYear()))) {
            f.plannedStart = m.getPlannedStart();
            f.plannedEnd = m.getPlannedEnd();
        }
        return f;
    }

    /** What the text says in the plan's year. */
    ParsedSchedule parsed(int planYear) {
        return ScheduleParser.parse(scheduleText, planYear);
    }

    /** The month inputs are shown (and required) when the text names no month and no recurrence. */
    boolean needsMonths(int planYear) {
        return !TaskDefinitionEditing.readable(parsed(planYear));
    }

    /** Months required when the text says none; inside the plan's years; the end not before the start. */
    void check(int planYear) {
        RejectedInput.Collector rejected = RejectedInput.collect();
        if (needsMonths(planYear)) {
            if (plannedStart == null) {
                rejected.reject("plannedStart", "taskdef.schedule.monthsRequired");
            } else if (Math.abs(plannedStart.getYear() - planYear) > YEARS_AROUND) {
                rejected.reject("plannedStart", "taskdef.schedule.monthRange", planYear - YEARS_AROUND,
                        planYear + YEARS_AROUND);
            }
            if (plannedEnd != null && Math.abs(plannedEnd.getYear() - planYear) > YEARS_AROUND) {
                rejected.reject("plannedEnd", "taskdef.schedule.monthRange", planYear - YEARS_AROUND,
                        planYear + YEARS_AROUND);
            } else if (plannedStart != null && plannedEnd != null && plannedEnd.isBefore(plannedStart)) {
                rejected.reject("plannedEnd", "taskdef.schedule.endBeforeStart");
            }
        }
        rejected.throwIfAny();
    }

    TaskDefinitionEditing.ScheduleLine toLine(int planYear) {
        boolean explicit = needsMonths(planYear);
        return new TaskDefinitionEditing.ScheduleLine(description, detail, scheduleText,
                explicit ? plannedStart : null, explicit ? plannedEnd : null);
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("taskdef.field.description", description);
        d.put("taskdef.field.detail", detail);
        d.put("taskdef.field.scheduleText", scheduleText);
        d.put("taskdef.field.plannedStart", plannedStart == null ? null : plannedStart.toString());
        d.put("taskdef.field.plannedEnd", plannedEnd == null ? null : plannedEnd.toString());
        return d;
    }
}
