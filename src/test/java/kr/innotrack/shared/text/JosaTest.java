package kr.innotrack.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import kr.innotrack.shared.text.Josa.Ending;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JosaTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            점검이(가) 시작되었습니다           | 점검이 시작되었습니다
            2분기 점검이(가) 시작되었습니다      | 2분기 점검이 시작되었습니다
            보고회이(가) 시작되었습니다          | 보고회가 시작되었습니다
            점검 단계를 ‘종료’(으)로 바꿨습니다   | 점검 단계를 ‘종료’로 바꿨습니다
            점검 단계를 ‘준비’(으)로 바꿨습니다   | 점검 단계를 ‘준비’로 바꿨습니다
            점검 단계를 ‘진행’(으)로 바꿨습니다   | 점검 단계를 ‘진행’으로 바꿨습니다
            평가가 ‘부진’(으)로 바뀌었습니다      | 평가가 ‘부진’으로 바뀌었습니다
            부서를 기획실(으)로 통합했습니다      | 부서를 기획실로 통합했습니다
            계획을(를) 찾을 수 없습니다          | 계획을 찾을 수 없습니다
            과제을(를) 찾을 수 없습니다          | 과제를 찾을 수 없습니다
            점검 설정 변경은(는) 기록됩니다       | 점검 설정 변경은 기록됩니다
            기획부서은(는) 기록됩니다            | 기획부서는 기록됩니다
            사유 「예산 부족」와(과) 함께          | 사유 「예산 부족」과 함께
            사유 「일정 조정」와(과) 함께          | 사유 「일정 조정」과 함께
            사유 「중복」과(와) 함께              | 사유 「중복」과 함께
            사유 「오류」과(와) 함께              | 사유 「오류」와 함께
            「혁신」(이)라는 이름                 | 「혁신」이라는 이름
            「협업」(이)라는 이름                 | 「협업」이라는 이름
            「미래」(이)라는 이름                 | 「미래」라는 이름
            평가(이)라는 단계                    | 평가라는 단계
            부서가(이) 없습니다                  | 부서가 없습니다
            계획를(을) 찾을 수 없습니다          | 계획을 찾을 수 없습니다
            과제는(은) 없습니다                  | 과제는 없습니다
            기준 1이(가) 넘습니다                | 기준 1이 넘습니다
            기준 2이(가) 넘습니다                | 기준 2가 넘습니다
            1을(를) 더합니다                    | 1을 더합니다
            1(으)로 바꿨습니다                  | 1로 바꿨습니다
            3(으)로 바꿨습니다                  | 3으로 바꿨습니다
            10(으)로 바꿨습니다                 | 10으로 바꿨습니다
            2021-09-30(으)로 정했습니다          | 2021-09-30으로 정했습니다
            2021-09-25(으)로 정했습니다          | 2021-09-25로 정했습니다
            50%(으)로 바꿨습니다                | 50%로 바꿨습니다
            KPI을(를) 고쳤습니다                 | KPI를 고쳤습니다
            HTML은(는) 없습니다                  | HTML은 없습니다
            samcheok.admin(으)로 로그인           | samcheok.admin으로 로그인
            ops.bot(으)로 로그인                 | ops.bot로 로그인
            KPI-R(으)로 읽습니다                  | KPI-R로 읽습니다
            GPS은(는) 없습니다                   | GPS는 없습니다
            계정 samcheok.viewer을(를) 만들었습니다 | 계정 samcheok.viewer를 만들었습니다
            <strong>계획</strong>을(를) 닫습니다  | <strong>계획</strong>을 닫습니다
            ‘計劃’을(를) 봅니다                   | ‘計劃’을(를) 봅니다
            (으)로 시작하는 말                   | (으)로 시작하는 말
            """)
    void resolvesNeutralForms(String neutral, String resolved) {
        assertThat(Josa.resolve(neutral)).isEqualTo(resolved);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            계획 | 을 | 계획을
            과제 | 을 | 과제를
            과제 | 를 | 과제를
            점검 | 가 | 점검이
            서울 | 으로 | 서울로
            부산 | 로 | 부산으로
            회의 | 와 | 회의와
            결산 | 와(과) | 결산과
            """)
    void attachesAParticleToAWord(String word, String particle, String expected) {
        assertThat(Josa.attach(word, particle)).isEqualTo(expected);
    }

    @Property
    void aSyllableWithoutFinalConsonantTakesTheVowelForms(@ForAll("openSyllables") char syllable) {
        String word = "과" + syllable;
        assertThat(Josa.resolve(word + "이(가) " + word + "을(를) " + word + "은(는) " + word + "와(과) " + word + "(으)로"))
                .isEqualTo(word + "가 " + word + "를 " + word + "는 " + word + "와 " + word + "로");
    }

    @Property
    void aSyllableWithAFinalConsonantTakesTheConsonantForms(@ForAll("closedSyllables") char syllable) {
        String word = "과" + syllable;
        boolean rieul = (syllable - '가') % 28 == 8;
        assertThat(Josa.resolve(word + "이(가) " + word + "을(를) " + word + "은(는) " + word + "와(과) " + word + "(으)로"))
                .isEqualTo(word + "이 " + word + "을 " + word + "은 " + word + "과 " + word + (rieul ? "로" : "으로"));
    }

    @Property
    void aNumberIsReadByItsLastDigit(@ForAll @IntRange(min = 0, max = 1_000_000) int number) {
        String said = Josa.resolve(number + "이(가)");
        int last = number % 10;
        boolean consonant = last == 0 || last == 1 || last == 3 || last == 6 || last == 7 || last == 8;
        assertThat(said).isEqualTo(number + (consonant ? "이" : "가"));
    }

    @Property
    void closingQuotesAndBracketsDoNotDecide(@ForAll("closedSyllables") char syllable, @ForAll("closers") String closer) {
        assertThat(Josa.resolve("‘과" + syllable + closer + "을(를)")).endsWith(closer + "을");
    }

    @Property
    void textWithoutNeutralFormsIsLeftAlone(@ForAll @CharRange(from = '가', to = '힣') char a,
            @ForAll @CharRange(from = ' ', to = '~') char b) {
        String text = "" + a + b + a + " " + b;
        assertThat(Josa.resolve(text)).isEqualTo(text);
    }

    @Property
    void unknownEndingsKeepTheNeutralForm(@ForAll @CharRange(from = '一', to = '龥') char hanja) {
        assertThat(Josa.ending(hanja)).isEqualTo(Ending.UNKNOWN);
        assertThat(Josa.resolve(hanja + "이(가)")).isEqualTo(hanja + "이(가)");
    }

    @Provide
    Arbitrary<Character> openSyllables() {
        return Arbitraries.integers().between(0, 11171).filter(i -> i % 28 == 0).map(i -> (char) ('가' + i));
    }

    @Provide
    Arbitrary<Character> closedSyllables() {
        return Arbitraries.integers().between(0, 11171).filter(i -> i % 28 != 0).map(i -> (char) ('가' + i));
    }

    @Provide
    Arbitrary<String> closers() {
        return Arbitraries.of("’", "”", "」", "』", ")", "]", "'", "\"", "’)", "」」");
    }
}
