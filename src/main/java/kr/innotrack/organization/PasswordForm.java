package kr.innotrack.organization;

import kr.innotrack.shared.text.RawText;
import lombok.Getter;
import lombok.Setter;

/** An admin resetting an account's password: typed twice, never trimmed or echoed back. */
@Getter
@Setter
@PasswordsMatch
public class PasswordForm implements PasswordsMatch.TypedTwice {

    @RawText
    private String password;
    @RawText
    private String passwordConfirm;

    void clear() {
        password = null;
        passwordConfirm = null;
    }
}
