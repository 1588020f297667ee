package kr.innotrack.portal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing and withdrawing (planning admins of the organization): a confirmed or closed plan; a closed round's
 * result once its plan is published. Withdrawing a plan withdraws its rounds' results too. Every change is in the
 * change history of the plan or the round; publishing what is already published (a double submit) changes nothing.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class PublicationCommands {

    static final String PLAN = "PLAN";
    static final String ROUND = "CHECK_ROUND";

    private final PublicationRepository repository;
    private final Publications publications;
    private final ChangeHistory history;
    private final Messages messages;
    private final Clock clock;

    public void publishPlan(Long planId, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "portal.act.publish");
        Publications.PlanState plan = plan(planId, user);
        if (!plan.publishable()) {
            throw new NotAllowedNow("portal.refused.planDraft");
        }
        if (plan.published()) {
            return;
        }
        repository.save(new Publication(user.organizationId(), PublicationKind.PLAN, planId, LocalDateTime.now(clock),
                user.displayName()));
        recorded(user, PLAN, planId, planLabel(plan), false, true);
    }

    public void withdrawPlan(Long planId, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "portal.act.withdraw");
        Publications.PlanState plan = plan(planId, user);
        for (Publications.RoundState round : publications.closedRounds(user.organizationId())) {
            if (round.planId().equals(planId) && round.published()) {
                withdraw(PublicationKind.ROUND, round.id());
                recorded(user, ROUND, round.id(), roundLabel(round), true, false);
            }
        }
        if (plan.published()) {
            withdraw(PublicationKind.PLAN, planId);
            recorded(user, PLAN, planId, planLabel(plan), true, false);
        }
    }

    public void publishRound(Long roundId, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "portal.act.publish");
        Publications.RoundState round = round(roundId, user);
        if (!"CLOSED".equals(round.state())) {
            throw new NotAllowedNow("portal.refused.roundOpen");
        }
        if (!round.planPublished()) {
            throw new NotAllowedNow("portal.refused.planFirst");
        }
        if (round.published()) {
            return;
        }
        repository.save(new Publication(user.organizationId(), PublicationKind.ROUND, roundId,
                LocalDateTime.now(clock), user.displayName()));
        recorded(user, ROUND, roundId, roundLabel(round), false, true);
    }

    public void withdrawRound(Long roundId, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "portal.act.withdraw");
        Publications.RoundState round = round(roundId, user);
        if (round.published()) {
            withdraw(PublicationKind.ROUND, roundId);
            recorded(user, ROUND, roundId, roundLabel(round), true, false);
        }
    }

    /** The rounds whose results go off-line with the plan (for the confirmation page). */
    @Transactional(readOnly = true)
    public List<Publications.RoundState> publishedRoundsOf(Long planId, CurrentUser user) {
        return publications.closedRounds(user.organizationId()).stream()
                .filter(r -> r.planId().equals(planId) && r.published()).toList();
    }

    private void withdraw(PublicationKind kind, Long id) {
        repository.findBySubjectKindAndSubjectId(kind, id).ifPresent(repository::delete);
        repository.flush();
    }

    Publications.PlanState plan(Long planId, CurrentUser user) {
        return publications.plan(user.organizationId(), planId)
                .orElseThrow(() -> new NotFoundException("plan.record", planId));
    }

    Publications.RoundState round(Long roundId, CurrentUser user) {
        return publications.round(user.organizationId(), roundId)
                .orElseThrow(() -> new NotFoundException("portal.record.round", roundId));
    }

    String planLabel(Publications.PlanState plan) {
        return messages.get("portal.history.plan", plan.year(), plan.title());
    }

    String roundLabel(Publications.RoundState round) {
        return messages.get("portal.history.round", round.planYear(), round.title());
    }

    private void recorded(CurrentUser user, String type, Long id, String label, boolean before, boolean after) {
        history.updated(user, new ChangeHistory.Subject(user.organizationId(), null, null, type, id, label),
                Changes.of().field(messages.get("portal.history.field"), word(before), word(after)));
    }

    private String word(boolean published) {
        return messages.get(published ? "portal.state.published" : "portal.state.unpublished");
    }
}
