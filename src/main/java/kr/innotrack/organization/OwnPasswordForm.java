package kr.innotrack.organization;

import kr.innotrack.shared.text.RawText;
import lombok.Getter;
import lombok.Setter;

/** A person changing their own password: the current one, then the new one twice. Never trimmed or echoed back. */
@Getter
@Setter
@PasswordsMatch
public class OwnPasswordForm implements PasswordsMatch.TypedTwice {

    @RawText
    private String currentPassword;

    @RawText
    private String password;

    @RawText
    private String passwordConfirm;

    void clear() {
        currentPassword = null;
        password = null;
        passwordConfirm = null;
    }
}
