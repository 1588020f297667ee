package kr.innotrack.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The chart rules every page shares: labels wrapped, never skipped; counts on whole-number ticks; stacks side by side. */
class ChartsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode bar(List<String> labels, List<Charts.Series> series, boolean horizontal) {
        return JSON.readTree(Charts.bar(labels, series, true, horizontal, "과제"));
    }

    @Test
    void longLabelsAreWrappedBetweenWordsNeverCut() {
        assertThat(Charts.wrap("다. 참여 확대를 통한 사회문제 해결")).isEqualTo(List.of("다. 참여 확대를 통한", "사회문제 해결"));
        assertThat(Charts.wrap("기획예산담당관")).isEqualTo("기획예산담당관");
        // a word longer than a line keeps a line of its own, whole
        assertThat(Charts.wrap("가 국민이체감할수있는공공서비스혁신 추진")).isEqualTo(List.of("가", "국민이체감할수있는공공서비스혁신", "추진"));
        JsonNode chart = bar(List.of("다. 참여 확대를 통한 사회문제 해결", "총무과"),
                List.of(new Charts.Series("완료", List.of(1, 2), Charts.GREEN)), true);
        assertThat(chart.at("/data/labels/0").isArray()).isTrue();
        StringBuilder joined = new StringBuilder();
        for (JsonNode line : chart.at("/data/labels/0")) {
            joined.append(joined.isEmpty() ? "" : " ").append(line.asString());
        }
        assertThat(joined).hasToString("다. 참여 확대를 통한 사회문제 해결");
        assertThat(chart.at("/data/labels/1").asString()).isEqualTo("총무과");
    }

    @Test
    void everyCategoryKeepsItsLabel() {
        JsonNode horizontal = bar(List.of("가과", "나과"), List.of(new Charts.Series("점수", List.of(1.5, 2.5), Charts.BLUE)), true);
        assertThat(horizontal.at("/options/scales/y/ticks/autoSkip").asBoolean(true)).isFalse();
        JsonNode vertical = bar(List.of("1월", "2월"), List.of(new Charts.Series("계획", List.of(1L, 2L), Charts.GREY)), false);
        assertThat(vertical.at("/options/scales/x/ticks/autoSkip").asBoolean(true)).isFalse();
    }

    @Test
    void countsHaveWholeNumberTicksAmountsAndScoresDoNot() {
        JsonNode counts = bar(List.of("가과"), List.of(new Charts.Series("완료", List.of(1L), Charts.GREEN),
                new Charts.Series("지연", List.of(0), Charts.RED)), true);
        assertThat(counts.at("/options/scales/x/ticks/precision").asInt(-1)).isZero();
        JsonNode scores = bar(List.of("가과"), List.of(new Charts.Series("점수", List.of(12.5), Charts.BLUE)), true);
        assertThat(scores.at("/options/scales/x/ticks/precision").isMissingNode()).isTrue();
        JsonNode money = bar(List.of("1분기"), List.of(new Charts.Series("집행", List.of(new BigDecimal("1.5")), Charts.BLUE)), false);
        assertThat(money.at("/options/scales/y/ticks/precision").isMissingNode()).isTrue();
    }

    @Test
    void aSeriesInAnotherStackStandsBesideTheStackedOnes() {
        JsonNode chart = bar(List.of("가"), List.of(new Charts.Series("예정", List.of(3L), Charts.GREY, "status"),
                new Charts.Series("완료", List.of(1L), Charts.GREEN, "status"),
                new Charts.Series("기한 경과", List.of(2L), Charts.RED, "overdue")), true);
        assertThat(chart.at("/data/datasets/0/stack").asString()).isEqualTo("status");
        assertThat(chart.at("/data/datasets/2/stack").asString()).isEqualTo("overdue");
        JsonNode plain = bar(List.of("가"), List.of(new Charts.Series("완료", List.of(1L), Charts.GREEN)), true);
        assertThat(plain.at("/data/datasets/0/stack").isMissingNode()).isTrue();
    }
}
