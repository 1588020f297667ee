package kr.innotrack.organization;

import kr.innotrack.shared.web.RejectedInput;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one password rule, for account creation, an admin's reset, a person's own change and the first-admin bootstrap
 * (KISA 패스워드 선택 및 이용 안내서 / 소프트웨어 보안약점 「취약한 비밀번호 허용」):
 * <ul>
 *   <li>at least 10 characters of two kinds, or 8 of three kinds (영문 대문자, 소문자, 숫자, 특수문자 — any other
 *       character, Hangul and space included, counts as 특수문자);</li>
 *   <li>at most 64 characters and 72 bytes in UTF-8 (BCrypt reads no further: refused, never cut);</li>
 *   <li>no control characters;</li>
 *   <li>not containing the username or a part of it (split at . _ -) of four or more characters;</li>
 *   <li>no run of four identical, consecutive (1234, dcba) or keyboard-adjacent (qwer, asdf) characters, and not one
 *       short piece repeated (abcabcabc);</li>
 *   <li>not in the bundled list of common passwords ({@code security/common-passwords.txt}), also after removing
 *       leading and trailing digits and symbols and undoing simple substitutions.</li>
 * </ul>
 * Existing hashes (the demo accounts') are not re-checked: the rule applies when a password is set.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_TWO_KINDS = 10;
    public static final int MIN_THREE_KINDS = 8;
    public static final int MAX_CHARACTERS = 64;
    public static final int MAX_BYTES = 72;
    private static final String[] KEYBOARD_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890"};

    /** Why a password is refused: a message code of messages.properties and its arguments. */
    public record Refusal(String code, Object... args) {
    }

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the common password list", e);
        }
        return Set.copyOf(words);
    }

    /** The same check for a form: a refusal goes beside the {@code password} field. */
    public void require(String password, String username) {
        check(password, username).ifPresent(refusal -> {
            throw new RejectedInput("password", refusal.code(), refusal.args());
        });
    }

    /** The first rule the password breaks, if any. */
    public Optional<Refusal> check(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of(new Refusal("password.required"));
        }
        if (password.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.FORMAT)) {
            return Optional.of(new Refusal("password.control"));
        }
        int length = password.codePointCount(0, password.length());
        if (length > MAX_CHARACTERS) {
            return Optional.of(new Refusal("password.tooLong", MAX_CHARACTERS));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(new Refusal("password.tooManyBytes", MAX_BYTES));
        }
        int kinds = kinds(password);
        if (!(kinds >= 3 && length >= MIN_THREE_KINDS) && !(kinds >= 2 && length >= MIN_TWO_KINDS)) {
            return Optional.of(new Refusal("password.weak", MIN_TWO_KINDS, MIN_THREE_KINDS));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && containsUsername(lower, username.toLowerCase(Locale.ROOT))) {
            return Optional.of(new Refusal("password.containsUsername"));
        }
        if (hasRun(lower) || repeatsOnePiece(lower)) {
            return Optional.of(new Refusal("password.sequence"));
        }
        if (isCommon(lower)) {
            return Optional.of(new Refusal("password.common"));
        }
        return Optional.empty();
    }

    static int kinds(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    private static boolean containsUsername(String lowerPassword, String username) {
        if (username.isBlank()) {
            return false;
        }
        if (lowerPassword.contains(username)) {
            return true;
        }
        for (String part : username.split("[._-]")) {
            if (part.length() >= 4 && lowerPassword.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** Four identical (aaaa), consecutive (1234, dcba) or keyboard-adjacent (qwer, lkjh) characters in a row. */
    static boolean hasRun(String s) {
        int same = 1;
        int up = 1;
        int down = 1;
        for (int i = 1; i < s.length(); i++) {
            char prev = s.charAt(i - 1);
            char c = s.charAt(i);
            same = c == prev ? same + 1 : 1;
            up = c == prev + 1 ? up + 1 : 1;
            down = c == prev - 1 ? down + 1 : 1;
            if (same >= 4 || up >= 4 || down >= 4) {
                return true;
            }
        }
        for (int i = 0; i + 4 <= s.length(); i++) {
            String piece = s.substring(i, i + 4);
            String reversed = new StringBuilder(piece).reverse().toString();
            for (String row : KEYBOARD_ROWS) {
                if (row.contains(piece) || row.contains(reversed)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The whole password is one piece of at most half its length, repeated (abcabcabc, 12121212). */
    static boolean repeatsOnePiece(String s) {
        for (int unit = 1; unit <= s.length() / 2; unit++) {
            if (s.length() % unit == 0 && s.substring(0, unit).repeat(s.length() / unit).equals(s)) {
                return true;
            }
        }
        return false;
    }

    private boolean isCommon(String lower) {
        String core = lower.replaceAll("^[^a-z]+|[^a-z]+$", "");
        String plain = lower.replace('@', 'a').replace('0', 'o').replace('1', 'l').replace('3', 'e')
                .replace('$', 's').replace('!', 'i');
        return common.contains(lower) || (core.length() >= 4 && common.contains(core)) || common.contains(plain)
                || common.contains(plain.replaceAll("^[^a-z]+|[^a-z]+$", ""));
    }
}
