package kr.innotrack.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import kr.innotrack.shared.text.MultiLine;
import kr.innotrack.shared.web.RejectedInput;
import kr.innotrack.shared.web.VersionedForm;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Many milestones in one save (a task's, or a department's due ones): per row what the single milestone form reports
 * (status, completion date, revised months, note), with the row's milestone id and the version it was read at. The
 * description and the schedule text stay as they are (the single form changes those). Each row carries its own
 * version, so the form as a whole has none.
 */
@Getter
public class MilestoneGridForm implements VersionedForm {

    @Valid
    private List<Row> rows = new ArrayList<>();

    /** Field words for the conflict view (set by the controller; never bound). */
    private Function<String, String> words = Function.identity();

    /** Row labels (task code and milestone) by milestone id, for the conflict view (never bound). */
    private Map<Long, String> labels = Map.of();

    public void setRows(List<Row> rows) {
        this.rows = rows == null ? new ArrayList<>() : rows;
    }

    void explainWith(Function<String, String> words, Map<Long, String> labels) {
        this.words = words;
        this.labels = labels;
    }

    @Getter
    @Setter
    public static class Row {

        private Long milestoneId;
        private Long version;

        @NotNull(message = "{milestone.status.required}")
        private MilestoneStatus status;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate actualCompletion;

        @DateTimeFormat(pattern = "yyyy-MM")
        private YearMonth plannedStart;

        @DateTimeFormat(pattern = "yyyy-MM")
        private YearMonth plannedEnd;

        @Size(max = 1000, message = "{milestone.note.tooLong}")
        @MultiLine
        private String note;

        public Row() {
        }

        static Row of(Milestone m) {
            Row r = new Row();
            r.milestoneId = m.getId();
            r.version = m.getVersion();
            r.status = m.getStatus();
            r.actualCompletion = m.getActualCompletion();
            r.plannedStart = m.getPlannedStart();
            r.plannedEnd = m.getPlannedEnd();
            r.note = m.getNote();
            return r;
        }

        public void setNote(String note) {
            this.note = MilestoneForm.trim(note);
        }

        TaskCommands.MilestoneReport toCommand() {
            return new TaskCommands.MilestoneReport(milestoneId, version, status, actualCompletion, plannedStart,
                    plannedEnd, note);
        }
    }

    static MilestoneGridForm of(List<Milestone> milestones) {
        MilestoneGridForm f = new MilestoneGridForm();
        milestones.forEach(m -> f.rows.add(Row.of(m)));
        return f;
    }

    List<TaskCommands.MilestoneReport> toCommand() {
        return rows.stream().filter(r -> r.milestoneId != null).map(Row::toCommand).toList();
    }

    List<Long> milestoneIds() {
        return rows.stream().map(Row::getMilestoneId).filter(Objects::nonNull).toList();
    }

    /**
     * The single form's rules, row by row ({@code FormSubmission}'s check step), each message beside its row's field.
     * {@code planYears}: each milestone's plan year by id (a row whose milestone is unknown is the command's to refuse).
     */
    void check(Map<Long, Integer> planYears, LocalDate today) {
        RejectedInput.Collector rejected = RejectedInput.collect();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            Integer planYear = r.milestoneId == null ? null : planYears.get(r.milestoneId);
            if (planYear == null) {
                continue;
            }
            MilestoneForm single = new MilestoneForm();
            single.setStatus(r.status);
            single.setActualCompletion(r.actualCompletion);
            single.setPlannedStart(r.plannedStart);
            single.setPlannedEnd(r.plannedEnd);
            try {
                single.check(planYear, today);
            } catch (RejectedInput found) {
                for (RejectedInput each : found.all()) {
                    rejected.reject("rows[" + i + "]." + each.field(), each.messageKey(), each.messageArgs());
                }
            }
        }
        rejected.throwIfAny();
    }

    /**
     * After a conflict the person's rows are based on the saved versions, so one more save applies them knowingly.
     * Returns the saved values of the rows someone else changed meanwhile, as a form for the conflict view.
     */
    MilestoneGridForm rebase(List<Milestone> saved) {
        Map<Long, Milestone> byId = new HashMap<>();
        saved.forEach(m -> byId.put(m.getId(), m));
        MilestoneGridForm current = new MilestoneGridForm();
        current.explainWith(words, labels);
        for (Row mine : rows) {
            Milestone m = mine.milestoneId == null ? null : byId.get(mine.milestoneId);
            if (m != null && !Objects.equals(mine.version, m.getVersion())) {
                current.rows.add(Row.of(m));
                mine.version = m.getVersion();
            }
        }
        return current;
    }

    @Override
    public Long getVersion() {
        return null;
    }

    @Override
    public void setVersion(Long version) {
        // each row was rebased on its saved version (rebase)
    }

    /** Per row and field: 「label · field」 → value, in the rows' order. */
    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        for (Row r : rows) {
            String label = labels.getOrDefault(r.milestoneId, "#" + r.milestoneId);
            d.put(label + " · " + words.apply("milestone.field.status"), r.status == null ? null : r.status.messageKey());
            d.put(label + " · " + words.apply("milestone.field.actualCompletion"),
                    r.actualCompletion == null ? null : r.actualCompletion.toString());
            d.put(label + " · " + words.apply("milestone.field.plannedStart"),
                    r.plannedStart == null ? null : r.plannedStart.toString());
            d.put(label + " · " + words.apply("milestone.field.plannedEnd"),
                    r.plannedEnd == null ? null : r.plannedEnd.toString());
            d.put(label + " · " + words.apply("milestone.field.note"), r.note);
        }
        return d;
    }
}
