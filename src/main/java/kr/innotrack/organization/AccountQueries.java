package kr.innotrack.organization;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.innotrack.history.HistoryQueries;
import kr.innotrack.history.ChangeLogEntry;
import kr.innotrack.security.SecurityEvents;
import kr.innotrack.security.SignInThrottle;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/** Accounts of one organization, the read side: the admin's list and forms, a person's own account, sign-in names. */
@NamedInterface("signin")
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class AccountQueries {

    private final AccountRepository accounts;
    private final DepartmentService organizations;
    private final HistoryQueries history;
    private final SignInThrottle throttle;

    /** The admin's list: the accounts, which of them are locked now (account id → until) and the organization. */
    record AccountsPage(List<Account> accounts, Map<Long, LocalDateTime> locked, Organization organization) {
    }

    AccountsPage listPage(CurrentUser admin) {
        List<Account> list = accounts.findByOrganization(admin.organizationId());
        return new AccountsPage(list, locked(list, admin),
                organizations.organization(admin.organizationId(), admin.organizationId()));
    }

    Account get(Long id, CurrentUser admin) {
        return accounts.findInOrganization(id, admin.organizationId())
                .orElseThrow(() -> new NotFoundException("account.record", id));
    }

    /** The account, if an admin may reset its password: a service account has none (409). */
    Account resettable(Long id, CurrentUser admin) {
        Account account = get(id, admin);
        if (account.isService()) {
            throw new NotAllowedNow("account.error.serviceHasNoPassword");
        }
        return account;
    }

    /** Accounts of the admin's organization locked now: account id → when the lock ends. */
    private Map<Long, LocalDateTime> locked(List<Account> list, CurrentUser admin) {
        Map<String, LocalDateTime> bySubject = throttle.lockedInOrganization(admin.organizationId());
        Map<Long, LocalDateTime> byAccount = new HashMap<>();
        for (Account a : list) {
            LocalDateTime until = bySubject.get(SecurityEvents.subjectKey(a.getUsername()));
            if (until != null) {
                byAccount.put(a.getId(), until);
            }
        }
        return byAccount;
    }

    /** The account a sign-in attempt names (exactly as the sign-in looks it up), for the security log. */
    public Optional<CurrentUser> bySignInName(String typed) {
        return typed == null ? Optional.empty() : accounts.findForSignIn(typed.strip()).map(Account::toCurrentUser);
    }

    Account own(CurrentUser me) {
        // the operator belongs to no organization, so the account is matched on its organization as the session has it
        return accounts.findWithDepartment(me.accountId())
                .filter(a -> java.util.Objects.equals(a.getOrganizationId(), me.organizationId()))
                .orElseThrow(() -> new NotFoundException("account.record", me.accountId()));
    }

    List<ChangeLogEntry> history(Long id, CurrentUser admin) {
        get(id, admin);
        return history.ofAccount(id);
    }
}
