package kr.innotrack.system;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kr.innotrack.organization.AccountPrincipal;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.DataVersioned;
import kr.innotrack.shared.PageCache;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * {@code ETag}s of the key pages (issue 19, {@code docs/performance.md}): a handler marked {@link DataVersioned} gets
 * a weak validator hashed from the build, the data version of its plan, round's plan or organization (one indexed
 * statement that also checks the plan is the reader's organization's), who reads (account, role, department, session:
 * the page carries the session's CSRF token), the day (statuses and deadlines depend on it), the address with its
 * query and whether htmx asks for a fragment. A matching {@code If-None-Match} is answered 304 before anything else is
 * loaded. {@code Cache-Control: private, no-cache}: the browser keeps the page but asks every time, no shared cache
 * may keep it (and Spring Security's {@code no-store} is not written over it). {@code Last-Modified} is informative:
 * it cannot tell readers apart and counts whole seconds, so only the {@code ETag} earns a 304. A page with a flash
 * message (the page after a save) gets neither: {@code no-store}, answered in full.
 * <p>
 * A full page's {@code <main>} is rendered once per data version and kind of reader ({@link #postHandle}): keyed like
 * the {@code ETag} but by the reader's organization, role and department instead of the account and session, it is
 * kept in the {@link PageCache} with a placeholder for the CSRF token, which each view fills in with its own; only
 * the frame (menu, name, sign-out form) is rendered per request. Not for a page after a save (a flash message), with
 * refused input, for htmx fragments or an answer other than 200.
 */
@Component
class ConditionalPages implements HandlerInterceptor {

    static final String CACHE_CONTROL = "private, no-cache";

    /**
     * Where a cached body's forms get each view's CSRF token: random per start, so no stored text can contain it (text
     * holding it would be given the reader's token), and never sent (a body holding it is served only filled in).
     */
    static final String CSRF_PLACEHOLDER = "innotrack-csrf-" + UUID.randomUUID();
    /** Longer queries (no form of a key page makes one) are rendered in full, not kept: they would fill the cache. */
    static final int LONGEST_CACHED_QUERY = 1024;
    private static final String BODY_KEY = ConditionalPages.class.getName() + ".bodyKey";

    private final DataVersionStore versions;
    private final PageCache pages;
    private final ObjectProvider<ThymeleafViewResolver> views;
    private final Clock clock;
    private final String build;
    private final long buildTime;

    /** A web slice test has no database: without the store (and a clock) the pages answer as ever, unconditionally. */
    ConditionalPages(ObjectProvider<DataVersionStore> versions, ObjectProvider<Clock> clock,
                     ObjectProvider<BuildProperties> buildProperties, ObjectProvider<PageCache> pages,
                     ObjectProvider<ThymeleafViewResolver> views) {
        this.versions = versions.getIfAvailable();
        this.pages = pages.getIfAvailable();
        this.views = views;
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
        if (page != null && page.value() == DataVersioned.Scope.PUBLIC) {
            // the handler answers its own validator; postHandle keys the body by it
            if (pages != null && pages.enabled() && "GET".equals(request.getMethod())) {
                request.setAttribute(BODY_KEY, List.of(page.value(), LocalDate.now(clock), request.getRequestURI(),
                        String.valueOf(request.getQueryString()), RequestContextUtils.getLocale(request)));
            }
            return true;
        }
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
            case PUBLIC -> Optional.<Long>empty();
        };
        Optional<DataVersionStore.Stamp> stamp = id.flatMap(key -> switch (page.value()) {
            case PLAN -> versions.planStamp(key, user.organizationId(), user.admin());
            case ROUND -> versions.roundStamp(key, user.organizationId(), user.admin());
            case ORGANIZATION -> versions.organizationStamp(key);
            case PUBLIC -> Optional.<DataVersionStore.Stamp>empty();
        });
        if (stamp.isEmpty()) {
            return true;
        }
        request.setAttribute(DataVersionStore.attribute(page.value().name().toLowerCase(Locale.ROOT), id.get()),
                stamp.get().version());
        if (RequestContextUtils.getInputFlashMap(request) != null) {
            // a page showing a one-time message (after a save) is answered in full and not kept by the browser: with
            // the data's ETag its copy would show the message again on every later visit, and a save that changed
            // nothing would get the copy without the message (a 304)
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            return true;
        }
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
        if (pages != null && pages.enabled() && "GET".equals(request.getMethod())
                && request.getHeader("HX-Request") == null) {
            request.setAttribute(BODY_KEY, List.of(page.value(), stamp.get().version(), today, request.getRequestURI(),
                    String.valueOf(request.getQueryString()), user.organizationId(), String.valueOf(user.role()),
                    String.valueOf(user.departmentId()), RequestContextUtils.getLocale(request)));
        }
        return true;
    }

    /** The page's {@code <main>} from the cache, or rendered for it, handed to the layout as {@code renderedMain}. */
    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView mav) throws Exception {
        if (!(request.getAttribute(BODY_KEY) instanceof List<?> key) || mav == null || !cacheable(mav, request, response)
                || (request.getQueryString() != null && request.getQueryString().length() > LONGEST_CACHED_QUERY)) {
            return;
        }
        String view = mav.getViewName();
        List<Object> bodyKey = new ArrayList<>(key);
        bodyKey.add(view);
        if (key.get(0) == DataVersioned.Scope.PUBLIC) {
            String validator = response.getHeader(HttpHeaders.ETAG);
            if (validator == null) {
                return;
            }
            bodyKey.add(validator);
        }
        String main = pages.body(bodyKey, () -> render(view + " :: main", mav.getModel(), request, response));
        if (main == null) {
            return;
        }
        if (main.contains(CSRF_PLACEHOLDER)) {
            // only a page of a session has forms; asking a session-less request for a token would start a session
            if (request.getSession(false) == null
                    || !(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
                return;
            }
            main = main.replace(CSRF_PLACEHOLDER, token.getToken());
        }
        mav.addObject("renderedMain", main);
    }

    private static boolean cacheable(ModelAndView mav, HttpServletRequest request, HttpServletResponse response) {
        String view = mav.getViewName();
        if (view == null || view.contains(":") || response.getStatus() != HttpServletResponse.SC_OK
                || RequestContextUtils.getInputFlashMap(request) != null) {
            return false;
        }
        return mav.getModel().values().stream()
                .noneMatch(value -> value instanceof BindingResult binding && binding.hasErrors());
    }

    private String render(String fragment, Map<String, Object> model, HttpServletRequest request,
                          HttpServletResponse response) {
        ThymeleafViewResolver resolver = views.getIfAvailable();
        if (resolver == null) {
            return null;
        }
        try {
            View view = resolver.resolveViewName(fragment, RequestContextUtils.getLocale(request));
            if (view == null) {
                return null;
            }
            StringWriter out = new StringWriter();
            view.render(new HashMap<>(model), new PlaceholderToken(request), new Captured(response, out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("rendering " + fragment, e);
        }
    }

    /** The request as the cached body sees it: its CSRF token is the placeholder each view replaces. */
    private static final class PlaceholderToken extends HttpServletRequestWrapper {

        private final CsrfToken placeholder;

        PlaceholderToken(HttpServletRequest request) {
            super(request);
            // Spring Security's default names (SecurityConfig keeps them); the real token is not asked: that could
            // start a session
            this.placeholder = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", CSRF_PLACEHOLDER);
        }

        @Override
        public Object getAttribute(String name) {
            return CsrfToken.class.getName().equals(name) || placeholder.getParameterName().equals(name)
                    ? placeholder : super.getAttribute(name);
        }
    }

    /** A response whose text goes into a string; headers and content type stay the real response's business. */
    private static final class Captured extends HttpServletResponseWrapper {

        private final PrintWriter writer;

        Captured(HttpServletResponse response, StringWriter out) {
            super(response);
            this.writer = new PrintWriter(out);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            throw new IllegalStateException("a rendered body is text");
        }

        @Override
        public void setContentType(String type) {
        }

        @Override
        public void setCharacterEncoding(String charset) {
        }

        @Override
        public void setLocale(Locale locale) {
        }

        @Override
        public void flushBuffer() {
            writer.flush();
        }

        @Override
        public boolean isCommitted() {
            return false;
        }
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
