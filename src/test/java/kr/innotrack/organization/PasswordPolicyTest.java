package kr.innotrack.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one password rule (KISA composition, BCrypt's 72 bytes, username, runs, common list). */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    private String refusal(String password, String username) {
        return policy.check(password, username).map(PasswordPolicy.Refusal::code).orElse("ok");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "aaaaaaaaaa|password.weak",            // one kind
            "1234567890|password.weak",
            "'          '|password.weak",          // ten spaces: one kind
            "abcdefghij|password.weak",
            "Tiger7Lily|ok",                       // three kinds, 10
            "tiger-lily-92|ok",                    // three kinds
            "Tg7!lily|ok",                         // three kinds, 8
            "Tg7lily|password.weak",               // three kinds, 7
            "tigerlilyx|password.weak",            // one kind, 10
            "tiger lily x|ok",                     // lower + space (special), 12
            "innotrack-demo|password.common",      // the demo password: usable to sign in, refused as a new one
            "Password123!|password.common",
            "P@ssw0rd99|password.common",
            "Qwer1234!x|password.sequence",
            "Tiger1111lily|password.sequence",
            "Tiger-dcba-lily|password.sequence",
            "xyAsdf!92kl|password.sequence",
            "Ab1Ab1Ab1Ab1|password.sequence",
            "Samcheok.Minwon!7|password.containsUsername",
            "go-minwon-42!|password.containsUsername"
    })
    void kisaRuleAndItsRefusals(String password, String expected) {
        assertThat(refusal(password, "samcheok.minwon")).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {65, 73, 100})
    void moreThan64CharactersIsRefusedNeverCut(int length) {
        String password = ("Tg7!" + "x".repeat(length)).substring(0, length);
        assertThat(refusal(password, "someone")).isEqualTo("password.tooLong");
    }

    @org.junit.jupiter.api.Test
    void moreThan72BytesIsRefused() {
        String korean = "가나다라마바사아자차카타파하거너더러머버서어저처커"; // 25 Hangul = 75 bytes
        assertThat(korean.codePointCount(0, korean.length())).isEqualTo(25);
        assertThat(refusal(korean + "A1", "someone")).isEqualTo("password.tooManyBytes");
        assertThat(refusal("가나다라마바사아자차A1b", "someone")).isEqualTo("ok"); // 33 bytes
    }

    @org.junit.jupiter.api.Test
    void controlCharactersAreRefused() {
        assertThat(refusal("Tiger7Lily\u0000", "someone")).isEqualTo("password.control");
        assertThat(refusal("Tiger7Lily\u202e", "someone")).isEqualTo("password.control");
        assertThat(policy.check("Tiger7Lily", null)).isEqualTo(Optional.empty());
    }
}
