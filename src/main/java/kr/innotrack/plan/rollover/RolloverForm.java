package kr.innotrack.plan.rollover;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * The roll-over review: the new year, and one line per task of last year (계속 ticked or not, its title, lead
 * department and KPI baselines and targets). Lines name their task of last year ({@code sourceTaskId}), so the
 * decision never depends on the order of the lines.
 */
@Getter
@Setter
public class RolloverForm {

    @NotNull(message = "{rollover.year.required}")
    @Min(value = 2000, message = "{rollover.year.range}")
    @Max(value = 2100, message = "{rollover.year.range}")
    private Integer year;

    @Valid
    private List<TaskLine> tasks = new ArrayList<>();

    public void setTasks(List<TaskLine> tasks) {
        this.tasks = tasks == null ? new ArrayList<>() : tasks;
    }

    /** One task of last year. */
    @Getter
    @Setter
    public static class TaskLine {

        private Long sourceTaskId;

        /** 계속: copy it into the new plan. */
        private boolean keep;

        @Size(max = 300, message = "{rollover.title.tooLong}")
        private String title;

        private Long leadDepartmentId;

        @Valid
        private List<KpiLine> kpis = new ArrayList<>();

        public void setKpis(List<KpiLine> kpis) {
            this.kpis = kpis == null ? new ArrayList<>() : kpis;
        }
    }

    /** One KPI of a task: the new baseline (기준) and target (목표). */
    @Getter
    @Setter
    public static class KpiLine {

        @Digits(integer = 16, fraction = 2, message = "{rollover.kpi.digits}")
        private BigDecimal baseline;

        @Digits(integer = 16, fraction = 2, message = "{rollover.kpi.digits}")
        private BigDecimal target;
    }

    /** The review's proposal as a form: every task continued, baselines from last year's last actuals. */
    static RolloverForm proposed(RolloverQueries.Review review) {
        RolloverForm form = new RolloverForm();
        form.year = review.source().header().year() + 1;
        for (RolloverMapping.TaskProposal p : review.proposals()) {
            TaskLine line = new TaskLine();
            line.sourceTaskId = p.source().sourceTaskId();
            line.keep = true;
            line.title = p.source().title();
            line.leadDepartmentId = p.lead();
            for (int i = 0; i < p.source().kpis().size(); i++) {
                KpiLine k = new KpiLine();
                k.baseline = p.baselines().get(i);
                k.target = p.source().kpis().get(i).target();
                line.kpis.add(k);
            }
            form.tasks.add(line);
        }
        return form;
    }

    /**
     * Pads each line's KPI rows to its task's KPIs (a line posted without some of them shows them again, empty), so
     * the page can show every field the form names.
     */
    RolloverForm padded(RolloverQueries.Review review) {
        for (TaskLine line : tasks) {
            if (line == null) {
                continue;
            }
            RolloverMapping.TaskProposal p = review.proposal(line.sourceTaskId);
            int want = p == null ? 0 : p.source().kpis().size();
            while (line.kpis.size() < want) {
                line.kpis.add(new KpiLine());
            }
        }
        return this;
    }

    RolloverCommands.Rollover toCommand() {
        List<RolloverCommands.Line> lines = new ArrayList<>();
        for (TaskLine line : tasks) {
            if (line == null) {
                lines.add(null);
                continue;
            }
            List<RolloverMapping.KpiDecision> kpis = line.kpis.stream()
                    .map(k -> k == null ? new RolloverMapping.KpiDecision(null, null)
                            : new RolloverMapping.KpiDecision(k.baseline, k.target))
                    .toList();
            lines.add(new RolloverCommands.Line(line.sourceTaskId, line.keep,
                    line.title == null ? null : line.title.strip(), line.leadDepartmentId, kpis));
        }
        return new RolloverCommands.Rollover(year, lines);
    }
}
