package kr.innotrack.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How slides are filled: rows packed by their height, long texts cut between words, chart labels wrapped. */
class SlideFitTest {

    @Test
    void rowsArePackedByLinesAndByCount() {
        assertThat(SlideFit.pages(List.of(1, 1, 1), 10, 8)).containsExactly(3);
        assertThat(SlideFit.pages(List.of(3, 3, 3, 3), 10, 8)).containsExactly(3, 1);
        assertThat(SlideFit.pages(java.util.Collections.nCopies(20, 1), 10, 8)).containsExactly(8, 8, 4);
        // a row higher than a whole slide still gets a slide of its own
        assertThat(SlideFit.pages(List.of(2, 12, 2), 10, 8)).containsExactly(1, 1, 1);
        assertThat(SlideFit.pages(List.of(), 10, 8)).containsExactly(0);
    }

    @Test
    void linesCountEveryParagraph() {
        assertThat(SlideFit.lines(null, 10)).isEqualTo(1);
        assertThat(SlideFit.lines("가".repeat(10), 10)).isEqualTo(1);
        assertThat(SlideFit.lines("가".repeat(11), 10)).isEqualTo(2);
        assertThat(SlideFit.lines("가\n나\n\n다", 10)).isEqualTo(4);
    }

    @Test
    void aLongTextIsCutBetweenWordsAndNothingIsLost() {
        String text = "비대면 교육으로 전환해 9월까지 실시하고 결과를 분기마다 점검회의에 보고합니다 ".repeat(6).strip();
        String[] parts = SlideFit.cut(text, 2, 20);
        assertThat(parts[1]).isNotNull();
        assertThat(SlideFit.lines(parts[0], 20)).isLessThanOrEqualTo(2);
        assertThat(parts[0]).doesNotEndWith(" ").doesNotContain("…");
        assertThat((parts[0] + " " + parts[1]).replace("\n", " ")).isEqualTo(text);
        assertThat(SlideFit.cut("짧은 원인", 2, 20)).containsExactly("짧은 원인", null);
        // paragraphs that fit stay whole; the next goes on
        assertThat(SlideFit.cut("첫째 줄\n둘째 줄\n셋째 줄", 2, 20)).containsExactly("첫째 줄\n둘째 줄", "셋째 줄");
    }

    @Test
    void chartSlidesAreThePagesStackedBarsWithLabelsWrappedNeverCut() {
        String config = DeckCharts.stacked(List.of("가. 참여 확대를 통한 사회문제 해결", "현재"),
                List.of(new kr.innotrack.shared.Charts.Series("완료", List.of(1L, 2L), "#2f8a49")), true, "과제 수");
        assertThat(config).isEqualTo(kr.innotrack.shared.Charts.bar(List.of("가. 참여 확대를 통한 사회문제 해결", "현재"),
                List.of(new kr.innotrack.shared.Charts.Series("완료", List.of(1L, 2L), "#2f8a49")), true, true, "과제 수"));
        assertThat(config).contains("[\"가. 참여 확대를 통한\",\"사회문제 해결\"]").contains("\"현재\"")
                .contains("\"precision\":0").contains("\"autoSkip\":false").contains("\"indexAxis\":\"y\"")
                .contains("\"stacked\":true").contains("과제 수");
        assertThat(DeckCharts.stacked(List.of("가. 분야"), List.of(), false, "과제 수")).contains("\"precision\":0")
                .contains("\"indexAxis\":\"x\"");
    }
}
