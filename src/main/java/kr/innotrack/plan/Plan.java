package kr.innotrack.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import kr.innotrack.organization.Organization;
import kr.innotrack.shared.BaseEntity;
import kr.innotrack.shared.NotAllowedNow;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** An organization's innovation execution plan for one year (혁신 실행계획). */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Plan extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Organization organization;

    private int planYear;
    private String title;
    private String subtitle;
    private String issued;
    private String vision;
    private String goal;
    /** One strategy per line (e.g. Samcheok's 3대 전략). */
    private String strategies;
    /** One direction per line (e.g. 2021 추진 방향). */
    private String directions;

    @Enumerated(EnumType.STRING)
    private PlanState state = PlanState.DRAFT;
    private LocalDateTime confirmedAt;
    private LocalDateTime closedAt;
    /** The plan of an earlier year this one was rolled over from. */
    private Long predecessorId;

    private String calendarPlanning;
    private String calendarFocus;
    private String calendarChecks;
    private String calendarFeedback;
    private String calendarEvaluation;

    Plan(Organization organization, int planYear, Long predecessorId) {
        this.organization = organization;
        this.planYear = planYear;
        this.predecessorId = predecessorId;
    }

    void describe(PlanBlueprint.Header h) {
        this.title = h.title();
        this.subtitle = h.subtitle();
        this.vision = h.vision();
        this.goal = h.goal();
        this.strategies = h.strategies();
        this.directions = h.directions();
        PlanBlueprint.Calendar c = h.calendar() == null ? PlanBlueprint.Calendar.EMPTY : h.calendar();
        this.calendarPlanning = c.planning();
        this.calendarFocus = c.focusSelection();
        this.calendarChecks = c.checks();
        this.calendarFeedback = c.feedback();
        this.calendarEvaluation = c.evaluation();
    }

    public PlanBlueprint.Calendar calendar() {
        return new PlanBlueprint.Calendar(calendarPlanning, calendarFocus, calendarChecks, calendarFeedback,
                calendarEvaluation);
    }

    void confirm(LocalDateTime now) {
        if (state != PlanState.DRAFT) {
            throw new NotAllowedNow("plan.state.notDraft");
        }
        state = PlanState.CONFIRMED;
        confirmedAt = now;
    }

    void close(LocalDateTime now) {
        if (state != PlanState.CONFIRMED) {
            throw new NotAllowedNow("plan.state.notConfirmed");
        }
        state = PlanState.CLOSED;
        closedAt = now;
    }

    void reopen() {
        if (state != PlanState.CLOSED) {
            throw new NotAllowedNow("plan.state.notClosed");
        }
        state = PlanState.CONFIRMED;
        closedAt = null;
    }

    /** Refuses any change to a closed plan (the year is over: read-only). */
    public void requireOpen() {
        if (state == PlanState.CLOSED) {
            throw new NotAllowedNow("plan.state.closedReadOnly", planYear);
        }
    }

    /** Refuses what may only happen on a confirmed plan: opening a check round, scoring. */
    public void requireConfirmed() {
        if (state != PlanState.CONFIRMED) {
            throw new NotAllowedNow(state == PlanState.DRAFT ? "plan.state.draftNotYet" : "plan.state.closedReadOnly",
                    planYear);
        }
    }

    /** After confirmation a structural change (task added or retired, target, lead department) needs a reason. */
    public boolean changeNeedsReason() {
        return state == PlanState.CONFIRMED;
    }

    public boolean draft() {
        return state == PlanState.DRAFT;
    }

    public boolean closed() {
        return state == PlanState.CLOSED;
    }

    public List<String> strategyList() {
        return lines(strategies);
    }

    public List<String> directionList() {
        return lines(directions);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\n")).filter(s -> !s.isBlank()).toList();
    }
}
