package kr.innotrack.system;

import java.sql.DatabaseMetaData;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.env.Environment;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
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

    /**
     * Two requests of one session that both add the same attribute (two tabs saving at once, each leaving a flash
     * message) would both INSERT it, and the second one's save failed on the primary key with a 500: the attribute is
     * written as an upsert instead (Spring Session's own PostgreSQL customizer; H2's MERGE … KEY), the last one wins.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributesUpserted(DataSource dataSource) {
        String database;
        try {
            database = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("the session database cannot be told apart", e);
        }
        if ("PostgreSQL".equalsIgnoreCase(database)) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        if ("H2".equalsIgnoreCase(database)) {
            return sessions -> sessions.setCreateSessionAttributeQuery("MERGE INTO %TABLE_NAME%_ATTRIBUTES"
                    + " (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES) KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)"
                    + " VALUES (?, ?, ?)");
        }
        return sessions -> { };
    }

    /** A session's sign-in read from bytes read before is answered from memory ({@link RememberedSignIns}). */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> signInsRemembered(
            @Value("${innotrack.session.remembered-sign-ins:2000}") int size) {
        return sessions -> {
            if (size <= 0) {
                return;
            }
            GenericConversionService conversion = new GenericConversionService();
            conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
            conversion.addConverter(byte[].class, Object.class,
                    new RememberedSignIns(SessionConfig.class.getClassLoader(), size));
            sessions.setConversionService(conversion);
        };
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
