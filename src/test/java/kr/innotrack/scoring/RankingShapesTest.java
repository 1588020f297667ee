package kr.innotrack.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.innotrack.support.AppMessages;
import org.junit.jupiter.api.Test;

/** The ranking's chart, CSV and API shapes, from a ranking built by hand (no database, no Spring). */
class RankingShapesTest {

    private static ScoreCalculator.DepartmentScore department(long id, String name, double milestone, double kpi,
                                                              Set<Component> filled, int rank,
                                                              ScoreCalculator.Standing standing) {
        double score = 0.6 * milestone + 0.4 * kpi;
        return new ScoreCalculator.DepartmentScore(id, name, score, Map.of(Component.MILESTONE, milestone,
                Component.KPI, kpi, Component.RATING, 0.0, Component.TIMELINESS, 0.0, Component.REMEDY, 0.0,
                Component.CONTEST, 0.0, Component.COLLABORATION, 0.0), filled, 0.75, List.of(), 1, rank, standing);
    }

    /** Milestones 60 %, KPIs 40 %, nothing else: two ranked departments and one listed apart. */
    private static ScoringQueries.Ranking ranking() {
        ScoringSettings settings = new ScoringSettings(60, 40, 0, 0, 0, 0, 0, 30, 100, 30, 70, 3, null, 50, true,
                java.math.BigDecimal.ZERO, true);
        return new ScoringQueries.Ranking(null, new ScoringQueries.ModelView(2, settings, settings.weights()),
                LocalDate.of(2021, 12, 31), false,
                List.of(department(1L, "가과", 80, 50, Set.of(), 1, ScoreCalculator.Standing.RANKED),
                        department(2L, "나,과", 50, 40, EnumSet.of(Component.KPI), 2, ScoreCalculator.Standing.RANKED)),
                List.of(department(3L, "다과", 10, 10, Set.of(), 0, ScoreCalculator.Standing.LOW_COVERAGE)),
                EnumSet.of(Component.MILESTONE, Component.KPI), false);
    }

    @Test
    void onlyWeighedComponentsAreShown() {
        assertThat(RankingChart.activeComponents(ranking())).containsExactly(Component.MILESTONE, Component.KPI);
    }

    @Test
    void chartStacksWeightTimesValuePerRankedDepartment() {
        String chart = RankingChart.of(ranking(), AppMessages.messages());
        assertThat(chart).contains("1. 가과").contains("2. 나,과").doesNotContain("다과")
                .contains("48").contains("16");
    }

    @Test
    void csvHasAHeaderWithWeightsAndARowPerDepartment() {
        String csv = RankingCsv.of(ranking(), AppMessages.messages());
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("순위,부서,점수,과제 수,자료 반영률(%),구분,")
                .contains("(60%)").contains("(40%)");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).startsWith("1,가과,");
        assertThat(lines[2]).startsWith("2,\"나,과\",").endsWith(",채움");
        assertThat(lines[3]).as("listed apart: no rank").startsWith(",다과,");
        assertThat(csv).endsWith("\r\n");
    }

    @Test
    void jsonScoreIsTheSumOfWeightTimesValue() {
        List<RankingJson.RankJson> ranked = RankingJson.ranked(ranking());
        assertThat(ranked).extracting(RankingJson.RankJson::rank).containsExactly(1, 2);
        for (RankingJson.RankJson row : ranked) {
            double sum = row.components().stream().mapToDouble(c -> c.weight() * c.value()).sum();
            assertThat(row.score()).isCloseTo(sum, within(1e-9));
            assertThat(row.components()).hasSize(Component.values().length);
        }
        assertThat(ranked.get(1).components()).filteredOn(RankingJson.ComponentJson::filled)
                .extracting(RankingJson.ComponentJson::name).containsExactly("KPI");
        List<RankingJson.RankJson> apart = RankingJson.insufficient(ranking());
        assertThat(apart).singleElement().satisfies(r -> {
            assertThat(r.rank()).isNull();
            assertThat(r.standing()).isEqualTo("LOW_COVERAGE");
        });
    }
}
