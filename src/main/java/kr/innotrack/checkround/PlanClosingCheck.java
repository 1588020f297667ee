package kr.innotrack.checkround;

import kr.innotrack.plan.events.PlanClosing;
import kr.innotrack.shared.NotAllowedNow;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A plan's year cannot be closed while one of its check rounds is still open: close the round first. */
@Component
@RequiredArgsConstructor
class PlanClosingCheck {

    private final CheckRoundRepository rounds;

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(PlanClosing event) {
        long open = rounds.findByPlan(event.planId()).stream().filter(r -> r.getState() != RoundState.CLOSED).count();
        if (open > 0) {
            throw new NotAllowedNow("round.planClosing.roundsOpen", event.planYear(), open);
        }
    }
}
