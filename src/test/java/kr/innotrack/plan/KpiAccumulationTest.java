package kr.innotrack.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The achievement rule per accumulation type: 분기별 sums the year's quarters, 누계 and 시점 take the latest figure. */
class KpiAccumulationTest {

    private static List<BigDecimal> values(String spaced) {
        return spaced.isBlank() ? List.of() : Arrays.stream(spaced.trim().split(" +")).map(BigDecimal::new).toList();
    }

    @ParameterizedTest(name = "{0}: quarters [{1}], target {2} → {3}%")
    @CsvSource(nullValues = "-", textBlock = """
            PER_QUARTER,   2 3,     10, 50.0
            PER_QUARTER,   2 3 5,   10, 100.0
            CUMULATIVE,    2 5,     10, 50.0
            CUMULATIVE,    2 5 10,  10, 100.0
            POINT_IN_TIME, 80 70,   100, 70.0
            POINT_IN_TIME, 40 60 90, 100, 90.0
            """)
    void achievementByType(KpiAccumulation type, String quarters, BigDecimal target, BigDecimal expected) {
        BigDecimal figure = type.figure(values(quarters));
        assertThat(KpiAchievement.rate(null, target, figure, KpiDirection.INCREASE)).isEqualByComparingTo(expected);
    }

    @Test
    void theSameFiguresMeanDifferentAchievementsByType() {
        List<BigDecimal> q = values("4 4");
        assertThat(KpiAccumulation.PER_QUARTER.figure(q)).isEqualByComparingTo("8");
        assertThat(KpiAccumulation.CUMULATIVE.figure(q)).isEqualByComparingTo("4");
        assertThat(KpiAccumulation.POINT_IN_TIME.figure(q)).isEqualByComparingTo("4");
        assertThat(KpiAccumulation.PER_QUARTER.figure(List.of())).isNull();
        assertThat(KpiAccumulation.DEFAULT).isEqualTo(KpiAccumulation.CUMULATIVE);
    }

    @Test
    void aDecreasingPointInTimeKpiTakesTheLatestLevelWithItsBaseline() {
        // 협의기간 3일 → 1일: 2.5 then 2 ⇒ the latest, 2 days, is half-way
        BigDecimal figure = KpiAccumulation.POINT_IN_TIME.figure(values("2.5 2"));
        assertThat(KpiAchievement.rate(new BigDecimal("3"), BigDecimal.ONE, figure, KpiDirection.DECREASE))
                .isEqualByComparingTo("50.0");
    }

    @Test
    void toDateTurnsQuarterlyValuesIntoRunningTotalsForTheCheckRounds() {
        Map<Integer, BigDecimal> byQuarter = Map.of(2, new BigDecimal("3"), 1, new BigDecimal("2"));
        assertThat(KpiAccumulation.PER_QUARTER.toDate(byQuarter))
                .containsExactly(Map.entry(1, new BigDecimal("2")), Map.entry(2, new BigDecimal("5")));
        assertThat(KpiAccumulation.CUMULATIVE.toDate(byQuarter))
                .containsExactly(Map.entry(1, new BigDecimal("2")), Map.entry(2, new BigDecimal("3")));
    }
}
