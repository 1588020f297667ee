package kr.innotrack.participation;

import java.time.Clock;
import java.time.LocalDateTime;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily: deletes one-time codes older than 24 hours (used or not; the limits look back one hour only). The voices the
 * voting and proposal modules keep are theirs to delete with their vote's or proposal's retention period.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class ParticipationRetention {

    private final JdbcClient jdbc;
    private final Clock clock;

    @Scheduled(cron = "${innotrack.participation.retention-cron:0 20 3 * * *}", zone = "Asia/Seoul")
    @SchedulerLock(name = "participation-retention")
    @Transactional
    public Integer purge() {
        LockAssert.assertLocked(); // once across instances (system.InstanceConfig)
        int deleted = jdbc.sql("delete from participation_code where created_at < ?")
                .param(LocalDateTime.now(clock).minusHours(24)).update();
        if (deleted > 0) {
            log.info("Deleted {} one-time codes older than 24 hours", deleted);
        }
        return deleted;
    }
}
