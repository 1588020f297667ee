package kr.innotrack.checkround;

import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.plan.Plan;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
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

    // ---------------------------------------------------------------- signal thresholds

    /** The thresholds and the default deadline (days after the reference date), read at {@code version}. */
    public record Settings(SignalRules rules, int deadlineDays, Long version) {
    }

    public void save(Long planId, Settings settings, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "판정 기준 변경");
        Plan plan = reads.plan(planId, user.organizationId());
        SignalRule rule = signalRules.findByPlanId(planId).orElse(null);
        long current = rule == null ? -1 : rule.getVersion();
        StaleEditException.unlessCurrent(settings.version(), current, "판정 기준", planId);
        SignalRules before = rule == null ? SignalRules.DEFAULTS : rule.rules();
        if (rule == null) {
            rule = signalRules.save(new SignalRule(planId));
        }
        int daysBefore = rule.getDeadlineDays();
        SignalRules after = settings.rules();
        rule.set(after);
        rule.setDeadlineDays(settings.deadlineDays());
        history.updated(user, new ChangeHistory.Subject(plan.getOrganization().getId(), null, null, "SIGNAL_RULE", planId,
                "계산 상태 판정 기준"), Changes.of().field("기준", describe(before), describe(after))
                .field("제출 기한 기본값", "기준일 + " + daysBefore + "일", "기준일 + " + settings.deadlineDays() + "일"));
    }

    private static String describe(SignalRules r) {
        return "추진일정 " + r.milestoneGreen() + "/" + r.milestoneRed() + ", 성과지표 " + r.kpiGreen() + "/" + r.kpiRed()
                + ", 자체 진척률 " + r.progressGreen() + "/" + r.progressRed()
                + (r.missingKpiIsCaution() ? ", 실적 미입력 지표는 주의" : ", 실적 미입력 지표는 판단 제외");
    }

}
