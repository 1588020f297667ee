package kr.innotrack.system;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Today" comes from this clock (Korea time), so tests can pin it. */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

    @Bean
    Clock clock() {
        return Clock.system(KOREA);
    }
}
