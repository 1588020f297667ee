package kr.innotrack.budget;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import kr.innotrack.shared.web.VersionedForm;
import lombok.Getter;
import lombok.Setter;

/**
 * A whole quarter's execution in one save: every line the person may record on, each with its id, the version of
 * its saved execution (null: nothing recorded yet), the amount (백만원) and a note. A blank amount on a line with
 * nothing recorded leaves it so. Each line carries its own version, so the form as a whole has none.
 */
@Getter
public class QuarterForm implements VersionedForm {

    @Valid
    private List<Line> lines = new ArrayList<>();

    /** Line names by id and field words, for the conflict view (set by the controller; never bound). */
    private Map<Long, String> names = Map.of();
    private Function<String, String> words = Function.identity();

    public void setLines(List<Line> lines) {
        this.lines = lines == null ? new ArrayList<>() : lines;
    }

    void explainWith(Function<String, String> words, Map<Long, String> names) {
        this.words = words;
        this.names = names;
    }

    @Getter
    @Setter
    public static class Line {

        private Long lineId;
        private Long version;

        @DecimalMin(value = "0", message = "{budget.executed.negative}")
        @Digits(integer = 12, fraction = 2, message = "{budget.executed.digits}")
        private BigDecimal executed;

        @Size(max = 500, message = "{budget.note.tooLong}")
        private String note;

        public Line() {
        }

        Line(Long lineId, BudgetExecution saved) {
            this.lineId = lineId;
            if (saved != null) {
                this.version = saved.getVersion();
                this.executed = saved.getExecutedMillion();
                this.note = saved.getNote();
            }
        }

        public void setNote(String note) {
            this.note = note == null || note.isBlank() ? null : note.strip();
        }
    }

    static QuarterForm of(List<BudgetLine> lines, Map<Long, BudgetExecution> saved) {
        QuarterForm f = new QuarterForm();
        lines.forEach(l -> f.lines.add(new Line(l.getId(), saved.get(l.getId()))));
        return f;
    }

    List<BudgetCommands.LineExecution> toCommand() {
        List<BudgetCommands.LineExecution> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.lineId != null) {
                rows.add(new BudgetCommands.LineExecution("lines[" + i + "].executed", l.lineId,
                        new BudgetCommands.Execution(l.executed, l.note, l.version)));
            }
        }
        return rows;
    }

    List<Long> lineIds() {
        return lines.stream().map(Line::getLineId).filter(Objects::nonNull).toList();
    }

    /**
     * After a conflict the person's lines are based on the saved versions; returns the saved values of the lines
     * someone else changed meanwhile, for the conflict view.
     */
    QuarterForm rebase(Map<Long, BudgetExecution> saved) {
        QuarterForm current = new QuarterForm();
        current.explainWith(words, names);
        for (Line mine : lines) {
            BudgetExecution e = mine.lineId == null ? null : saved.get(mine.lineId);
            Long version = e == null ? null : e.getVersion();
            if (mine.lineId != null && !Objects.equals(version, mine.version)) {
                current.lines.add(new Line(mine.lineId, e));
                mine.version = version;
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
        // each line was rebased on its saved version (rebase)
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        for (Line l : lines) {
            String name = names.getOrDefault(l.lineId, "#" + l.lineId);
            d.put(name + " · " + words.apply("budget.field.executed"),
                    l.executed == null ? null : l.executed.stripTrailingZeros().toPlainString());
            d.put(name + " · " + words.apply("budget.field.note"), l.note);
        }
        return d;
    }

    static Map<Long, BudgetExecution> byLine(List<BudgetExecution> executions, int quarter) {
        Map<Long, BudgetExecution> m = new HashMap<>();
        executions.stream().filter(e -> e.getQuarter() == quarter).forEach(e -> m.put(e.getBudgetLineId(), e));
        return m;
    }
}
