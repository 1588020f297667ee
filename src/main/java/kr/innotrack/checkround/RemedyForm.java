package kr.innotrack.checkround;

import kr.innotrack.shared.text.MultiLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kr.innotrack.shared.DateWindow;
import kr.innotrack.plan.Milestone;
import org.springframework.format.annotation.DateTimeFormat;
import kr.innotrack.shared.web.RejectedInput;
import kr.innotrack.shared.web.VersionedForm;
import lombok.Getter;
import lombok.Setter;

/**
 * A department's cause analysis and remedy plan, with revised months for any of the task's open milestones (a
 * line left as it is proposes no change). A draft may be partial; a submission needs cause, measures and a due date.
 */
@Getter
@Setter
public class RemedyForm implements VersionedForm {

    private Long version;

    @Size(max = 4000, message = "{entry.text.tooLong}")
    @MultiLine
    private String cause;

    @Size(max = 4000, message = "{entry.text.tooLong}")
    @MultiLine
    private String measures;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    @Valid
    private List<Line> lines = new ArrayList<>();

    /** One milestone: its present planned months, and the months proposed. */
    public static class Line {

        private Long milestoneId;
        private String description;

        @DateTimeFormat(pattern = "yyyy-MM")
        private YearMonth currentStart;

        @DateTimeFormat(pattern = "yyyy-MM")
        private YearMonth currentEnd;

        @DateTimeFormat(pattern = "yyyy-MM")
        private YearMonth newStart;

        @DateTimeFormat(pattern = "yyyy-MM")
        private YearMonth newEnd;

        boolean changed() {
            return !Objects.equals(newStart, currentStart) || !Objects.equals(newEnd, currentEnd);
        }

        public Long getMilestoneId() {
            return milestoneId;
        }

        public void setMilestoneId(Long milestoneId) {
            this.milestoneId = milestoneId;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public YearMonth getCurrentStart() {
            return currentStart;
        }

        public void setCurrentStart(YearMonth currentStart) {
            this.currentStart = currentStart;
        }

        public YearMonth getCurrentEnd() {
            return currentEnd;
        }

        public void setCurrentEnd(YearMonth currentEnd) {
            this.currentEnd = currentEnd;
        }

        public YearMonth getNewStart() {
            return newStart;
        }

        public void setNewStart(YearMonth newStart) {
            this.newStart = newStart;
        }

        public YearMonth getNewEnd() {
            return newEnd;
        }

        public void setNewEnd(YearMonth newEnd) {
            this.newEnd = newEnd;
        }
    }

    /** The remedy as saved, with a line for each open milestone of the task (proposed months where given). */
    static RemedyForm of(Remedy remedy, List<Milestone> milestones) {
        RemedyForm f = new RemedyForm();
        f.version = remedy.getVersion();
        f.cause = remedy.getCause();
        f.measures = remedy.getMeasures();
        f.dueDate = remedy.getDueDate();
        Map<Long, MilestoneRevision> proposed = new LinkedHashMap<>();
        remedy.getRevisions().forEach(r -> proposed.put(r.getMilestoneId(), r));
        for (Milestone m : milestones) {
            if (m.getStatus().closed() && !proposed.containsKey(m.getId())) {
                continue;
            }
            Line line = new Line();
            line.milestoneId = m.getId();
            line.description = m.getDescription() + (m.scheduleLabel() == null ? "" : " (" + m.scheduleLabel() + ")");
            line.currentStart = m.getPlannedStart();
            line.currentEnd = m.getPlannedEnd();
            MilestoneRevision r = proposed.get(m.getId());
            line.newStart = r == null ? m.getPlannedStart() : r.getNewStart();
            line.newEnd = r == null ? m.getPlannedEnd() : r.getNewEnd();
            f.lines.add(line);
        }
        return f;
    }

    /** The lines that propose a change. */
    List<Line> revisions() {
        return lines.stream().filter(l -> l.milestoneId != null && l.changed()).toList();
    }

    /**
     * The rules that need the plan year and today: every date and month inside the plan's window, a revised end not
     * before its start, a due date not in the past; a submission (not a draft) needs cause, measures and a due date.
     * A field the binder already marked keeps its message, and of several rules on one field the first one speaks.
     */
    void check(boolean submit, LocalDate today, int planYear) {
        RejectedInput.Collector rejected = RejectedInput.collect();
        if (dueDate != null && !DateWindow.contains(planYear, today, dueDate.getYear())) {
            rejected.reject("dueDate", "date.range", DateWindow.firstYear(planYear), DateWindow.lastYear(planYear, today));
        }
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            // the same window as the milestone form, so an accepted remedy never leaves a milestone its form refuses
            window(rejected, "lines[" + i + "].newStart", l.newStart, planYear, today);
            window(rejected, "lines[" + i + "].newEnd", l.newEnd, planYear, today);
            if (l.newStart != null && l.newEnd != null && l.newEnd.isBefore(l.newStart)) {
                rejected.reject("lines[" + i + "].newEnd", "milestone.end.beforeStart");
            }
        }
        if (dueDate != null && dueDate.isBefore(today)) {
            rejected.reject("dueDate", "remedy.dueDate.past");
        }
        if (submit) {
            if (cause == null) {
                rejected.reject("cause", "remedy.cause.required");
            }
            if (measures == null) {
                rejected.reject("measures", "remedy.measures.required");
            }
            if (dueDate == null) {
                rejected.reject("dueDate", "remedy.dueDate.required");
            }
        }
        rejected.throwIfAny();
    }

    private static void window(RejectedInput.Collector rejected, String field, YearMonth month, int planYear,
                               LocalDate today) {
        if (month != null && !DateWindow.contains(planYear, today, month.getYear())) {
            rejected.reject(field, "month.range", DateWindow.firstYear(planYear), DateWindow.lastYear(planYear, today));
        }
    }

    RemedyCommands.Proposal toCommand() {
        return new RemedyCommands.Proposal(cause, measures, dueDate, revisions().stream()
                .map(l -> new RemedyCommands.Revision(l.milestoneId, l.newStart, l.newEnd)).toList(), version);
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("remedy.cause", cause);
        d.put("remedy.measures", measures);
        d.put("remedy.dueDate", dueDate == null ? null : dueDate.toString());
        return d;
    }

    public void setCause(String cause) {
        this.cause = EntryForm.blankToNull(cause);
    }

    public void setMeasures(String measures) {
        this.measures = EntryForm.blankToNull(measures);
    }

    public void setLines(List<Line> lines) {
        this.lines = lines == null ? new ArrayList<>() : lines;
    }
}
