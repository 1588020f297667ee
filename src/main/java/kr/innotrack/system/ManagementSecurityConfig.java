package kr.innotrack.system;

import jakarta.servlet.http.HttpServletRequest;
import kr.innotrack.organization.AccountQueries;
import kr.innotrack.security.SignInThrottle;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The management port (Spring Boot Actuator in its own child context on {@code management.server.port}, see
 * docs/operations.md). Boot registers the one Spring Security filter of the application on that server too, so this
 * chain comes first and takes every request that arrived on the management port: HTTP Basic with an operator account
 * (the role of the {@code operator} account), checked by the same BCrypt accounts and the same sign-in throttle as the
 * sign-in form, no session, no CSRF (read-only endpoints). Only the liveness and readiness probes answer without
 * credentials: a container's health check and a load balancer need them, they say only UP or DOWN, and the port is
 * not published (bound to 127.0.0.1 by default). Requests on the main port never match here, and {@code /actuator}
 * there is answered 404 before security ({@link ActuatorOffMainPortFilter}).
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurityConfig {

    /** The probes a container or load balancer asks, unauthenticated (management port only). */
    static final String[] PROBES = {"/actuator/health/liveness", "/actuator/health/readiness"};

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementFilterChain(HttpSecurity http, Environment environment, UserDetailsService users,
                                              PasswordEncoder encoder, SignInThrottle throttle,
                                              AccountQueries accounts, Messages messages) throws Exception {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("InnoTrack management");
        basic.afterPropertiesSet();
        http.securityMatcher(new ManagementPort(environment))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PROBES).permitAll()
                        .anyRequest().hasRole(Role.OPERATOR.name()))
                .authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(
                        SecurityConfig.passwordCheck(users, encoder), throttle, accounts, messages, false)))
                .httpBasic(b -> b.realmName("InnoTrack management").authenticationEntryPoint(basic))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(basic));
        return http.build();
    }

    /**
     * A request that arrived on the management server: its local port is the one the management server runs on
     * ({@code local.management.port}, set by Boot once that server has started, also for a random port 0). When the
     * management server does not run apart (port unset or the main one) nothing matches.
     */
    static final class ManagementPort implements RequestMatcher {

        private final Environment environment;

        ManagementPort(Environment environment) {
            this.environment = environment;
        }

        @Override
        public boolean matches(HttpServletRequest request) {
            Integer port = environment.getProperty("local.management.port", Integer.class);
            Integer main = environment.getProperty("local.server.port", Integer.class);
            return port != null && port > 0 && !port.equals(main) && request.getLocalPort() == port;
        }
    }
}
