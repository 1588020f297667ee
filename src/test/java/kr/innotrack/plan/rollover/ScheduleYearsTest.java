package kr.innotrack.plan.rollover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import kr.innotrack.plan.ParsedSchedule;
import kr.innotrack.plan.ScheduleParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleYearsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "2021. 6~7월|2022. 6~7월",
            "2021.4월|2022.4월",
            "'21. 10월~|'22. 10월~",
            "‘21. 5월|‘22. 5월",
            "2020.11월~2021.12월|2021.11월~2022.12월",
            "2021. 5월~ 2022. 4월|2022. 5월~ 2023. 4월",
            "2021. 3. 29. ~ 4. 21.|2022. 3. 29. ~ 4. 21.",
            "2022년|2023년",
            "6~7월|6~7월",
            "분기별 1회|분기별 1회",
            "연중|연중",
            "4월~11월/매월 넷째 주 수요일|4월~11월/매월 넷째 주 수요일",
            "(2회, 100명)|(2회, 100명)",
            "12021. 4월|12021. 4월"})
    void everyYearTheTextWritesMovesOnAndTextWithoutAYearStays(String before, String after) {
        assertThat(ScheduleYears.shift(before, 1)).isEqualTo(after);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"2021. 6~7월|2023. 6~7월", "'21. 10월~|'23. 10월~"})
    void aGapOfSeveralYearsMovesByTheGap(String before, String after) {
        assertThat(ScheduleYears.shift(before, 2)).isEqualTo(after);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"2021. 6~7월", "'21. 10월~", "6~7월", "2020.11월~2021.12월"})
    void theNewTextReadsInTheNewYearAsTheOldOneDidInItsYear(String text) {
        ParsedSchedule old = ScheduleParser.parse(text, 2021);
        ParsedSchedule moved = ScheduleParser.parse(ScheduleYears.shift(text, 1), 2022);
        assertThat(moved.start()).isEqualTo(old.start() == null ? null : old.start().plusYears(1));
        assertThat(moved.end()).isEqualTo(old.end() == null ? null : old.end().plusYears(1));
        assertThat(moved.start()).isNotNull().isAfterOrEqualTo(YearMonth.of(2021, 11));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"2099. 1월", "'99. 1월"})
    void aYearPastTheCenturyIsLeftAsWritten(String text) {
        assertThat(ScheduleYears.shift(text, 1)).isEqualTo(text);
        assertThat(ScheduleYears.shift(null, 1)).isNull();
    }
}
