package kr.innotrack.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.innotrack.shared.Role;

/** Creating an account (username and password set) or editing one (version set, no username change). */
public class AccountForm {

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

    Map<String, String> describe(Map<Long, String> departmentNames) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("이름", displayName);
        d.put("역할", role == null ? null : role.label());
        d.put("부서", departmentId == null ? null : departmentNames.get(departmentId));
        d.put("사용", enabled ? "사용" : "중지");
        return d;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? null : displayName.strip();
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isService() {
        return service;
    }

    public void setService(boolean service) {
        this.service = service;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordConfirm() {
        return passwordConfirm;
    }

    public void setPasswordConfirm(String passwordConfirm) {
        this.passwordConfirm = passwordConfirm;
    }
}
