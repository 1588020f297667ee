package kr.innotrack.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KpiAchievementTest {

    @ParameterizedTest(name = "{0}: baseline {1}, target {2}, actual {3} → {5}%")
    @CsvSource(nullValues = "-", textBlock = """
            개방 데이터 수 86→88,             86,  88,  87,  INCREASE, 50.0
            개방 데이터 수 달성,              86,  88,  88,  INCREASE, 100.0
            초과 달성,                        86,  88,  90,  INCREASE, 200.0
            기준 미달,                        86,  88,  85,  INCREASE, -50.0
            협의기간 3일→1일,                 3,   1,   2,   DECREASE, 50.0
            협의기간 목표 달성,               3,   1,   1,   DECREASE, 100.0
            기준 없음 수신률 70%,             -,   70,  56,  INCREASE, 80.0
            기준 없음 하향 지표,              -,   10,  20,  DECREASE, 50.0
            취업률 0%→60%,                    0,   60,  30,  INCREASE, 50.0
            """)
    void rate(String name, BigDecimal baseline, BigDecimal target, BigDecimal actual, KpiDirection direction,
              BigDecimal expected) {
        assertThat(KpiAchievement.rate(baseline, target, actual, direction)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            86, 88, -, INCREASE
            -,  0,  5, INCREASE
            -,  10, 0, DECREASE
            """)
    void noRateWithoutAMeaningfulActual(BigDecimal baseline, BigDecimal target, BigDecimal actual,
                                        KpiDirection direction) {
        assertThat(KpiAchievement.rate(baseline, target, actual, direction)).isNull();
    }
}
