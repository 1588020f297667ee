package kr.innotrack.plan;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.plan.events.PlanClosing;
import kr.innotrack.plan.events.PlanConfirmed;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.StaleEditException;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's year: 작성 중 → 확정 (departments see it; rounds and scoring can start) → 종료 (read-only), and back from
 * 종료 to 확정 with a reason when a year was closed by mistake. Only a planning admin moves a plan.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class PlanLifecycle {

    private final PlanRepository plans;
    private final TaskRepository tasks;
    private final PlanChanges changes;
    private final ChangeHistory history;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final Clock clock;

    /** What the lifecycle page shows before a step: the plan and what confirming would leave unsettled. */
    public record Readiness(Plan plan, long tasks, long withoutLead, long withoutSchedule, long withoutKpi) {
    }

    @Transactional(readOnly = true)
    public Readiness readiness(Long planId, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "plan.action.lifecycle");
        Plan plan = plan(planId, user);
        Object[] row = tasks.readiness(planId).get(0);
        return new Readiness(plan, number(row[0]), number(row[1]), number(row[2]), number(row[3]));
    }

    public void confirm(Long planId, Long version, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "plan.action.lifecycle");
        Plan plan = current(planId, version, user);
        if (number(tasks.readiness(planId).get(0)[0]) == 0) {
            throw new NotAllowedNow("plan.confirm.noTasks");
        }
        PlanState before = plan.getState();
        plan.confirm(LocalDateTime.now(clock));
        recorded(plan, before, user);
        Set<Long> leads = new LinkedHashSet<>(tasks.leadDepartmentIdsOfPlan(planId));
        events.publishEvent(new PlanConfirmed(plan.getOrganization().getId(), planId, plan.getPlanYear(),
                plan.getTitle(), leads));
    }

    public void close(Long planId, Long version, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "plan.action.lifecycle");
        Plan plan = current(planId, version, user);
        PlanState before = plan.getState();
        // asked before anything changes: a refusal leaves the plan as it was, even inside a caller's transaction
        events.publishEvent(new PlanClosing(plan.getOrganization().getId(), planId, plan.getPlanYear()));
        plan.close(LocalDateTime.now(clock));
        recorded(plan, before, user);
    }

    public void reopen(Long planId, Long version, String reason, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "plan.action.lifecycle");
        Plan plan = current(planId, version, user);
        PlanState before = plan.getState();
        plan.reopen();
        recorded(plan, before, user);
        changes.structural(plan, null, PlanChangeKind.PLAN_REOPENED,
                messages.get("plan.lifecycle.reopened", plan.getPlanYear()), reason, user);
    }

    private Plan current(Long planId, Long version, CurrentUser user) {
        Plan plan = plan(planId, user);
        StaleEditException.unlessCurrent(version, plan.getVersion(), "Plan", planId);
        return plan;
    }

    private Plan plan(Long planId, CurrentUser user) {
        return plans.findInOrganization(planId, user.organizationId())
                .orElseThrow(() -> new kr.innotrack.shared.NotFoundException("plan.record", planId));
    }

    private void recorded(Plan plan, PlanState before, CurrentUser user) {
        history.updated(user, new ChangeHistory.Subject(plan.getOrganization().getId(), null, null, "PLAN",
                        plan.getId(), messages.get("plan.history.subject", plan.getPlanYear(), plan.getTitle())),
                Changes.of().field(messages.get("plan.field.state"), messages.label(before),
                        messages.label(plan.getState())));
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
