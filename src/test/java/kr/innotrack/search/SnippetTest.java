package kr.innotrack.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void theFirstTextHoldingTheQueryGivesTheSnippetWithTheMatchApart() {
        Snippet s = Snippet.of(Arrays.asList(null, "제목", "스마트 민원처리센터를\n구축한다"), "민원");
        assertThat(s).isEqualTo(new Snippet("스마트 ", "민원", "처리센터를 구축한다"));
    }

    @Test
    void latinLettersMatchInAnyCaseAndKeepTheirOwnCase() {
        assertThat(Snippet.of(List.of("SmartCity 플랫폼"), "smartcity").match()).isEqualTo("SmartCity");
    }

    @Test
    void longTextsAreCutAroundTheMatch() {
        String text = "가".repeat(100) + "민원" + "나".repeat(200);
        Snippet s = Snippet.of(List.of(text), "민원");
        assertThat(s.before()).startsWith("…").hasSize(Snippet.BEFORE + 1);
        assertThat(s.after()).endsWith("…").hasSize(Snippet.AFTER + 1);
    }

    @Test
    void withoutTheQueryInAnyTextTheFirstTextIsShownUnmarked() {
        Snippet s = Snippet.of(List.of("", "기획조정실"), "협업부서");
        assertThat(s).isEqualTo(new Snippet("기획조정실", "", ""));
    }

    @Test
    void thePatternEscapesTheWildcardsAndTheEscape() {
        assertThat(new SearchQuery("10%_A\\b", 1L, false).pattern()).isEqualTo("%10\\%\\_a\\\\b%");
    }
}
