package kr.innotrack.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import kr.innotrack.organization.AccountPrincipal;
import kr.innotrack.organization.ApiTokens;
import kr.innotrack.shared.Messages;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on {@code /api/**} only: a valid personal API token signs the request in
 * as its account for this request alone (no session). A token that is unknown, expired or revoked answers 401; a
 * token is read-only, so anything but GET and HEAD answers 403. Pages ignore the header (form sign-in only).
 */
@RequiredArgsConstructor
final class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final Messages messages;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiResponses.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountPrincipal> principal = tokens.authenticate(header.substring(7).strip());
        if (principal.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"InnoTrack\", error=\"invalid_token\"");
            ApiResponses.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    messages.get("system.api.badToken"));
            return;
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            ApiResponses.write(request, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                    messages.get("system.api.readOnlyToken"));
            return;
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
                principal.get().getAuthorities()));
        holder.setContext(context);
        chain.doFilter(request, response);
    }
}
