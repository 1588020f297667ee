package kr.innotrack.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the daily deadline reminders; tests switch it off and call the job themselves. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "innotrack.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfig {
}
