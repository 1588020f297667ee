package kr.innotrack.plan.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import kr.innotrack.plan.ParsedSchedule;
import kr.innotrack.plan.Recurrence;
import kr.innotrack.plan.ScheduleParser;
import kr.innotrack.support.AppMessages;
import org.junit.jupiter.api.Test;

/** The words the live preview shows for a typed schedule line, read by the app's own ScheduleParser. */
class SchedulePreviewTest {

    private static SchedulePreview typed(String text) {
        return SchedulePreview.of(text, ScheduleParser.parse(text, 2021), AppMessages.messages());
    }

    @Test
    void aRangeOfMonthsInOneYearNamesTheYearOnce() {
        assertThat(typed("2021. 6~7월").text()).isEqualTo("2021년 6월 ~ 7월");
        assertThat(typed("2021. 6~7월").readable()).isTrue();
    }

    @Test
    void oneMonthIsOneMonth() {
        assertThat(typed("2021. 12월").text()).isEqualTo("2021년 12월");
    }

    @Test
    void aRangeAcrossTheYearNamesBothYears() {
        SchedulePreview p = SchedulePreview.of("x", new ParsedSchedule(YearMonth.of(2021, 11), YearMonth.of(2022, 2),
                List.of(), null), AppMessages.messages());
        assertThat(p.text()).isEqualTo("2021년 11월 ~ 2022년 2월");
    }

    @Test
    void separateMonthsAreListedWithTheYearOnlyWhereItChanges() {
        SchedulePreview p = SchedulePreview.of("x", new ParsedSchedule(YearMonth.of(2021, 4), YearMonth.of(2022, 1),
                List.of(YearMonth.of(2021, 4), YearMonth.of(2021, 7), YearMonth.of(2022, 1)), null),
                AppMessages.messages());
        assertThat(p.text()).isEqualTo("2021년 4월, 7월, 2022년 1월");
    }

    @Test
    void anOpenEndedLineSaysFrom() {
        SchedulePreview p = SchedulePreview.of("x", new ParsedSchedule(YearMonth.of(2021, 10), null, List.of(), null),
                AppMessages.messages());
        assertThat(p.text()).isEqualTo("2021년 10월부터");
    }

    @Test
    void aRecurrenceIsNamedAsRepeating() {
        assertThat(typed("분기별 1회").text()).isEqualTo("분기별 (반복)");
        assertThat(typed("연중").text()).isEqualTo("연중 (반복)");
        SchedulePreview both = SchedulePreview.of("x", new ParsedSchedule(YearMonth.of(2021, 5), YearMonth.of(2021, 11),
                List.of(YearMonth.of(2021, 5), YearMonth.of(2021, 8), YearMonth.of(2021, 11)), Recurrence.QUARTERLY),
                AppMessages.messages());
        assertThat(both.text()).isEqualTo("2021년 5월, 8월, 11월 · 분기별 (반복)");
    }

    @Test
    void textWithoutMonthsOrRecurrenceAsksForTheMonths() {
        SchedulePreview p = typed("추후 결정");
        assertThat(p.readable()).isFalse();
        assertThat(p.blank()).isFalse();
        assertThat(p.text()).isEqualTo("월을 읽을 수 없습니다. 아래에 시작·종료 월을 입력하세요.");
        assertThat(typed("  ").blank()).isTrue();
        assertThat(typed(null).readable()).isFalse();
    }
}
