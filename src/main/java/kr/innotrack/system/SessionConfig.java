package kr.innotrack.system;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions in the database: Spring Boot's Spring Session JDBC auto-configuration (tables by Flyway, V24; settings in
 * application.properties: {@code spring.session.*}, the cookie from {@code server.servlet.session.cookie.*}), with
 * the last access time written at most once per {@code innotrack.session.touch-interval} ({@link SessionTouches}).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfig {

    /**
     * The session cookie, the same wherever the app runs (Boot's own one follows the servlet context's settings in a
     * test's mock environment, the properties on a real server): {@code server.servlet.session.cookie.*}'s name,
     * HttpOnly and SameSite; Secure when the request is HTTPS (directly, or through the trusted proxy).
     */
    @Bean
    DefaultCookieSerializer cookieSerializer(@Value("${server.servlet.session.cookie.name:JSESSIONID}") String name,
                                             @Value("${server.servlet.session.cookie.same-site:lax}") String sameSite,
                                             @Value("${server.servlet.session.cookie.http-only:true}") boolean httpOnly) {
        DefaultCookieSerializer cookies = new DefaultCookieSerializer();
        cookies.setCookieName(name);
        cookies.setSameSite(sameSite.substring(0, 1).toUpperCase() + sameSite.substring(1).toLowerCase());
        cookies.setUseHttpOnlyCookie(httpOnly);
        return cookies;
    }

    /** Keeps a request's session reads for that request ({@link SessionTouches}), just outside Spring Session's filter. */
    @Bean
    FilterRegistrationBean<SessionTouches.RequestScope> sessionReadsPerRequest() {
        FilterRegistrationBean<SessionTouches.RequestScope> registration =
                new FilterRegistrationBean<>(new SessionTouches.RequestScope());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    @Bean
    static BeanPostProcessor sessionTouchInterval(Environment environment) {
        Duration interval = Binder.get(environment).bind("innotrack.session.touch-interval", Duration.class)
                .orElse(Duration.ofMinutes(1));
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository sessions && !interval.isZero()
                        ? new SessionTouches<>(sessions, interval) : bean;
            }
        };
    }
}
