package kr.innotrack.organization;

import kr.innotrack.shared.text.RawText;

/** A person changing their own password: the current one, then the new one twice. Never trimmed or echoed back. */
public class OwnPasswordForm {

    @RawText
    private String currentPassword;

    @RawText
    private String password;

    @RawText
    private String passwordConfirm;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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

    void clear() {
        currentPassword = null;
        password = null;
        passwordConfirm = null;
    }
}
