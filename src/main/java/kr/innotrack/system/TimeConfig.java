package kr.innotrack.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import kr.innotrack.shared.DemoClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Today" comes from this clock (Korea time), so tests can pin it. With {@code innotrack.demo.today} set (the
 * embedded default's demo year) today is that date, with the running time of day; empty (the {@code postgres}
 * profile, the tests) means the real clock.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

    @Bean
    Clock clock(@Value("${innotrack.demo.today:}") String demoToday) {
        if (demoToday == null || demoToday.isBlank()) {
            return Clock.system(KOREA);
        }
        return new DemoClock(LocalDate.parse(demoToday.trim()), KOREA);
    }
}
