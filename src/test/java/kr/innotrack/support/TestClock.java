package kr.innotrack.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock a test can set: "today" for deadlines, late submissions and reminders. Korea time. */
public class TestClock extends Clock {

    private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
    private volatile Instant now = Instant.now();

    public void set(LocalDate day) {
        set(day.atTime(10, 0));
    }

    public void set(LocalDateTime at) {
        now = at.atZone(KOREA).toInstant();
    }

    public void reset() {
        now = Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return KOREA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Import into a test to make every bean use a {@link TestClock}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
