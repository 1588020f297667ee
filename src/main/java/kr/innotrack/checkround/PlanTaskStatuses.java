package kr.innotrack.checkround;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.innotrack.plan.Plan;
import kr.innotrack.plan.Task;
import kr.innotrack.plan.TaskQueries;
import kr.innotrack.plan.TaskStatuses;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The task list's computed statuses: the same calculation and thresholds as {@link CheckRoundQueries#signalsAt} (the
 * deck's), reading the thresholds itself, since plan's {@code TaskQueries} (which calls this) is what
 * {@code CheckRoundQueries} is built on.
 */
@Component
@RequiredArgsConstructor
class PlanTaskStatuses implements TaskStatuses {

    private final SignalRuleRepository signalRules;

    @Override
    public Map<Long, ComputedStatus> at(Plan plan, LocalDate date, List<Task> tasks, TaskQueries.ProgressData data) {
        SignalRules rules = signalRules.findByPlanId(plan.getId()).map(SignalRule::rules).orElse(SignalRules.DEFAULTS);
        Map<Long, ComputedStatus> statuses = new LinkedHashMap<>();
        for (Task t : tasks) {
            List<SignalCalculator.MilestoneFact> milestones = data.milestones(t.getId()).stream()
                    .map(SignalCalculator.MilestoneFact::of).toList();
            Signal status = CheckRoundQueries.compute(date, plan.getPlanYear(), t.getId(), null, milestones, data, rules)
                    .status();
            statuses.put(t.getId(), new ComputedStatus(status.name(), status.messageKey(), status.ordinal()));
        }
        return statuses;
    }
}
