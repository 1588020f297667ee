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
import org.springframework.validation.Errors;
import org.springframework.format.annotation.DateTimeFormat;

/** Adding or updating a milestone: what, when (planned months), and how it stands. */
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

    /** Checks that need the plan year and today's date; adds Korean messages beside the fields. */
    void validate(int planYear, LocalDate today, Errors errors) {
        DateWindow.check(errors, "plannedStart", plannedStart, planYear, today);
        DateWindow.check(errors, "plannedEnd", plannedEnd, planYear, today);
        DateWindow.check(errors, "actualCompletion", actualCompletion, planYear, today);
        if (plannedStart != null && plannedEnd != null && plannedEnd.isBefore(plannedStart)
                && !errors.hasFieldErrors("plannedEnd")) {
            errors.rejectValue("plannedEnd", "milestone.end.beforeStart");
        }
        if (status == MilestoneStatus.DONE && actualCompletion == null && !errors.hasFieldErrors("actualCompletion")) {
            errors.rejectValue("actualCompletion", "milestone.completion.required");
        }
        if (actualCompletion != null && !errors.hasFieldErrors("actualCompletion")) {
            if (status != MilestoneStatus.DONE) {
                errors.rejectValue("actualCompletion", "milestone.completion.onlyWhenDone");
            } else if (actualCompletion.isAfter(today)) {
                errors.rejectValue("actualCompletion", "milestone.completion.future");
            } else if (actualCompletion.getYear() < planYear - 1) {
                errors.rejectValue("actualCompletion", "milestone.completion.tooEarly", new Object[] {planYear - 1},
                        null);
            }
        }
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

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = trim(description);
    }

    public String getScheduleText() {
        return scheduleText;
    }

    public void setScheduleText(String scheduleText) {
        this.scheduleText = trim(scheduleText);
    }

    public YearMonth getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(YearMonth plannedStart) {
        this.plannedStart = plannedStart;
    }

    public YearMonth getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlannedEnd(YearMonth plannedEnd) {
        this.plannedEnd = plannedEnd;
    }

    public MilestoneStatus getStatus() {
        return status;
    }

    public void setStatus(MilestoneStatus status) {
        this.status = status;
    }

    public LocalDate getActualCompletion() {
        return actualCompletion;
    }

    public void setActualCompletion(LocalDate actualCompletion) {
        this.actualCompletion = actualCompletion;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = trim(note);
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
