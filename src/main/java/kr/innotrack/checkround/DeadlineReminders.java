package kr.innotrack.checkround;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kr.innotrack.notice.NoticeKind;
import kr.innotrack.notice.NoticeService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning (and whenever a round opens), reminds departments that have not submitted everything in an open
 * round: once when the deadline is three days away or less, once when it has passed. Each reminder goes out once
 * per round and department, however often this runs.
 */
@Component
public class DeadlineReminders {

    private final CheckRoundRepository rounds;
    private final RoundEntryRepository entries;
    private final NoticeService notices;
    private final Clock clock;

    DeadlineReminders(CheckRoundRepository rounds, RoundEntryRepository entries, NoticeService notices, Clock clock) {
        this.rounds = rounds;
        this.entries = entries;
        this.notices = notices;
        this.clock = clock;
    }

    @Scheduled(cron = "${innotrack.reminders.cron:0 0 8 * * *}", zone = "Asia/Seoul")
    @Transactional
    public int remind() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (CheckRound round : rounds.findByStateIn(List.of(RoundState.SUBMISSION, RoundState.REVIEW))) {
            long days = round.daysLeft(today);
            boolean overdue = days < 0;
            if (!overdue && days > 3) {
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
                String key = "round-" + round.getId() + "-dept-" + departmentId + (overdue ? "-overdue" : "-soon");
                String message = overdue
                        ? round.getTitle() + "의 제출 기한(" + round.getDeadline() + ")이 지났습니다. 미제출 과제를 제출하세요(기한 후 제출로 표시됩니다)."
                        : round.getTitle() + "의 제출 기한이 " + (days == 0 ? "오늘" : days + "일 남았습니다") + "(" + round.getDeadline() + "). 미제출 과제가 있습니다.";
                if (notices.toDepartmentOnce(organizationId, departmentId,
                        overdue ? NoticeKind.OVERDUE : NoticeKind.DEADLINE_SOON, message, RoundCycle.link(round), key)) {
                    sent++;
                }
            }
        }
        return sent;
    }
}
