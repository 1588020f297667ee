package kr.innotrack.organization;

import java.util.Collection;
import java.util.List;
import kr.innotrack.shared.CurrentUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** What Spring Security keeps in the session for a signed-in account. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private final CurrentUser user;
    private final boolean enabled;
    private String passwordHash;

    AccountPrincipal(Account account) {
        this.user = account.toCurrentUser();
        this.enabled = account.isEnabled();
        this.passwordHash = account.getPasswordHash();
    }

    private AccountPrincipal(CurrentUser user) {
        this.user = user;
        this.enabled = true;
    }

    /** A principal for an already authenticated user (used by tests that sign in without a password). */
    public static AccountPrincipal of(CurrentUser user) {
        return new AccountPrincipal(user);
    }

    public CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
