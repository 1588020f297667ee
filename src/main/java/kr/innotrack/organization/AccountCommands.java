package kr.innotrack.organization;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.security.SecurityEventType;
import kr.innotrack.security.SecurityEvents;
import kr.innotrack.security.SignInThrottle;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.Role;
import kr.innotrack.shared.StaleEditException;
import kr.innotrack.shared.web.Conflicts;
import kr.innotrack.shared.web.RejectedInput;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of one organization, the write side, managed by its planning admins (and a person's own password and
 * sessions); every change goes to the account's history, and every change of rights or credentials also to the
 * security event log and to the account's security stamp (which ends the account's other sessions). Rules that need
 * data (a username taken, a department of another organization, an admin's own rights, the password policy with the
 * account's username, the current password) are refused with {@link RejectedInput}.
 */
@Service
@Transactional
@RequiredArgsConstructor
class AccountCommands {

    private static final String ACCOUNT = "ACCOUNT";
    /** The password hash of a service account: no BCrypt hash, so no password ever matches it. */
    static final String NO_PASSWORD = "!service-account";

    private final AccountRepository accounts;
    private final AccountQueries queries;
    private final DepartmentRepository departments;
    private final OrganizationRepository organizations;
    private final PasswordEncoder passwords;
    private final ChangeHistory history;
    private final Clock clock;
    private final PasswordPolicy policy;
    private final AccountStamps stamps;
    private final SecurityEvents events;
    private final SignInThrottle throttle;
    private final ApiTokens tokens;
    private final Messages messages;

    /** A new account; {@code service}: API tokens only (a viewer without department or password). */
    record Create(String username, String displayName, Role role, Long departmentId, boolean service, String password) {
    }

    record Update(String displayName, Role role, Long departmentId, boolean enabled, Long version) {
    }

    Account create(Create input, CurrentUser admin) {
        refuseOperator(input.role());
        if (input.username() == null || input.username().isBlank()) {
            throw new RejectedInput("username", "account.username.required");
        }
        if (accounts.existsByUsername(input.username())) {
            // The same words whether the username is taken here or in another organization: nothing leaks.
            throw new RejectedInput("username", "account.username.unavailable");
        }
        if (!input.service()) {
            policy.require(input.password(), input.username());
        }
        Role role = input.service() ? Role.VIEWER : input.role();
        Long departmentId = input.service() ? null : input.departmentId();
        Department department = department(role, departmentId, admin);
        Organization org = organizations.findById(admin.organizationId()).orElseThrow();
        Account account = new Account(org, input.username(), input.displayName(),
                input.service() ? NO_PASSWORD : passwords.encode(input.password()), role, department,
                LocalDateTime.now(clock));
        if (input.service()) {
            account.markService();
        }
        try {
            account = accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException e) {
            if (!Conflicts.isDuplicate(e)) {
                throw e;
            }
            // another admin took the username a moment ago
            throw new RejectedInput("username", "account.username.unavailable");
        }
        history.created(admin, subject(account), describe(null, account));
        events.record(SecurityEvents.Entry.of(SecurityEventType.ACCOUNT_CREATED, account.getOrganizationId(),
                account.getId(), account.getUsername()).by(admin.username())
                .detail(roleWord(account.getRole()) + (account.isService() ? messages.get("account.detail.service") : "")));
        return account;
    }

    /** Returns the account's username (for the flash message). */
    String update(Long id, Update input, CurrentUser admin) {
        refuseOperator(input.role());
        Account account = queries.get(id, admin);
        department(input.role(), input.departmentId(), admin); // a department of another organization: refused
        if (Objects.equals(id, admin.accountId())) {
            if (!input.enabled()) {
                throw new RejectedInput("enabled", "account.self.disable");
            }
            if (input.role() != Role.PLANNING_ADMIN) {
                throw new RejectedInput("role", "account.self.demote");
            }
        }
        StaleEditException.unlessCurrent(input.version(), account.getVersion(), "Account", id);
        Department newDepartment = department(input.role(), input.departmentId(), admin);
        Changes changes = Changes.of()
                .field(messages.get("account.displayName"), account.getDisplayName(), input.displayName())
                .field(messages.get("account.role"), roleWord(account.getRole()), roleWord(input.role()))
                .field(messages.get("account.department"), name(account.getDepartment()), name(newDepartment))
                .field(messages.get("account.enabled"), messages.get(AccountState.of(account.isEnabled()).messageKey()),
                        messages.get(AccountState.of(input.enabled()).messageKey()));
        String rights = rightsChange(account, input, newDepartment);
        account.rename(input.displayName());
        account.assign(input.role(), newDepartment);
        account.setEnabled(input.enabled());
        history.updated(admin, subject(account), changes);
        if (rights != null) {
            stamps.bump(account.getId());
            events.record(SecurityEvents.Entry.of(SecurityEventType.ACCOUNT_CHANGED, account.getOrganizationId(),
                    account.getId(), account.getUsername()).by(admin.username())
                    .detail(messages.get("account.detail.rightsChanged", rights)));
        }
        return account.getUsername();
    }

    /** What changes in the account's rights (role, department, enabled), or null when they stay. */
    private String rightsChange(Account account, Update input, Department newDepartment) {
        List<String> parts = new ArrayList<>();
        if (account.getRole() != input.role()) {
            parts.add(messages.get("account.detail.role", roleWord(account.getRole()), roleWord(input.role())));
        }
        if (!Objects.equals(name(account.getDepartment()), name(newDepartment))) {
            String none = messages.get("account.detail.none");
            parts.add(messages.get("account.detail.department",
                    Objects.requireNonNullElse(name(account.getDepartment()), none),
                    Objects.requireNonNullElse(name(newDepartment), none)));
        }
        if (account.isEnabled() != input.enabled()) {
            parts.add(messages.get(input.enabled() ? "account.detail.reenabled" : "account.detail.disabled"));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /**
     * An admin sets a new password (the policy, with the account's username); the account's sessions end.
     * Returns the account's username (for the flash message).
     */
    String resetPassword(Long id, Long version, String password, CurrentUser admin) {
        Account account = queries.get(id, admin);
        if (account.isService()) {
            throw new NotAllowedNow("account.error.serviceHasNoPassword");
        }
        policy.require(password, account.getUsername());
        StaleEditException.unlessCurrent(version, account.getVersion(), "Account", id);
        account.changePassword(passwords.encode(password));
        history.updated(admin, subject(account), Changes.of().field(messages.get("account.password"),
                messages.get("account.history.previousPassword"), messages.get("account.history.passwordReset")));
        stamps.bump(account.getId());
        events.record(SecurityEvents.Entry.of(SecurityEventType.PASSWORD_RESET, account.getOrganizationId(),
                account.getId(), account.getUsername()).by(admin.username())
                .detail(messages.get("account.detail.sessionsEnded")));
        return account.getUsername();
    }

    /** An admin lifts the sign-in lock of an account of their organization; returns its username. */
    String unlock(Long id, CurrentUser admin) {
        Account account = queries.get(id, admin);
        throttle.unlock(account.getUsername(), account.getOrganizationId(), account.getId(), admin.username());
        return account.getUsername();
    }

    /** Revokes a token of an account of the admin's organization (404 for a token of another account). */
    void revokeToken(Long id, Long tokenId, CurrentUser admin) {
        queries.get(id, admin);
        if (tokens.of(id).stream().noneMatch(t -> t.id() == tokenId)) {
            throw new NotFoundException("token.record", tokenId);
        }
        tokens.revoke(tokenId, admin);
    }

    /**
     * A person's own new password, after the current one: every other session of theirs ends. The current password
     * must match, the new one pass the policy and differ from it.
     */
    void changeOwnPassword(CurrentUser me, String current, String password) {
        Account account = queries.own(me);
        if (current == null || !passwords.matches(current, account.getPasswordHash())) {
            throw new RejectedInput("currentPassword", "password.current.wrong");
        }
        policy.require(password, account.getUsername());
        if (password.equals(current)) {
            throw new RejectedInput("password", "password.same");
        }
        account.changePassword(passwords.encode(password));
        history.updated(me, subject(account), Changes.of().field(messages.get("account.password"),
                messages.get("account.history.previousPassword"), messages.get("account.history.passwordChanged")));
        stamps.bump(account.getId());
        events.record(SecurityEvents.Entry.of(SecurityEventType.PASSWORD_CHANGED, account.getOrganizationId(),
                account.getId(), account.getUsername()).by(me.username())
                .detail(messages.get("account.detail.otherSessionsEnded")));
    }

    /**
     * 알림 메일: the person's own address and choice. An address is needed for any choice but 받지 않음; an empty
     * address with 받지 않음 removes it. The operator gets no notices (403).
     */
    void changeNoticeMail(CurrentUser me, NoticeMailForm form) {
        if (me.operator()) {
            throw new AccessDeniedHere("account.noticeMail.operator");
        }
        Account account = queries.own(me);
        StaleEditException.unlessCurrent(form.getVersion(), account.getVersion(), "account.record", account.getId());
        String email = form.getEmail() == null ? "" : form.getEmail().strip();
        NoticeMailChoice choice = form.getNoticeMail() == null ? NoticeMailChoice.NONE : form.getNoticeMail();
        if (!email.isEmpty() && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            throw new RejectedInput("email", "account.noticeMail.email.invalid");
        }
        if (email.isEmpty() && choice != NoticeMailChoice.NONE) {
            throw new RejectedInput("email", "account.noticeMail.email.required");
        }
        String newEmail = email.isEmpty() ? null : email;
        Changes changes = Changes.of()
                .field(messages.get("account.noticeMail.email"), account.getEmail(), newEmail)
                .field(messages.get("account.noticeMail"), messages.label(account.getNoticeMail()), messages.label(choice));
        if (changes.isEmpty()) {
            return;
        }
        account.changeNoticeMail(newEmail, choice);
        history.updated(me, subject(account), changes);
    }

    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    /** Ends every session of the person except the one making the request (which the caller re-stamps). */
    void endOtherSessions(CurrentUser me) {
        Account account = queries.own(me);
        stamps.bump(account.getId());
        events.record(SecurityEvents.Entry.of(SecurityEventType.OTHER_SESSIONS_ENDED, account.getOrganizationId(),
                account.getId(), account.getUsername()).by(me.username()));
    }

    /** The password policy (the mismatch of the two entries is the form's own rule, {@link PasswordsMatch}). */
    /** Only the operator's own start-up creates operators; within an organization the role does not exist. */
    private static void refuseOperator(Role role) {
        if (role == Role.OPERATOR) {
            throw new RejectedInput("role", "account.role.notWithinOrganization");
        }
    }

    /** The department an account of this role gets: none for a viewer; one of the admin's organization. */
    private Department department(Role role, Long departmentId, CurrentUser admin) {
        if (departmentId == null) {
            return null;
        }
        Optional<Department> department = departments.findById(departmentId)
                .filter(d -> d.getOrganization().getId().equals(admin.organizationId()));
        if (department.isEmpty()) {
            throw new RejectedInput("departmentId", "account.department.unknown");
        }
        if (!department.get().isOpen() && role != Role.VIEWER) {
            throw new RejectedInput("departmentId", "account.department.closed", department.get().getName());
        }
        return role == Role.VIEWER ? null : department.get();
    }

    private String roleWord(Role role) {
        return messages.get(role.messageKey());
    }

    private static String name(Department d) {
        return d == null ? null : d.getName();
    }

    private Changes describe(Account before, Account after) {
        Function<Account, String> dept = a -> a == null ? null : name(a.getDepartment());
        return Changes.of()
                .field(messages.get("account.username"), before == null ? null : before.getUsername(), after.getUsername())
                .field(messages.get("account.displayName"), before == null ? null : before.getDisplayName(),
                        after.getDisplayName())
                .field(messages.get("account.role"), before == null ? null : roleWord(before.getRole()),
                        roleWord(after.getRole()))
                .field(messages.get("account.department"), dept.apply(before), dept.apply(after));
    }

    private static ChangeHistory.Subject subject(Account a) {
        return new ChangeHistory.Subject(a.getOrganizationId(), null, a.getId(), ACCOUNT, a.getId(),
                a.getUsername() + " (" + a.getDisplayName() + ")");
    }
}
