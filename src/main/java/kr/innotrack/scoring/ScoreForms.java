package kr.innotrack.scoring;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Score-entry forms: one panel member's scores of every task; the lead departments' scores of collaborators. */
final class ScoreForms {

    private ScoreForms() {
    }

    @Getter
    @Setter
    public static class Line {

        private Long taskId;
        private Long departmentId;
        private String label;

        /** Version of the saved score this line was read at; null when there was none. */
        private Long version;

        @DecimalMin(value = "0", message = "{score.range}")
        @DecimalMax(value = "100", message = "{score.range}")
        private BigDecimal score;

        public Line() {
        }

        Line(Long taskId, Long departmentId, String label, BigDecimal score, Long version) {
            this.taskId = taskId;
            this.departmentId = departmentId;
            this.label = label;
            this.score = score;
            this.version = version;
        }

    }

    /** Label → score as text, for the conflict view. */
    static java.util.Map<String, String> describe(List<Line> lines) {
        java.util.Map<String, String> d = new LinkedHashMap<>();
        lines.forEach(l -> d.put(l.label == null ? "#" + l.taskId : l.label,
                l.score == null ? null : l.score.stripTrailingZeros().toPlainString()));
        return d;
    }

    /**
     * After a conflict the person's lines are based on the saved versions, so one more save applies them knowingly.
     * Returns {@code current}.
     */
    static <F extends LineForm> F rebase(List<Line> mine, F current) {
        Map<String, Long> versions = new java.util.HashMap<>();
        current.getLines().forEach(l -> versions.put(l.getTaskId() + ":" + l.getDepartmentId(), l.getVersion()));
        mine.forEach(l -> l.setVersion(versions.get(l.getTaskId() + ":" + l.getDepartmentId())));
        return current;
    }

    /** A sheet of score lines; each line carries its own version, so the form as a whole has none. */
    abstract static class LineForm implements kr.innotrack.shared.web.VersionedForm {

        public abstract List<Line> getLines();

        @Override
        public Long getVersion() {
            return null;
        }

        @Override
        public void setVersion(Long version) {
            // the lines were rebased on the saved ones (rebase)
        }

        @Override
        public Map<String, String> describe() {
            return ScoreForms.describe(getLines());
        }
    }

    @Getter
    public static class PanelForm extends LineForm {

        @NotBlank(message = "{panel.member.required}")
        @Size(max = 50, message = "{panel.member.tooLong}")
        private String member;

        @Valid
        private List<Line> lines = new ArrayList<>();

        Map<Long, ScoringCommands.Score> scores() {
            Map<Long, ScoringCommands.Score> m = new LinkedHashMap<>();
            lines.stream().filter(l -> l.taskId != null).forEach(l -> m.put(l.taskId, new ScoringCommands.Score(l.score, l.version)));
            return m;
        }

        public void setMember(String member) { this.member = member == null ? null : member.strip(); }
        public void setLines(List<Line> lines) { this.lines = lines == null ? new ArrayList<>() : lines; }
    }

    @Getter
    public static class CollaborationForm extends LineForm {

        @Valid
        private List<Line> lines = new ArrayList<>();

        Map<Long, Map<Long, ScoringCommands.Score>> scores() {
            Map<Long, Map<Long, ScoringCommands.Score>> m = new LinkedHashMap<>();
            lines.stream().filter(l -> l.taskId != null && l.departmentId != null)
                    .forEach(l -> m.computeIfAbsent(l.taskId, k -> new LinkedHashMap<>())
                            .put(l.departmentId, new ScoringCommands.Score(l.score, l.version)));
            return m;
        }

        public void setLines(List<Line> lines) { this.lines = lines == null ? new ArrayList<>() : lines; }
    }
}
