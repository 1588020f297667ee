package kr.innotrack.organization;

import lombok.RequiredArgsConstructor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the current session valid after a change its own person made (their password, their other sessions, an
 * admin's change of their own account): the session's principal is rebuilt from the account as it is now, with the
 * new security stamp, and saved through the security context repository (so it also works once sessions live in a
 * database).
 */
@Component
@RequiredArgsConstructor
public class SignedInSession {

    private final AccountRepository accounts;
    private final SecurityContextRepository repository;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    @Transactional(readOnly = true)
    public void refresh(Long accountId, HttpServletRequest request, HttpServletResponse response) {
        Account account = accounts.findWithDepartment(accountId).orElseThrow();
        AccountPrincipal principal = new AccountPrincipal(account);
        principal.eraseCredentials();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        holder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
