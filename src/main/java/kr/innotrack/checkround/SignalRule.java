package kr.innotrack.checkround;

import jakarta.persistence.Entity;
import kr.innotrack.shared.BaseEntity;

/** A plan's own thresholds of the computed status; see {@link SignalRules}. */
@Entity
class SignalRule extends BaseEntity {

    private Long planId;
    private int milestoneGreenPct;
    private int milestoneRedPct;
    private int kpiGreenPct;
    private int kpiRedPct;
    private int progressGreenPct;
    private int progressRedPct;
    private boolean missingKpiIsCaution;

    protected SignalRule() {
    }

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

    Long getPlanId() {
        return planId;
    }
}
