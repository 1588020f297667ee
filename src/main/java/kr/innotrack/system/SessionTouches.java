package kr.innotrack.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions live in the database (Spring Session JDBC, tables {@code spring_session*}), so any instance serves any
 * signed-in person. Spring Session moves a session's last access time on every request that reads the session, and
 * writes that row back at the end of the request: an UPDATE and a commit per signed-in page view, with the requests
 * of one person queueing on the row. It has no setting to write the access time less often, so this wrapper does it:
 * a request moves the time only when the stored one is at least {@code innotrack.session.touch-interval} old
 * (default 1 minute). A signed-in request then costs one SELECT of its session; the row is written about once a minute
 * per active session, and whenever an attribute changes (sign-in, a flash message, a pending upload), as before. The
 * price: a session left alone ends after 29 to 30 minutes instead of exactly 30 ({@code docs/deployment.md}).
 *
 * <p>Spring Session also reads the session a second time at the end of a request whose page was long enough to be
 * sent before the end (it saves the session when the answer starts, then again when the request ends, and looks the
 * session up anew in between). Within one request ({@link RequestScope}) a session read once is answered from memory.
 */
final class SessionTouches<S extends Session>
        implements FindByIndexNameSessionRepository<SessionTouches.Touched<S>>, DisposableBean {

    private final FindByIndexNameSessionRepository<S> delegate;
    private final Duration interval;

    SessionTouches(FindByIndexNameSessionRepository<S> delegate, Duration interval) {
        this.delegate = delegate;
        this.interval = interval;
    }

    @Override
    public Touched<S> createSession() {
        return new Touched<>(delegate.createSession(), null, interval);
    }

    @Override
    public void save(Touched<S> session) {
        delegate.save(session.delegate);
    }

    @Override
    @SuppressWarnings("unchecked")
    public @Nullable Touched<S> findById(String id) {
        Map<String, Object> read = READ.get();
        if (read != null && read.get(id) instanceof Touched<?> known) {
            return (Touched<S>) known;
        }
        S session = delegate.findById(id);
        Touched<S> found = session == null ? null : new Touched<>(session, session.getLastAccessedTime(), interval);
        if (read != null && found != null) {
            read.put(id, found);
        }
        return found;
    }

    @Override
    public void deleteById(String id) {
        Map<String, Object> read = READ.get();
        if (read != null) {
            read.remove(id);
        }
        delegate.deleteById(id);
    }

    /** The sessions this request has read, by id; none outside a request. */
    private static final ThreadLocal<Map<String, Object>> READ = new ThreadLocal<>();

    /** Runs just outside Spring Session's filter: a request's session reads are kept for that request only. */
    static final class RequestScope extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Map<String, Object> outer = READ.get();
            READ.set(new HashMap<>());
            try {
                chain.doFilter(request, response);
            } finally {
                if (outer == null) {
                    READ.remove();
                } else {
                    READ.set(outer);
                }
            }
        }
    }

    @Override
    public Map<String, Touched<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Touched<S>> found = new LinkedHashMap<>();
        delegate.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, s) -> found.put(id, new Touched<>(s, s.getLastAccessedTime(), interval)));
        return found;
    }

    /** The repository's own shutdown (Spring Session's cleanup scheduler). */
    @Override
    public void destroy() throws Exception {
        if (delegate instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    /** A session whose last access time moves only when the stored one is {@code interval} old (or it is new). */
    static final class Touched<S extends Session> implements Session {

        private final S delegate;
        private final @Nullable Instant stored;
        private final Duration interval;

        Touched(S delegate, @Nullable Instant stored, Duration interval) {
            this.delegate = delegate;
            this.stored = stored;
            this.interval = interval;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (stored == null || !lastAccessedTime.isBefore(stored.plus(interval))) {
                delegate.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return delegate.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return delegate.getId();
        }

        @Override
        public String changeSessionId() {
            return delegate.changeSessionId();
        }

        @Override
        public <T> @Nullable T getAttribute(String attributeName) {
            return delegate.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return delegate.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            delegate.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            delegate.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return delegate.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration maxInactiveInterval) {
            delegate.setMaxInactiveInterval(maxInactiveInterval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return delegate.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return delegate.isExpired();
        }
    }
}
