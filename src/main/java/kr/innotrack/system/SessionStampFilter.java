package kr.innotrack.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import kr.innotrack.organization.AccountPrincipal;
import kr.innotrack.organization.AccountStamps;
import kr.innotrack.security.SecurityEventType;
import kr.innotrack.security.SecurityEvents;
import kr.innotrack.shared.Messages;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account changed since it signed in: on every signed-in request (static files aside) the
 * account's security stamp is read by primary key and compared with the one the session carries. A mismatch — the
 * account was disabled, its role, department or password changed, or its owner ended their other sessions — signs
 * the session out: pages go to the sign-in page with a message, the API answers 401. Works across app instances,
 * since the stamp lives in the database.
 */
@RequiredArgsConstructor
final class SessionStampFilter extends OncePerRequestFilter {

    private final AccountStamps stamps;
    private final SecurityEvents events;
    private final Messages messages;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = holder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal && !principal.viaToken()
                && stamps.current(principal.user().accountId()) != principal.stamp()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            holder.clearContext();
            try {
                events.record(SecurityEvents.Entry.of(SecurityEventType.SESSION_ENDED, principal.user().organizationId(),
                        principal.user().accountId(), principal.user().username()).detail(request.getMethod() + " "
                        + request.getRequestURI()));
            } catch (RuntimeException e) {
                logger.warn("could not log the end of a session of account " + principal.user().accountId(), e);
            }
            if (ApiResponses.isApi(request)) {
                ApiResponses.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                        messages.get("system.api.sessionEnded"));
            } else {
                response.sendRedirect(request.getContextPath() + "/login?ended");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
