package kr.innotrack.organization;

import java.util.Collection;
import java.util.List;
import kr.innotrack.shared.CurrentUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.modulith.NamedInterface;

/**
 * What Spring Security keeps for a signed-in account: the person, and the account's security stamp as it was at
 * sign-in. A session whose stamp no longer matches the account's (rights or password changed, other sessions ended)
 * is signed out at its next request. A principal made from an API token lives for one request and is read-only.
 */
@NamedInterface("signin")
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private final CurrentUser user;
    private final boolean enabled;
    private final long stamp;
    private final String tokenName;
    private String passwordHash;

    AccountPrincipal(Account account) {
        this(account.toCurrentUser(), account.maySignIn(), account.getSecurityStamp(), null);
        this.passwordHash = account.getPasswordHash();
    }

    private AccountPrincipal(CurrentUser user, boolean enabled, long stamp, String tokenName) {
        this.user = user;
        this.enabled = enabled;
        this.stamp = stamp;
        this.tokenName = tokenName;
    }

    /** A principal for an already authenticated user with the account's current stamp (tests, session refresh). */
    public static AccountPrincipal of(CurrentUser user, long stamp) {
        return new AccountPrincipal(user, true, stamp, null);
    }

    /** The account behind an API token, for one request. */
    static AccountPrincipal forToken(Account account, String tokenName) {
        return new AccountPrincipal(account.toCurrentUser(), true, account.getSecurityStamp(), tokenName);
    }

    public CurrentUser user() {
        return user;
    }

    /** The security stamp of the account when this session signed in. */
    public long stamp() {
        return stamp;
    }

    /** True when this request came with an API token (read-only, no session). */
    public boolean viaToken() {
        return tokenName != null;
    }

    public String tokenName() {
        return tokenName;
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
