package kr.innotrack.checkround;

import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.plan.Plan;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.StaleEditException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plan's thresholds for the computed status (계산 상태 판정 기준). */
@Service
@Transactional
@RequiredArgsConstructor
public class SignalRuleCommands {

    private final CheckRoundQueries reads;
    private final SignalRuleRepository signalRules;
    private final ChangeHistory history;
    private final Messages messages;

    // ---------------------------------------------------------------- signal thresholds

    /** The thresholds and the default deadline (days after the reference date), read at {@code version}. */
    public record Settings(SignalRules rules, int deadlineDays, Long version) {
    }

    public void save(Long planId, Settings settings, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "rule.action.save");
        Plan plan = reads.plan(planId, user.organizationId());
        SignalRule rule = signalRules.findByPlanId(planId).orElse(null);
        long current = rule == null ? -1 : rule.getVersion();
        StaleEditException.unlessCurrent(settings.version(), current, "SignalRules", planId);
        SignalRules before = rule == null ? SignalRules.DEFAULTS : rule.rules();
        if (rule == null) {
            rule = signalRules.save(new SignalRule(planId));
        }
        int daysBefore = rule.getDeadlineDays();
        SignalRules after = settings.rules();
        rule.set(after);
        rule.setDeadlineDays(settings.deadlineDays());
        history.updated(user, new ChangeHistory.Subject(plan.getOrganization().getId(), null, null, "SIGNAL_RULE", planId,
                messages.get("rule.title")), Changes.of()
                .field(messages.get("rule.history.rules"), describe(before), describe(after))
                .field(messages.get("rule.history.deadlineDays"), messages.get("rule.history.days", daysBefore),
                        messages.get("rule.history.days", settings.deadlineDays())));
    }

    private String describe(SignalRules r) {
        return messages.get("rule.history.describe", r.milestoneGreen(), r.milestoneRed(), r.kpiGreen(), r.kpiRed(),
                r.progressGreen(), r.progressRed(), Messages.key(r.missingKpiIsCaution()
                        ? "rule.history.missingKpi.caution" : "rule.history.missingKpi.excluded"));
    }

}
