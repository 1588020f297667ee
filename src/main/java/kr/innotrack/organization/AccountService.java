package kr.innotrack.organization;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.HistoryQueries;
import kr.innotrack.history.Changes;
import kr.innotrack.security.SecurityEventType;
import kr.innotrack.security.SecurityEvents;
import kr.innotrack.security.SignInThrottle;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.Role;
import kr.innotrack.shared.StaleEditException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Accounts of one organization, managed by its planning admins; every change goes to the account's history, and
 * every change of rights or credentials also to the security event log and to the account's security stamp (which
 * ends the account's other sessions).
 */
@Service
@Transactional
public class AccountService {

    private static final String ACCOUNT = "ACCOUNT";
    /** The password hash of a service account: no BCrypt hash, so no password ever matches it. */
    static final String NO_PASSWORD = "!service-account";

    private final AccountRepository accounts;
    private final DepartmentRepository departments;
    private final OrganizationRepository organizations;
    private final PasswordEncoder passwords;
    private final ChangeHistory history;
    private final HistoryQueries historyQueries;
    private final Clock clock;
    private final PasswordPolicy policy;
    private final AccountStamps stamps;
    private final SecurityEvents events;
    private final SignInThrottle throttle;

    AccountService(AccountRepository accounts, DepartmentRepository departments, OrganizationRepository organizations,
                   PasswordEncoder passwords, ChangeHistory history, HistoryQueries historyQueries, Clock clock, PasswordPolicy policy,
                   AccountStamps stamps, SecurityEvents events, SignInThrottle throttle) {
        this.accounts = accounts;
        this.departments = departments;
        this.organizations = organizations;
        this.passwords = passwords;
        this.history = history;
        this.historyQueries = historyQueries;
        this.clock = clock;
        this.policy = policy;
        this.stamps = stamps;
        this.events = events;
        this.throttle = throttle;
    }

    @Transactional(readOnly = true)
    public List<Account> list(CurrentUser admin) {
        return accounts.findByOrganization(admin.organizationId());
    }

    @Transactional(readOnly = true)
    public Account get(Long id, CurrentUser admin) {
        return accounts.findInOrganization(id, admin.organizationId())
                .orElseThrow(() -> new NotFoundException("계정", id));
    }

    @Transactional(readOnly = true)
    public Map<Long, String> departmentNames(Long organizationId) {
        return departments.findByOrganization(organizationId).stream()
                .collect(Collectors.toMap(Department::getId, Department::getName));
    }

    /** Checks that need the database or the other fields; adds Korean messages beside the fields. */
    @Transactional(readOnly = true)
    public void validate(AccountForm form, boolean creating, CurrentUser admin, Long accountId, Errors errors) {
        if (creating) {
            if (form.getUsername() == null || form.getUsername().isBlank()) {
                errors.rejectValue("username", "account.username.required");
            } else if (!errors.hasFieldErrors("username") && accounts.existsByUsername(form.getUsername())) {
                // The same words whether the username is taken here or in another organization: nothing leaks.
                errors.rejectValue("username", "account.username.unavailable");
            }
            if (!form.isService()) {
                policy.validate(form.getPassword(), form.getPasswordConfirm(), form.getUsername(), errors,
                        "password", "passwordConfirm");
            }
        }
        if (form.getRole() == Role.DEPARTMENT_OFFICER && form.getDepartmentId() == null) {
            errors.rejectValue("departmentId", "account.department.required");
        }
        if (form.getDepartmentId() != null && departments.findById(form.getDepartmentId())
                .filter(d -> d.getOrganization().getId().equals(admin.organizationId())).isEmpty()) {
            errors.rejectValue("departmentId", "account.department.unknown");
        }
        if (!creating && Objects.equals(accountId, admin.accountId())) {
            if (!form.isEnabled()) {
                errors.rejectValue("enabled", "account.self.disable");
            }
            if (form.getRole() != Role.PLANNING_ADMIN) {
                errors.rejectValue("role", "account.self.demote");
            }
        }
    }

    /** A new password for an account: the one policy, with the account's username. */
    @Transactional(readOnly = true)
    public void validatePassword(Long id, String password, String confirm, CurrentUser admin, Errors errors) {
        policy.validate(password, confirm, get(id, admin).getUsername(), errors, "password", "passwordConfirm");
    }

