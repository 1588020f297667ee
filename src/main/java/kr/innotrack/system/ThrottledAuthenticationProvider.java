package kr.innotrack.system;

import java.util.Optional;
import kr.innotrack.organization.AccountPrincipal;
import kr.innotrack.organization.AccountQueries;
import kr.innotrack.security.SignInThrottle;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.CurrentUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in behind the throttle: a username (as typed) or a client address with too many recent failures is
 * refused before the password is checked; every success, failure and refusal goes to the security event log. An
 * unknown username, a wrong password and a disabled account all answer the same way, after the same BCrypt work.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** Refused by the throttle; the sign-in page says so without telling whether the username exists. */
    static final class SignInLockedException extends org.springframework.security.authentication.LockedException {
        SignInLockedException() {
            super("too many failed sign-ins");
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AccountQueries accounts;
    private final Messages messages;
    /** False for the management port's HTTP Basic: a scrape every few seconds is no sign-in worth a log entry. */
    private final boolean recordsSuccess;

    /** The sign-in form: every success is recorded. */
    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, SignInThrottle throttle,
                                    AccountQueries accounts, Messages messages) {
        this(passwords, throttle, accounts, messages, true);
    }

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, SignInThrottle throttle,
                                    AccountQueries accounts, Messages messages, boolean recordsSuccess) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.accounts = accounts;
        this.messages = messages;
        this.recordsSuccess = recordsSuccess;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String typed = authentication.getName() == null ? "" : authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        Optional<CurrentUser> known = accounts.bySignInName(typed);
        Long organizationId = known.map(CurrentUser::organizationId).orElse(null);
        Long accountId = known.map(CurrentUser::accountId).orElse(null);
        String username = known.map(CurrentUser::username).orElse(null);
        if (throttle.lockedUntil(typed, address).isPresent()) {
            throttle.blocked(typed, organizationId, accountId, username, address);
            throw new SignInLockedException();
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            AccountPrincipal principal = (AccountPrincipal) result.getPrincipal();
            if (recordsSuccess) {
                throttle.succeeded(principal.user().username(), principal.user().organizationId(),
                        principal.user().accountId(), address);
            }
            return result;
        } catch (BadCredentialsException | DisabledException e) {
            throttle.failed(typed, organizationId, accountId, username, address,
                    e instanceof DisabledException ? messages.get("system.signIn.disabled") : null);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
