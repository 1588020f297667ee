package kr.innotrack.checkround;

import jakarta.persistence.Entity;
import kr.innotrack.shared.BaseEntity;
import lombok.Getter;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

/**
 * A plan's own settings of the check cycle: the thresholds of the computed status (see {@link SignalRules}) and how
 * many days after the reference date a new round's deadline falls by default.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class SignalRule extends BaseEntity {

    private Long planId;
    private int milestoneGreenPct;
    private int milestoneRedPct;
    private int kpiGreenPct;
    private int kpiRedPct;
    private int progressGreenPct;
    private int progressRedPct;
    private boolean missingKpiIsCaution;
    private int deadlineDays = DEFAULT_DEADLINE_DAYS;

    /** A new round's deadline: its reference date plus this many days, unless the plan says otherwise. */
    static final int DEFAULT_DEADLINE_DAYS = 10;

    SignalRule(Long planId) {
        this.planId = planId;
        set(SignalRules.DEFAULTS);
    }

    void set(SignalRules r) {
        milestoneGreenPct = r.milestoneGreen();
        milestoneRedPct = r.milestoneRed();
        kpiGreenPct = r.kpiGreen();
        kpiRedPct = r.kpiRed();
        progressGreenPct = r.progressGreen();
        progressRedPct = r.progressRed();
        missingKpiIsCaution = r.missingKpiIsCaution();
    }

    SignalRules rules() {
        return new SignalRules(milestoneGreenPct, milestoneRedPct, kpiGreenPct, kpiRedPct, progressGreenPct,
                progressRedPct, missingKpiIsCaution);
    }

    int getDeadlineDays() {
        return deadlineDays;
    }

    void setDeadlineDays(int deadlineDays) {
        this.deadlineDays = deadlineDays;
    }

    Long getPlanId() {
        return planId;
    }
}