    /** A new account; a service account (API tokens only) is a viewer without department or password. */
    public Account create(AccountForm form, CurrentUser admin) {
        Organization org = organizations.findById(admin.organizationId()).orElseThrow();
        if (form.isService()) {
            form.setRole(Role.VIEWER);
            form.setDepartmentId(null);
        }
        Account account = new Account(org, form.getUsername(), form.getDisplayName(),
                form.isService() ? NO_PASSWORD : passwords.encode(form.getPassword()), form.getRole(),
                department(form, admin), LocalDateTime.now(clock));
        if (form.isService()) {
            account.markService();
        }
        account = accounts.saveAndFlush(account);
        history.created(admin, subject(account), describe(null, account));
        events.record(SecurityEvents.Entry.of(SecurityEventType.ACCOUNT_CREATED, account.getOrganizationId(),
                account.getId(), account.getUsername()).by(admin.username())
                .detail(account.getRole().label() + (account.isService() ? " (서비스 계정)" : "")));
        return account;
    }

    public void update(Long id, AccountForm form, CurrentUser admin) {
        Account account = get(id, admin);
        StaleEditException.unlessCurrent(form.getVersion(), account.getVersion(), "계정", id);
        Changes changes = Changes.of()
                .field("이름", account.getDisplayName(), form.getDisplayName())
                .field("역할", account.getRole().label(), form.getRole().label())
                .field("부서", name(account.getDepartment()), name(department(form, admin)))
                .field("사용", account.isEnabled() ? "사용" : "중지", form.isEnabled() ? "사용" : "중지");
        Department newDepartment = department(form, admin);
        String rights = rightsChange(account, form, newDepartment);
        account.rename(form.getDisplayName());
        account.assign(form.getRole(), newDepartment);
        account.setEnabled(form.isEnabled());
        history.updated(admin, subject(account), changes);
        if (rights != null) {
            stamps.bump(account.getId());
            events.record(SecurityEvents.Entry.of(SecurityEventType.ACCOUNT_CHANGED, account.getOrganizationId(),
                    account.getId(), account.getUsername()).by(admin.username()).detail(rights + "; 기존 세션 종료"));
        }
    }

