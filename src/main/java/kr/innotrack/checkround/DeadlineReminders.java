package kr.innotrack.checkround;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kr.innotrack.checkround.events.RoundOpened;
import kr.innotrack.checkround.events.SubmissionDeadline;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning (and whenever a round opens), reminds departments that have not submitted everything in an open
 * round: once when the deadline is three days away or less, once when it has passed. Each reminder goes out once
 * per round and department, however often this runs (the notice module keeps the once-key). With several instances
 * the morning run is one instance's: the others find the job's lock taken and skip it ({@code system.InstanceConfig}).
 */
@Component
@RequiredArgsConstructor
public class DeadlineReminders {

    private final CheckRoundRepository rounds;
    private final RoundEntryRepository entries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** A round that opens reminds at once (after its opening notices), in the opening's transaction. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(RoundOpened opened) {
        remind();
    }

    /**
     * Publishes a {@link SubmissionDeadline} per open round near or past its deadline and department with unsubmitted
     * entries; returns how many, or null when another instance holds the job's lock (then it did nothing).
     */
    @Scheduled(cron = "${innotrack.reminders.cron:0 0 8 * * *}", zone = "Asia/Seoul")
    @SchedulerLock(name = "deadline-reminders")
    @Transactional
    public Integer remind() {
        LocalDate today = LocalDate.now(clock);
        int published = 0;
        for (CheckRound round : rounds.findByStateIn(List.of(RoundState.SUBMISSION, RoundState.REVIEW))) {
            long days = round.daysLeft(today);
            if (days >= 0 && days > 3) {
                continue;
            }
            Set<Long> pending = new TreeSet<>();
            for (RoundEntry e : entries.findPlainByRound(round.getId())) {
                if (!e.submitted() && e.getDepartmentId() != null) {
                    pending.add(e.getDepartmentId());
                }
            }
            Long organizationId = round.getPlan().getOrganization().getId();
            for (Long departmentId : pending) {
                events.publishEvent(new SubmissionDeadline(round.getId(), organizationId, departmentId,
                        round.getTitle(), round.getDeadline(), days));
                published++;
            }
        }
        return published;
    }
}
