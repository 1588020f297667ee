package kr.innotrack.shared.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean particles (조사) chosen from the sound the preceding word ends with: 이/가, 을/를, 은/는, 과/와, 으로/로 and the
 * copula's 이 (「…(이)라는」). Messages write the neutral form right after a placeholder ({@code {0}이(가)},
 * {@code {0}을(를)}, {@code {0}은(는)}, {@code {0}와(과)}, {@code {0}(으)로}, {@code {0}(이)라는}); {@link #resolve}
 * rewrites it once the arguments are in, and {@link ParticleMessageSource} does so for every message of the app.
 *
 * <p>How the end of a word is read: closing quotes, brackets and spaces are skipped (「‘종료’(으)로」 reads 종료); a
 * Hangul syllable by its final consonant (받침), ㄹ apart because it takes 로, not 으로; a digit as the Korean number
 * (1 일, 2 이, 3 삼, … 0 영/십/백/천/만: the last digit decides); {@code %} as 퍼센트; a Latin letter by its English name
 * (L and R end in ㄹ, M and N in a consonant, every other letter in a vowel: KPI 케이피아이), except a lower-case word's
 * final r, read as in the word (viewer 뷰어). Anything else (Hanja,
 * other signs) is unknown and the neutral form stays as written.
 */
public final class Josa {

    /** How a word ends, as far as particles care. */
    public enum Ending {
        VOWEL, RIEUL, CONSONANT, UNKNOWN
    }

    private static final String CLOSERS = "’”」』)]）］〉》'\"`";

    // a neutral form glued to what precedes it; the copula's (이) and the (으) of 로/로서/로써 are followed by Hangul
    private static final Pattern NEUTRAL = Pattern.compile(
            "(?<=\\S)(?:이\\(가\\)|가\\(이\\)(?![가-힣])|을\\(를\\)|를\\(을\\)|은\\(는\\)|는\\(은\\)|와\\(과\\)|과\\(와\\)"
                    + "|\\(으\\)(?=[가-힣])|\\(이\\)(?=[가-힣]))");

    private Josa() {
    }

    /** The text with every neutral particle form replaced by the one the preceding word takes. */
    public static String resolve(String text) {
        if (text == null || text.indexOf('(') < 0) {
            return text;
        }
        Matcher m = NEUTRAL.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            Ending ending = ending(text, m.start());
            String chosen = choose(m.group(), ending);
            if (chosen == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, m.start()).append(chosen);
            copied = m.end();
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /**
     * The word followed by the particle it takes; {@code particle} is either form or the neutral one ({@code "을"},
     * {@code "를"}, {@code "을(를)"}, {@code "으로"}, {@code "(으)로"}, …). Used by templates through
     * {@code ${@messages.josa(word, '을')}}.
     */
    public static String attach(String word, String particle) {
        if (word == null) {
            return null;
        }
        String neutral = neutral(particle);
        return resolve(word + neutral);
    }

    private static String neutral(String particle) {
        return switch (particle) {
            case "이", "가", "이(가)", "가(이)" -> "이(가)";
            case "을", "를", "을(를)", "를(을)" -> "을(를)";
            case "은", "는", "은(는)", "는(은)" -> "은(는)";
            case "와", "과", "와(과)", "과(와)" -> "와(과)";
            case "로", "으로", "(으)로" -> "(으)로";
            default -> particle;
        };
    }

    private static String choose(String neutral, Ending ending) {
        if (ending == Ending.UNKNOWN) {
            return null;
        }
        boolean consonant = ending != Ending.VOWEL;
        return switch (neutral) {
            case "이(가)", "가(이)" -> consonant ? "이" : "가";
            case "을(를)", "를(을)" -> consonant ? "을" : "를";
            case "은(는)", "는(은)" -> consonant ? "은" : "는";
            case "와(과)", "과(와)" -> consonant ? "과" : "와";
            case "(으)" -> ending == Ending.CONSONANT ? "으" : "";
            case "(이)" -> consonant ? "이" : "";
            default -> null;
        };
    }

    /** How the text ends before {@code end} (exclusive). */
    public static Ending ending(CharSequence text, int end) {
        int i = end - 1;
        while (i >= 0) {
            char c = text.charAt(i);
            if (CLOSERS.indexOf(c) >= 0 || Character.isWhitespace(c)) {
                i--;
            } else if (c == '>' && tagStart(text, i) >= 0) {
                i = tagStart(text, i) - 1; // a closing tag in a message with markup: <strong>{0}</strong>을(를)
            } else {
                break;
            }
        }
        if (i < 0) {
            return Ending.UNKNOWN;
        }
        char last = text.charAt(i);
        if (last == 'r' && i > 0 && text.charAt(i - 1) >= 'a' && text.charAt(i - 1) <= 'z') {
            return Ending.VOWEL; // a lower-case word is read as a word: viewer 뷰어, not 뷰알
        }
        return ending(last);
    }

    private static int tagStart(CharSequence text, int close) {
        for (int i = close - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '<') {
                return i + 1 < close && (text.charAt(i + 1) == '/' || Character.isLetter(text.charAt(i + 1))) ? i : -1;
            }
            if (c == '>') {
                return -1;
            }
        }
        return -1;
    }

    /** How a word ending in this character sounds. */
    public static Ending ending(char c) {
        if (c >= '가' && c <= '힣') {
            int jong = (c - '가') % 28;
            return jong == 0 ? Ending.VOWEL : jong == 8 ? Ending.RIEUL : Ending.CONSONANT;
        }
        if (c >= '0' && c <= '9') {
            // 영(십 백 천 만) 일 이 삼 사 오 육 칠 팔 구
            return switch (c) {
                case '1', '7', '8' -> Ending.RIEUL;
                case '0', '3', '6' -> Ending.CONSONANT;
                default -> Ending.VOWEL;
            };
        }
        if (c == '%' || c == '％') {
            return Ending.VOWEL;
        }
        char letter = Character.toUpperCase(c);
        if (letter >= 'A' && letter <= 'Z') {
            return switch (letter) {
                case 'L', 'R' -> Ending.RIEUL;
                case 'M', 'N' -> Ending.CONSONANT;
                default -> Ending.VOWEL;
            };
        }
        return Ending.UNKNOWN;
    }
}
