package kr.innotrack.navigation;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who reads the page, for the header's menus ({@code ${@viewer.admin()}} in {@code fragments/layout.html}): whether
 * someone is signed in and in which role. The same answers as {@code sec:authorize="isAuthenticated()"} and
 * {@code hasRole(…)} (no role hierarchy here), without parsing and evaluating a security expression each time: nine
 * of those made a fifth of the rendering of every page's frame (issue 19, {@code bench/README.md}).
 */
@Component("viewer")
public class Viewer {

    public boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    public boolean operator() {
        return has("ROLE_OPERATOR");
    }

    public boolean admin() {
        return has("ROLE_PLANNING_ADMIN");
    }

    public boolean officer() {
        return has("ROLE_DEPARTMENT_OFFICER");
    }

    private boolean has(String authority) {
        if (!signedIn()) {
            return false;
        }
        for (GrantedAuthority granted : SecurityContextHolder.getContext().getAuthentication().getAuthorities()) {
            if (authority.equals(granted.getAuthority())) {
                return true;
            }
        }
        return false;
    }
}
