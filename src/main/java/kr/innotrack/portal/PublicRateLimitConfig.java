package kr.innotrack.portal;

import kr.innotrack.shared.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers {@link PublicRateLimit} for {@code /public} and everything under it, before Spring Security (a refused
 * request costs nothing more). {@code innotrack.public.rate.*}: reads and writes per minute per address, the bound of
 * the address table, and {@code enabled} (a benchmark from one address turns it off).
 */
@Configuration(proxyBeanMethods = false)
class PublicRateLimitConfig {

    @Bean
    FilterRegistrationBean<PublicRateLimit> publicRateLimit(Messages messages,
            @Value("${innotrack.public.rate.enabled:true}") boolean enabled,
            @Value("${innotrack.public.rate.reads-per-minute:300}") int reads,
            @Value("${innotrack.public.rate.writes-per-minute:20}") int writes,
            @Value("${innotrack.public.rate.max-addresses:100000}") int maxAddresses) {
        FilterRegistrationBean<PublicRateLimit> registration =
                new FilterRegistrationBean<>(new PublicRateLimit(messages, reads, writes, maxAddresses));
        registration.addUrlPatterns("/public", "/public/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.setEnabled(enabled);
        return registration;
    }
}
