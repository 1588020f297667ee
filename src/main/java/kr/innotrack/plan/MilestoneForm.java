package kr.innotrack.plan;

import kr.innotrack.shared.web.VersionedForm;
import kr.innotrack.shared.text.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.innotrack.shared.DateWindow;
import kr.innotrack.shared.web.RejectedInput;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Adding or updating a milestone: what, when (planned months), and how it stands. */
@Getter
@Setter
public class MilestoneForm implements VersionedForm {

    private Long version;

    @NotBlank(message = "{milestone.description.required}")
    @Size(max = 500, message = "{milestone.description.tooLong}")
    private String description;

    @Size(max = 200, message = "{milestone.schedule.tooLong}")
    private String scheduleText;

    @DateTimeFormat(pattern = "yyyy-MM")
    private YearMonth plannedStart;

    @DateTimeFormat(pattern = "yyyy-MM")
    private YearMonth plannedEnd;

    @NotNull(message = "{milestone.status.required}")
    private MilestoneStatus status = MilestoneStatus.PLANNED;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate actualCompletion;

    @Size(max = 1000, message = "{milestone.note.tooLong}")
    @MultiLine
    private String note;

    static MilestoneForm of(Milestone m) {
        MilestoneForm f = new MilestoneForm();
        f.version = m.getVersion();
        f.description = m.getDescription();
        f.scheduleText = m.getScheduleText();
        f.plannedStart = m.getPlannedStart();
        f.plannedEnd = m.getPlannedEnd();
        f.status = m.getStatus();
        f.actualCompletion = m.getActualCompletion();
        f.note = m.getNote();
        return f;
    }

    /**
     * The rules that need the plan year and today's date ({@code FormSubmission}'s check step): every month and date
     * inside the plan's window, the end not before the start, a completion date exactly when done and not in the
     * future. At most one message a field; a field the binder already marked keeps the binder's.
     */
    void check(int planYear, LocalDate today) {
        RejectedInput.Collector rejected = RejectedInput.collect();
        int first = DateWindow.firstYear(planYear);
        int last = DateWindow.lastYear(planYear, today);
        if (plannedStart != null && !DateWindow.contains(planYear, today, plannedStart.getYear())) {
            rejected.reject("plannedStart", "month.range", first, last);
        }
        if (plannedEnd != null && !DateWindow.contains(planYear, today, plannedEnd.getYear())) {
            rejected.reject("plannedEnd", "month.range", first, last);
        } else if (plannedStart != null && plannedEnd != null && plannedEnd.isBefore(plannedStart)) {
            rejected.reject("plannedEnd", "milestone.end.beforeStart");
        }
        if (actualCompletion == null) {
            if (status == MilestoneStatus.DONE) {
                rejected.reject("actualCompletion", "milestone.completion.required");
            }
        } else if (!DateWindow.contains(planYear, today, actualCompletion.getYear())) {
            rejected.reject("actualCompletion", "date.range", first, last);
        } else if (status != MilestoneStatus.DONE) {
            rejected.reject("actualCompletion", "milestone.completion.onlyWhenDone");
        } else if (actualCompletion.isAfter(today)) {
            rejected.reject("actualCompletion", "milestone.completion.future");
        } else if (actualCompletion.getYear() < planYear - 1) {
            rejected.reject("actualCompletion", "milestone.completion.tooEarly", planYear - 1);
        }
        rejected.throwIfAny();
    }

    TaskCommands.MilestoneDraft toCommand() {
        return new TaskCommands.MilestoneDraft(description, scheduleText, plannedStart, plannedEnd, status,
                actualCompletion, note);
    }

    /** Field label keys → values; the status as its word's key (the conflict view resolves it). */
    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("milestone.field.description", description);
        d.put("milestone.field.schedule", scheduleText);
        d.put("milestone.field.plannedStart", plannedStart == null ? null : plannedStart.toString());
        d.put("milestone.field.plannedEnd", plannedEnd == null ? null : plannedEnd.toString());
        d.put("milestone.field.status", status == null ? null : status.messageKey());
        d.put("milestone.field.actualCompletion", actualCompletion == null ? null : actualCompletion.toString());
        d.put("milestone.field.note", note);
        return d;
    }

    public void setDescription(String description) {
        this.description = trim(description);
    }

    public void setScheduleText(String scheduleText) {
        this.scheduleText = trim(scheduleText);
    }

    public void setNote(String note) {
        this.note = trim(note);
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
