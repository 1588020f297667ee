package kr.innotrack.organization;

import java.util.function.Supplier;
import kr.innotrack.shared.web.VersionedForm;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.Setter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.innotrack.shared.Role;

/** Creating an account (username and password set) or editing one (version set, no username change). */
@Getter
@Setter
@PasswordsMatch
@OfficerHasDepartment
public class AccountForm implements VersionedForm, PasswordsMatch.TypedTwice {

    private Long version;

    @Pattern(regexp = "[a-z0-9._-]{3,40}", message = "{account.username.pattern}")
    private String username;

    @NotBlank(message = "{account.displayName.required}")
    @Size(max = 100, message = "{account.displayName.tooLong}")
    private String displayName;

    @NotNull(message = "{account.role.required}")
    private Role role;

    private Long departmentId;

    private boolean enabled = true;

    /** A service account: API tokens only, no password sign-in (creation only). */
    private boolean service;

    /** Checked by {@link PasswordPolicy}; bound exactly as typed and never written back into a page. */
    @kr.innotrack.shared.text.RawText
    private String password;

    @kr.innotrack.shared.text.RawText
    private String passwordConfirm;

    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    private Supplier<Map<Long, String>> departmentNames = Map::of;

    static AccountForm of(Account a) {
        AccountForm f = new AccountForm();
        f.version = a.getVersion();
        f.username = a.getUsername();
        f.displayName = a.getDisplayName();
        f.role = a.getRole();
        f.departmentId = a.getDepartment() == null ? null : a.getDepartment().getId();
        f.enabled = a.isEnabled();
        return f;
    }

    AccountCommands.Create toCreate() {
        return new AccountCommands.Create(username, displayName, role, departmentId, service, password);
    }

    AccountCommands.Update toUpdate() {
        return new AccountCommands.Update(displayName, role, departmentId, enabled, version);
    }

    /** Where {@link #describe} finds department names (read only when a conflict is shown). */
    AccountForm departmentNames(Supplier<Map<Long, String>> names) {
        this.departmentNames = names;
        return this;
    }

    /** Field label keys → values; the role and the state as their words' keys (the conflict view resolves them). */
    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("account.displayName", displayName);
        d.put("account.role", role == null ? null : role.messageKey());
        d.put("account.department", departmentId == null ? null : departmentNames.get().get(departmentId));
        d.put("account.enabled", AccountState.of(enabled).messageKey());
        return d;
    }

    @Override
    public boolean setsPassword() {
        return !service;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? null : displayName.strip();
    }

    /** Never written back into a page. */
    void clearPasswords() {
        password = null;
        passwordConfirm = null;
    }
}
