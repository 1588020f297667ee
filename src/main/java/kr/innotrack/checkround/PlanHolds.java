package kr.innotrack.checkround;

import kr.innotrack.plan.events.PlanClosing;
import kr.innotrack.shared.NotAllowedNow;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What check rounds hold on to in a plan: a plan's year cannot be closed while one of its rounds is still open, and a
 * milestone a remedy revised cannot be deleted (the remedy's record of the old and new months points at it).
 */
@Component
@RequiredArgsConstructor
class PlanHolds {

    private final CheckRoundRepository rounds;
    private final RemedyRepository remedies;

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(PlanClosing event) {
        long open = rounds.findByPlan(event.planId()).stream().filter(r -> r.getState() != RoundState.CLOSED).count();
        if (open > 0) {
            throw new NotAllowedNow("round.planClosing.roundsOpen", event.planYear(), open);
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(kr.innotrack.plan.events.MilestoneDeleting event) {
        if (remedies.countRevising(event.milestoneId()) > 0) {
            throw new NotAllowedNow("round.milestoneDeleting.revised", event.description());
        }
    }
}
