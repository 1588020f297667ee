package kr.innotrack.plan;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import kr.innotrack.plan.events.PlanChanged;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotAllowedNow;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 계획 변경 이력: every structural change to a confirmed plan (a task added or retired, a target or lead
 * department changed) is written here with its reason, in the same transaction as the change, and announced
 * ({@link PlanChanged}) so the departments concerned are told. Changes to a draft are not recorded here (the plan
 * is still being written); the change history has them all.
 */
@Service
@RequiredArgsConstructor
public class PlanChanges {

    private final PlanChangeRepository changes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /**
     * Records a structural change when the plan is confirmed; does nothing for a draft. A confirmed plan's change
     * without a reason is refused (forms ask for it beside the field; this is the last guard).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void structural(Plan plan, Task task, PlanChangeKind kind, String summary, String reason,
                           CurrentUser by) {
        plan.requireOpen();
        if (!plan.changeNeedsReason()) {
            return;
        }
        if (reason == null || reason.isBlank()) {
            throw new NotAllowedNow("plan.change.reasonRequired");
        }
        changes.save(PlanChange.of(plan.getId(), task == null ? null : task.getId(), kind, summary, reason.strip(),
                by.displayName(), LocalDateTime.now(clock)));
        events.publishEvent(new PlanChanged(plan.getOrganization().getId(), plan.getId(), plan.getPlanYear(),
                task == null ? null : task.getId(), task == null || task.getLeadDepartment() == null ? null
                : task.getLeadDepartment().getId(), kind.messageKey(), summary));
    }

    @Transactional(readOnly = true)
    public List<PlanChange> ofPlan(Long planId) {
        return changes.findByPlanIdOrderByChangedAtDescIdDesc(planId);
    }

    @Transactional(readOnly = true)
    public List<PlanChange> ofTask(Long taskId) {
        return changes.findByTaskIdOrderByChangedAtDescIdDesc(taskId);
    }
}
