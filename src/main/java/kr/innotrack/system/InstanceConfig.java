package kr.innotrack.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Several app instances on one database (issue 19, {@code docs/deployment.md} "Several instances"): which instance this
 * is ({@code innotrack.instance-id}; unset: the host name), and the scheduled jobs' locks. Every {@code @Scheduled} job
 * carries {@code @SchedulerLock}: before it runs, the instance takes the job's row in table {@code shedlock} (ShedLock,
 * times from the database's clock), so when every instance's scheduler fires at 08:00 one runs the job and the others
 * skip it. A lock is held at least {@code innotrack.scheduling.lock-at-least} (default 20 s: more than the clocks of
 * two instances may differ, less than any job's period) and at most {@code innotrack.scheduling.lock-at-most} (30 min,
 * unless a job says otherwise) if its instance dies mid-run. The lock advice sits outside the jobs' transactions, so a
 * job's work is committed before its lock is released. A direct call (the tests) takes the lock too.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "${innotrack.scheduling.lock-at-most:PT30M}",
        defaultLockAtLeastFor = "${innotrack.scheduling.lock-at-least:PT20S}", order = Ordered.LOWEST_PRECEDENCE - 1)
class InstanceConfig {

    /** The name this instance signs its job locks with (column {@code shedlock.locked_by}). */
    static String instanceId(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource, @Value("${innotrack.instance-id:}") String instanceId) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime() // lock_until from the database's clock (PostgreSQL and H2), not each instance's
                .withLockedByValue(instanceId(instanceId))
                .build());
    }

    /**
     * With {@code innotrack.instance-id} set, every answer names the instance that served it
     * ({@code X-Innotrack-Instance}): for the load balancer's operators and {@code bench/cluster.sh}. Unset (the
     * default), no header: the host name is nobody's business.
     */
    @Bean
    @ConditionalOnExpression("!'${innotrack.instance-id:}'.isBlank()")
    FilterRegistrationBean<OncePerRequestFilter> instanceHeader(@Value("${innotrack.instance-id}") String instanceId) {
        String value = instanceId.trim();
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader("X-Innotrack-Instance", value);
                chain.doFilter(request, response);
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
