package kr.innotrack.system;

import jakarta.servlet.http.HttpServletResponse;
import kr.innotrack.organization.AccountPrincipal;
import kr.innotrack.organization.AccountQueries;
import kr.innotrack.organization.AccountStamps;
import kr.innotrack.organization.ApiTokens;
import kr.innotrack.security.SecurityEventType;
import kr.innotrack.security.SecurityEvents;
import kr.innotrack.security.SignInThrottle;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Pages: form sign-in only (throttled, logged), sessions that end when the account's rights change. The read API:
 * the same session, or a personal API token ({@code Authorization: Bearer}); no HTTP Basic anywhere. Everything but the
 * sign-in page and static files needs a signed-in account. Which organization's data a person sees is enforced in the
 * services (every query is confined to the signed-in user's organization), not here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * No Micrometer observation of Spring Security's filters, authentications and authorizations: with Actuator present
     * every one of the chain's filters was wrapped in an observation of its own, some 7 % of the app's CPU per request
     * in the bench's profile (issue 19), for traces nobody collects. Request timing per route stays
     * ({@code http.server.requests}); sign-in failures are counted by {@code innotrack.signin.failures}.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Where a session's security context lives; also used to re-stamp the current session after own changes. */
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    /**
     * After sign-in the operator goes to the organization list; everyone else where they were going (a deep link), or
     * to their landing page ({@code /start}: 내 부서 과제 or the current plan, by role). The bare root counts as no deep
     * link: it is what people type or bookmark, and it would otherwise always win over the landing page.
     */
    private static AuthenticationSuccessHandler landing() {
        RequestCache cache = new HttpSessionRequestCache();
        SavedRequestAwareAuthenticationSuccessHandler others = new SavedRequestAwareAuthenticationSuccessHandler();
        others.setRequestCache(cache);
        others.setDefaultTargetUrl("/start");
        return (request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof AccountPrincipal p && p.user().operator()) {
                response.sendRedirect(request.getContextPath() + "/operator/organizations");
                return;
            }
            SavedRequest saved = cache.getRequest(request, response);
            if (saved != null && root(saved.getRedirectUrl(), request.getContextPath())) {
                cache.removeRequest(request, response);
            }
            others.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /**
     * A form sent after its session ended (signed out in another tab, 다른 세션 종료, 30 minutes idle) fails the CSRF
     * check with nobody signed in: that is an expired sign-in, not a missing right, so the person is sent to sign in
     * again with a message saying so ({@code /login?expired}); everything else refused gets the Korean 403 page.
     */
    private static AccessDeniedHandler pageAccessDenied() {
        AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .getAuthentication();
            boolean signedIn = authentication != null && authentication.isAuthenticated()
                    && !(authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
            if (denied instanceof org.springframework.security.web.csrf.CsrfException && !signedIn) {
                String signIn = request.getContextPath() + "/login?expired";
                if ("true".equals(request.getHeader("HX-Request"))) {
                    response.setHeader("HX-Redirect", signIn);
                    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                } else {
                    response.sendRedirect(signIn);
                }
                return;
            }
            forbidden.handle(request, response, denied);
        };
    }

    private static boolean root(String url, String contextPath) {
        String path = java.net.URI.create(url).getPath();
        return path == null || path.isEmpty() || path.equals(contextPath) || path.equals(contextPath + "/");
    }

    /**
     * The public side ({@code /public/**}, issue 18): anyone may read and take part, nobody is signed in here, and no
     * session is ever created (anonymous readers cost no server state; a signed-in person's session is ignored).
     * Forms carry a CSRF token kept in a cookie that is only written when a page with a form is rendered, so read-only
     * pages stay cacheable; the controllers set their own {@code Cache-Control}, {@code ETag} and
     * {@code Last-Modified}. Public pages must not use flash attributes (they need a session): redirect with a query
     * parameter instead.
     */
    @Bean
    @Order(1)
    SecurityFilterChain publicFilterChain(HttpSecurity http) throws Exception {
        CookieCsrfTokenRepository csrf = new CookieCsrfTokenRepository();
        csrf.setCookieName("PUBLIC-XSRF");
        csrf.setCookiePath("/public");
        csrf.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
        http.securityMatcher("/public/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(c -> c.csrfTokenRepository(csrf))
                .headers(headers -> headers
                        .cacheControl(cache -> cache.disable())
                        .contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder,
                                            SignInThrottle throttle, AccountQueries accounts, AccountStamps stamps,
                                            ApiTokens tokens, SecurityEvents events, Messages messages,
                                            SecurityContextRepository contextRepository) throws Exception {
        DaoAuthenticationProvider passwords = passwordCheck(users, encoder);
        var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/operator/**").hasRole(Role.OPERATOR.name())
                        // one's own account and signing out: everyone signed in, the operator too
                        .requestMatchers("/account", "/account/**", "/logout").authenticated()
                        .requestMatchers("/admin/**").hasRole(Role.PLANNING_ADMIN.name())
                        // everything else is an organization's data: never the operator's
                        .anyRequest().hasAnyRole(Role.withinOrganization().stream().map(Role::name)
                                .toArray(String[]::new)))
                // the only way to sign in: no parent manager that could try the password again after a refusal
                .authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, accounts, messages)))
                .formLogin(form -> form.loginPage("/login").successHandler(landing())
                        .failureHandler(signInFailure()).permitAll())
                .securityContext(context -> context.securityContextRepository(contextRepository))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .addLogoutHandler((request, response, auth) -> {
                            if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p) {
                                events.record(SecurityEvents.Entry.of(SecurityEventType.SIGN_OUT,
                                        p.user().organizationId(), p.user().accountId(), p.user().username()));
                            }
                        })
                        // the key pages may be kept by the browser for their 304s (Cache-Control: private,
                        // no-cache; docs/performance.md): signing out on a shared PC empties that cache
                        .addLogoutHandler(new HeaderWriterLogoutHandler(
                                new ClearSiteDataHeaderWriter(ClearSiteDataHeaderWriter.Directive.CACHE)))
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(new BearerTokenFilter(tokens, messages), LogoutFilter.class)
                .addFilterBefore(new SessionStampFilter(stamps, events, messages), LogoutFilter.class)
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(apiUnauthorized(messages), api)
                        // every other address goes to the sign-in page, whatever the request accepts
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE)
                        .defaultAccessDeniedHandlerFor(apiForbidden(messages), api)
                        // a page refused by the address rules gets the Korean 403 page (error/403.html), not JSON
                        .defaultAccessDeniedHandlerFor(pageAccessDenied(), AnyRequestMatcher.INSTANCE))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        // Written only on HTTPS requests (directly or through the trusted proxy, see docs/deployment.md).
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
        return http.build();
    }

    /** The accounts' BCrypt check, for the sign-in form and the management port's HTTP Basic alike. */
    static DaoAuthenticationProvider passwordCheck(UserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        // The password is checked first, so a disabled account answers exactly like a wrong password.
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
        });
        return passwords;
    }

    /** Wrong password, unknown username or disabled account: one message; the throttle: another, the same for all. */
    private static AuthenticationFailureHandler signInFailure() {
        return (request, response, exception) -> response.sendRedirect(request.getContextPath()
                + (exception instanceof ThrottledAuthenticationProvider.SignInLockedException ? "/login?locked" : "/login?error"));
    }

    /** The API answers 401 with a small JSON body instead of redirecting to the sign-in page. */
    private static AuthenticationEntryPoint apiUnauthorized(Messages messages) {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"InnoTrack\"");
            ApiResponses.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    messages.get("system.api.unauthorized"));
        };
    }

    private static AccessDeniedHandler apiForbidden(Messages messages) {
        return (request, response, exception) -> ApiResponses.write(request, response,
                HttpServletResponse.SC_FORBIDDEN, "Forbidden", messages.get("system.api.forbidden"));
    }
}
