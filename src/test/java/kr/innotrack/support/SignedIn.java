package kr.innotrack.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import kr.innotrack.organization.AccountPrincipal;
import kr.innotrack.shared.CurrentUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs a MockMvc request in as the given user, without a password round trip. */
public final class SignedIn {

    private SignedIn() {
    }

    public static RequestPostProcessor as(CurrentUser user) {
        AccountPrincipal principal = AccountPrincipal.of(user);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
    }
}
