package kr.innotrack.plan.authoring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.innotrack.plan.Plan;
import kr.innotrack.plan.PlanBlueprint;
import kr.innotrack.plan.PlanStructureEditing;
import kr.innotrack.shared.text.MultiLine;
import kr.innotrack.shared.web.VersionedForm;
import lombok.Getter;
import lombok.Setter;

/**
 * A plan's header: its year (on creation only), 계획명, 부제, 비전, 목표, 전략 and 추진 방향 (one per line), and the
 * year's process calendar as people write it (「2022. 4월」, 「분기별」).
 */
@Getter
@Setter
public class PlanHeaderForm implements VersionedForm {

    /** The rules that hold only when a plan is created (its year; the year of an existing plan does not change). */
    public interface New {
    }

    private Long version;

    @NotNull(message = "{planHeader.year.required}", groups = New.class)
    @Min(value = 1990, message = "{planHeader.year.range}", groups = New.class)
    @Max(value = 2100, message = "{planHeader.year.range}", groups = New.class)
    private Integer year;

    @NotBlank(message = "{planHeader.title.required}")
    @Size(max = 200, message = "{planHeader.title.tooLong}")
    private String title;

    @Size(max = 200, message = "{planHeader.subtitle.tooLong}")
    private String subtitle;

    @MultiLine
    @Size(max = 1000, message = "{planHeader.vision.tooLong}")
    private String vision;

    @MultiLine
    @Size(max = 2000, message = "{planHeader.goal.tooLong}")
    private String goal;

    @MultiLine
    @Size(max = 4000, message = "{planHeader.strategies.tooLong}")
    private String strategies;

    @MultiLine
    @Size(max = 4000, message = "{planHeader.directions.tooLong}")
    private String directions;

    @Size(max = 100, message = "{planHeader.calendar.tooLong}")
    private String calendarPlanning;

    @Size(max = 100, message = "{planHeader.calendar.tooLong}")
    private String calendarFocus;

    @Size(max = 100, message = "{planHeader.calendar.tooLong}")
    private String calendarChecks;

    @Size(max = 100, message = "{planHeader.calendar.tooLong}")
    private String calendarFeedback;

    @Size(max = 100, message = "{planHeader.calendar.tooLong}")
    private String calendarEvaluation;

    static PlanHeaderForm blank(int year) {
        PlanHeaderForm form = new PlanHeaderForm();
        form.year = year;
        return form;
    }

    static PlanHeaderForm of(Plan plan) {
        PlanHeaderForm form = new PlanHeaderForm();
        form.version = plan.getVersion();
        form.year = plan.getPlanYear();
        form.title = plan.getTitle();
        form.subtitle = plan.getSubtitle();
        form.vision = plan.getVision();
        form.goal = plan.getGoal();
        form.strategies = plan.getStrategies();
        form.directions = plan.getDirections();
        PlanBlueprint.Calendar c = plan.calendar();
        form.calendarPlanning = c.planning();
        form.calendarFocus = c.focusSelection();
        form.calendarChecks = c.checks();
        form.calendarFeedback = c.feedback();
        form.calendarEvaluation = c.evaluation();
        return form;
    }

    private PlanBlueprint.Calendar calendar() {
        return new PlanBlueprint.Calendar(calendarPlanning, calendarFocus, calendarChecks, calendarFeedback,
                calendarEvaluation);
    }

    /** A blank plan: this header, no strategy tree and no tasks yet (작성 중). */
    PlanBlueprint toBlueprint() {
        return new PlanBlueprint(new PlanBlueprint.Header(year, title, subtitle, vision, goal, strategies, directions,
                calendar(), null), List.of(), List.of());
    }

    PlanStructureEditing.HeaderInput toCommand() {
        return new PlanStructureEditing.HeaderInput(title, subtitle, vision, goal, strategies, directions, calendar(),
                version);
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("planHeader.title", title);
        d.put("planHeader.subtitle", subtitle);
        d.put("planHeader.vision", vision);
        d.put("planHeader.goal", goal);
        d.put("planHeader.strategies", strategies);
        d.put("planHeader.directions", directions);
        d.put("planHeader.calendarPlanning", calendarPlanning);
        d.put("planHeader.calendarFocus", calendarFocus);
        d.put("planHeader.calendarChecks", calendarChecks);
        d.put("planHeader.calendarFeedback", calendarFeedback);
        d.put("planHeader.calendarEvaluation", calendarEvaluation);
        return d;
    }
}