    /** What changes in the account's rights (role, department, enabled), or null when they stay. */
    private static String rightsChange(Account account, AccountForm form, Department newDepartment) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (account.getRole() != form.getRole()) {
            parts.add("역할 " + account.getRole().label() + " → " + form.getRole().label());
        }
        if (!Objects.equals(name(account.getDepartment()), name(newDepartment))) {
            parts.add("부서 " + Objects.requireNonNullElse(name(account.getDepartment()), "(없음)") + " → "
                    + Objects.requireNonNullElse(name(newDepartment), "(없음)"));
        }
        if (account.isEnabled() != form.isEnabled()) {
            parts.add(form.isEnabled() ? "사용 재개" : "사용 중지");
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** An admin sets a new password (already checked against the policy); the account's sessions end. */
    public void resetPassword(Long id, Long version, String password, CurrentUser admin) {
        Account account = get(id, admin);
        StaleEditException.unlessCurrent(version, account.getVersion(), "계정", id);
        if (account.isService()) {
            throw new kr.innotrack.shared.NotAllowedNow("서비스 계정은 비밀번호가 없습니다. API 토큰을 쓰세요.");
        }
        account.changePassword(passwords.encode(password));
        history.updated(admin, subject(account), Changes.of().field("비밀번호", "(이전 비밀번호)", "(재설정됨)"));
        stamps.bump(account.getId());
        events.record(SecurityEvents.Entry.of(SecurityEventType.PASSWORD_RESET, account.getOrganizationId(),
                account.getId(), account.getUsername()).by(admin.username()).detail("기존 세션 종료"));
    }

    /** An admin lifts the sign-in lock of an account of their organization. */
    public void unlock(Long id, CurrentUser admin) {
        Account account = get(id, admin);
        throttle.unlock(account.getUsername(), account.getOrganizationId(), account.getId(), admin.username());
    }

    /** Accounts of the admin's organization locked now: account id → when the lock ends. */
    @Transactional(readOnly = true)
    public Map<Long, LocalDateTime> locked(List<Account> list, CurrentUser admin) {
        Map<String, LocalDateTime> bySubject = throttle.lockedInOrganization(admin.organizationId());
        Map<Long, LocalDateTime> byAccount = new java.util.HashMap<>();
        for (Account a : list) {
            LocalDateTime until = bySubject.get(SecurityEvents.subjectKey(a.getUsername()));
            if (until != null) {
                byAccount.put(a.getId(), until);
            }
        }
        return byAccount;
    }

    /** The account a sign-in attempt names (exactly as the sign-in looks it up), for the security log. */
    @Transactional(readOnly = true)
    public java.util.Optional<CurrentUser> bySignInName(String typed) {
        return typed == null ? java.util.Optional.empty() : accounts.findForSignIn(typed.strip()).map(Account::toCurrentUser);
    }

    // ---------------------------------------------------------------- the signed-in person's own account

    @Transactional(readOnly = true)
    public Account own(CurrentUser me) {
        return accounts.findInOrganization(me.accountId(), me.organizationId())
                .orElseThrow(() -> new NotFoundException("계정", me.accountId()));
    }

    /** Checks the current password and the new one; Korean messages beside the fields of {@code OwnPasswordForm}. */
    @Transactional(readOnly = true)
    public void validateOwnPassword(CurrentUser me, String current, String password, String confirm, Errors errors) {
        Account account = own(me);
        if (current == null || !passwords.matches(current, account.getPasswordHash())) {
            errors.rejectValue("currentPassword", "password.current.wrong");
            return;
        }
        policy.validate(password, confirm, account.getUsername(), errors, "password", "passwordConfirm");
        if (!errors.hasFieldErrors("password") && password.equals(current)) {
            errors.rejectValue("password", "password.same");
        }
    }

    /** A person's own new password (checked before): every other session of theirs ends. */
    public void changeOwnPassword(CurrentUser me, String password) {
        Account account = own(me);
        account.changePassword(passwords.encode(password));
        history.updated(me, subject(account), Changes.of().field("비밀번호", "(이전 비밀번호)", "(본인이 변경함)"));
        stamps.bump(account.getId());
        events.record(SecurityEvents.Entry.of(SecurityEventType.PASSWORD_CHANGED, account.getOrganizationId(),
                account.getId(), account.getUsername()).by(me.username()).detail("다른 세션 종료"));
    }

    /** Ends every session of the person except the one making the request (which the caller re-stamps). */
    public void endOtherSessions(CurrentUser me) {
        Account account = own(me);
        stamps.bump(account.getId());
        events.record(SecurityEvents.Entry.of(SecurityEventType.OTHER_SESSIONS_ENDED, account.getOrganizationId(),
                account.getId(), account.getUsername()).by(me.username()));
    }

    @Transactional(readOnly = true)
    public List<kr.innotrack.history.ChangeLogEntry> history(Long id, CurrentUser admin) {
        get(id, admin);
        return historyQueries.ofAccount(id);
    }

    private Department department(AccountForm form, CurrentUser admin) {
        if (form.getDepartmentId() == null || form.getRole() == Role.VIEWER) {
            return null;
        }
        return departments.findById(form.getDepartmentId())
                .filter(d -> d.getOrganization().getId().equals(admin.organizationId()))
                .orElseThrow(() -> new NotFoundException("부서", form.getDepartmentId()));
    }

    private static String name(Department d) {
        return d == null ? null : d.getName();
    }

    private static Changes describe(Account before, Account after) {
        Function<Account, String> dept = a -> a == null ? null : name(a.getDepartment());
        return Changes.of()
                .field("아이디", before == null ? null : before.getUsername(), after.getUsername())
                .field("이름", before == null ? null : before.getDisplayName(), after.getDisplayName())
                .field("역할", before == null ? null : before.getRole().label(), after.getRole().label())
                .field("부서", dept.apply(before), dept.apply(after));
    }

    private static ChangeHistory.Subject subject(Account a) {
        return new ChangeHistory.Subject(a.getOrganizationId(), null, a.getId(), ACCOUNT, a.getId(),
                a.getUsername() + " (" + a.getDisplayName() + ")");
    }
}
