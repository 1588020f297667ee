package kr.innotrack.organization;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.Role;
import kr.innotrack.shared.StaleEditException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Accounts of one organization, managed by its planning admins; every change goes to the account's history. */
@Service
@Transactional
public class AccountService {

    static final int MIN_PASSWORD = 10;
    private static final String ACCOUNT = "ACCOUNT";

    private final AccountRepository accounts;
    private final DepartmentRepository departments;
    private final OrganizationRepository organizations;
    private final PasswordEncoder passwords;
    private final ChangeHistory history;
    private final Clock clock;

    AccountService(AccountRepository accounts, DepartmentRepository departments, OrganizationRepository organizations,
                   PasswordEncoder passwords, ChangeHistory history, Clock clock) {
        this.accounts = accounts;
        this.departments = departments;
        this.organizations = organizations;
        this.passwords = passwords;
        this.history = history;
        this.clock = clock;
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
                errors.rejectValue("username", "account.username.taken");
            }
            validatePassword(form.getPassword(), form.getPasswordConfirm(), errors);
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

    static void validatePassword(String password, String confirm, Errors errors) {
        if (password == null || password.length() < MIN_PASSWORD) {
            errors.rejectValue("password", "account.password.short", new Object[] {MIN_PASSWORD}, null);
        } else if (!password.equals(confirm)) {
            errors.rejectValue("passwordConfirm", "account.password.mismatch");
        }
    }

    public Account create(AccountForm form, CurrentUser admin) {
        Organization org = organizations.findById(admin.organizationId()).orElseThrow();
        Account account = accounts.save(new Account(org, form.getUsername(), form.getDisplayName(),
                passwords.encode(form.getPassword()), form.getRole(), department(form, admin),
                LocalDateTime.now(clock)));
        history.created(admin, subject(account), describe(null, account));
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
        account.rename(form.getDisplayName());
        account.assign(form.getRole(), department(form, admin));
        account.setEnabled(form.isEnabled());
        history.updated(admin, subject(account), changes);
    }

    public void resetPassword(Long id, Long version, String password, CurrentUser admin) {
        Account account = get(id, admin);
        if (version == null || version != account.getVersion()) {
            throw new StaleEditException("계정", id);
        }
        account.changePassword(passwords.encode(password));
        history.updated(admin, subject(account), Changes.of().field("비밀번호", "(이전 비밀번호)", "(재설정됨)"));
    }

    @Transactional(readOnly = true)
    public List<kr.innotrack.history.ChangeLogEntry> history(Long id, CurrentUser admin) {
        get(id, admin);
        return history.ofAccount(id);
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
