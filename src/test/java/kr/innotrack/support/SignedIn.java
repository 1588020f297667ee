package kr.innotrack.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import kr.innotrack.organization.AccountPrincipal;
import kr.innotrack.shared.CurrentUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;

/** Signs a MockMvc request in as the given user, without a password round trip. */
public final class SignedIn {

    private SignedIn() {
    }

    /**
     * The account's current security stamp is read from the application's database when the request is built, so
     * the session is as fresh as a real sign-in (a later bump of the stamp ends it, as it would a real one).
     */
    public static RequestPostProcessor as(CurrentUser user) {
        return request -> {
            JdbcTemplate jdbc = WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext())
                    .getBeanProvider(JdbcTemplate.class).getIfAvailable();
            // An account the database does not have (a made-up stranger, a web slice without a database) gets the
            // stamp the check reads for a missing account, so it is judged by the services, not signed out.
            Long stamp = jdbc == null ? null : jdbc.query("select security_stamp, enabled from account where id = ?",
                    rs -> rs.next() ? (rs.getBoolean(2) ? rs.getLong(1) : -1L) : -1L, user.accountId());
            AccountPrincipal principal = AccountPrincipal.of(user, stamp == null ? 0L : stamp);
            return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                    principal.getAuthorities())).postProcessRequest(request);
        };
    }

    /** Signed in as the user with the given stamp (a session that signed in before a change). */
    public static RequestPostProcessor as(CurrentUser user, long stamp) {
        AccountPrincipal principal = AccountPrincipal.of(user, stamp);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
    }
}
