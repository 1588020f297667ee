package kr.innotrack.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kr.innotrack.organization.AccountPrincipal;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.DataVersioned;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * {@code ETag}s of the key pages (issue 19, {@code docs/performance.md}): a handler marked {@link DataVersioned} gets
 * a weak validator hashed from the build, the data version of its plan, round's plan or organization (one indexed
 * statement that also checks the plan is the reader's organization's), who reads (account, role, department, session:
 * the page carries the session's CSRF token), the day (statuses and deadlines depend on it), the address with its
 * query and whether htmx asks for a fragment. A matching {@code If-None-Match} is answered 304 before anything else is
 * loaded. {@code Cache-Control: private, no-cache}: the browser keeps the page but asks every time, no shared cache
 * may keep it (and Spring Security's {@code no-store} is not written over it). {@code Last-Modified} is informative:
 * it cannot tell readers apart and counts whole seconds, so only the {@code ETag} earns a 304.
 */
@Component
class ConditionalPages implements HandlerInterceptor {

    static final String CACHE_CONTROL = "private, no-cache";

    private final DataVersionStore versions;
    private final Clock clock;
    private final String build;
    private final long buildTime;

    /** A web slice test has no database: without the store (and a clock) the pages answer as ever, unconditionally. */
    ConditionalPages(ObjectProvider<DataVersionStore> versions, ObjectProvider<Clock> clock,
                     ObjectProvider<BuildProperties> buildProperties) {
        this.versions = versions.getIfAvailable();
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
        BuildProperties properties = buildProperties.getIfAvailable();
        if (properties != null && properties.getTime() != null) {
            this.build = properties.getVersion() + "@" + properties.getTime().toEpochMilli();
            this.buildTime = properties.getTime().toEpochMilli();
        } else {
            // the jar (or classes directory) this runs from: the same file on every instance of one release
            long modified = codeModified();
            this.build = modified > 0 ? "code@" + modified : UUID.randomUUID().toString();
            this.buildTime = Math.max(0, modified);
        }
    }

    private static long codeModified() {
        try {
            File code = new File(ConditionalPages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.lastModified();
        } catch (Exception | Error e) {
            return 0;
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (versions == null || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        DataVersioned page = method.getMethodAnnotation(DataVersioned.class);
        CurrentUser user = user();
        if (page == null || user == null || user.organizationId() == null) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Optional<Long> id = switch (page.value()) {
            case PLAN -> id(variables, "planId");
            case ROUND -> id(variables, "roundId");
            case ORGANIZATION -> Optional.of(user.organizationId());
        };
        Optional<DataVersionStore.Stamp> stamp = id.flatMap(key -> switch (page.value()) {
            case PLAN -> versions.planStamp(key, user.organizationId(), user.admin());
            case ROUND -> versions.roundStamp(key, user.organizationId(), user.admin());
            case ORGANIZATION -> versions.organizationStamp(key);
        });
        if (stamp.isEmpty()) {
            return true;
        }
        request.setAttribute(DataVersionStore.attribute(page.value().name().toLowerCase(java.util.Locale.ROOT), id.get()),
                stamp.get().version());
        LocalDate today = LocalDate.now(clock);
        HttpSession session = request.getSession(false);
        String etag = etag(build, page.value(), stamp.get().version(), user.accountId(), user.role(), user.departmentId(),
                session == null ? "-" : session.getId(), today, request.getRequestURI(), request.getQueryString(),
                request.getHeader("HX-Request"), request.getHeader("HX-Target"));
        long lastModified = Math.max(Math.max(stamp.get().changedAt(), buildTime), Math.max(
                today.atStartOfDay(clock.getZone()).toInstant().toEpochMilli(),
                session == null ? 0 : session.getCreationTime()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        if (new ServletWebRequest(request, response).checkNotModified(etag)) {
            return false;
        }
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified);
        return true;
    }

    private static CurrentUser user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AccountPrincipal principal ? principal.user() : null;
    }

    private static Optional<Long> id(Map<String, String> variables, String name) {
        try {
            return variables == null || variables.get(name) == null ? Optional.empty()
                    : Optional.of(Long.valueOf(variables.get(name)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String etag(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            text.append(part).append('|');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return "W/\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
