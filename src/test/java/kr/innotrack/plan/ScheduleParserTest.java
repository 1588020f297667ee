package kr.innotrack.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every distinct schedule form the Samcheok 2021 plan uses. Columns: text as written | start | end
 * ("open" = open-ended) | separate months | recurrence.
 */
class ScheduleParserTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", quoteCharacter = '`', textBlock = """
            2021. 6~7월                           | 2021-06 | 2021-07 | -                       | -
            2021. 4월                             | 2021-04 | 2021-04 | -                       | -
            2021.4월                              | 2021-04 | 2021-04 | -                       | -
            2021.4~8월                            | 2021-04 | 2021-08 | -                       | -
            2021.7월~9월                          | 2021-07 | 2021-09 | -                       | -
            2021. 5월 ~ 6월                       | 2021-05 | 2021-06 | -                       | -
            2021. 4월 ~ 2021. 8월                 | 2021-04 | 2021-08 | -                       | -
            2022. 1월 ~ 4월                       | 2022-01 | 2022-04 | -                       | -
            2021. 5월~ 2022. 4월                  | 2021-05 | 2022-04 | -                       | -
            2020.11월~2021.12월                   | 2020-11 | 2021-12 | -                       | -
            '21. 3월 ~ 5월                        | 2021-03 | 2021-05 | -                       | -
            '21. 1월                              | 2021-01 | 2021-01 | -                       | -
            ‘21. 4월 ~ 5월                        | 2021-04 | 2021-05 | -                       | -
            "21.4월                               | 2021-04 | 2021-04 | -                       | -
            '21. 10월~                            | 2021-10 | open    | -                       | -
            2021. 3월~                            | 2021-03 | open    | -                       | -
            2021. 4월 ~                           | 2021-04 | open    | -                       | -
            2021.7월부터                          | 2021-07 | open    | -                       | -
            2021. 5. 3 ~                          | 2021-05 | open    | -                       | -
            2021. 3. 29. ~ 4. 21.                 | 2021-03 | 2021-04 | -                       | -
            2021. 3. 8. ~ 6. 30.                  | 2021-03 | 2021-06 | -                       | -
            2021. 4. 28.                          | 2021-04 | 2021-04 | -                       | -
            2021.4.20까지                         | 2021-04 | 2021-04 | -                       | -
            2021.4.30.까지                        | 2021-04 | 2021-04 | -                       | -
            2021.5월 중                           | 2021-05 | 2021-05 | -                       | -
            2021. 2월중                           | 2021-02 | 2021-02 | -                       | -
            2021. 4월 출범                        | 2021-04 | 2021-04 | -                       | -
            2022. 1월(강원도)                     | 2022-01 | 2022-01 | -                       | -
            2019.07월                             | 2019-07 | 2019-07 | -                       | -
            2022년                                | 2022-01 | 2022-12 | -                       | -
            2021. 4월, 7월, 11월                  | 2021-04 | 2021-11 | 2021-04 2021-07 2021-11 | -
            2021. 2월, 5월, 8월                   | 2021-02 | 2021-08 | 2021-02 2021-05 2021-08 | -
            2021. 3~5월, 6~8월, 9~11월 (각 10주)  | 2021-03 | 2021-11 | -                       | -
            2021.3월~4월, 전 부서                 | 2021-03 | 2021-04 | -                       | -
            2021.10월 중(2박3일)                  | 2021-10 | 2021-10 | -                       | -
            2021.2월~12월/4주간                   | 2021-02 | 2021-12 | -                       | -
            2021. 2월 ~ 12월 (월1회)              | 2021-02 | 2021-12 | -                       | MONTHLY
            4월~11월/매월 넷째 주 수요일          | 2021-04 | 2021-11 | -                       | MONTHLY
            9월~12월/하반기에 순회 진행           | 2021-09 | 2021-12 | -                       | -
            분기별(2021. 5월,8월,11월)            | 2021-05 | 2021-11 | 2021-05 2021-08 2021-11 | QUARTERLY
            분기별 1회                            | -       | -       | -                       | QUARTERLY
            분기별 1회이상                        | -       | -       | -                       | QUARTERLY
            분기별                                | -       | -       | -                       | QUARTERLY
            기별 개최                             | -       | -       | -                       | QUARTERLY
            월 1회                                | -       | -       | -                       | MONTHLY
            매주 목요일                           | -       | -       | -                       | WEEKLY
            반기별(연 2회)                        | -       | -       | -                       | HALF_YEARLY
            상·하반기(2회, 100명)                 | -       | -       | -                       | HALF_YEARLY
            연중                                  | -       | -       | -                       | YEAR_ROUND
            수시                                  | -       | -       | -                       | AS_NEEDED
            연중수시, 시홈페이지                  | -       | -       | -                       | AS_NEEDED
            연중 수시                             | -       | -       | -                       | AS_NEEDED
            해당 읍면동 감사 기간 중              | -       | -       | -                       | -
            '16. 상반기                           | 2016-01 | 2016-06 | -                       | -
            '16. 하반기                           | 2016-07 | 2016-12 | -                       | -
            '16. 연중                             | -       | -       | -                       | YEAR_ROUND
            ‘16. 3월, 6월, 9월(분기별 운영)       | 2016-03 | 2016-09 | 2016-03 2016-06 2016-09 | QUARTERLY
            '17. 3월                              | 2017-03 | 2017-03 | -                       | -
            """)
    void readsTheScheduleAsWritten(String text, String start, String end, String months, Recurrence recurrence) {
        ParsedSchedule parsed = ScheduleParser.parse(text, 2021);

        assertThat(parsed.start()).as("start").isEqualTo(start == null ? null : YearMonth.parse(start));
        if ("open".equals(end)) {
            assertThat(parsed.openEnded()).as("open-ended").isTrue();
        } else {
            assertThat(parsed.end()).as("end").isEqualTo(end == null ? null : YearMonth.parse(end));
        }
        List<YearMonth> expectedMonths = months == null ? List.of()
                : Arrays.stream(months.split(" ")).map(YearMonth::parse).toList();
        assertThat(parsed.months()).as("months").isEqualTo(expectedMonths);
        assertThat(parsed.recurrence()).as("recurrence").isEqualTo(recurrence);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"-", "''", "'   '"})
    void emptyTextIsUndated(String text) {
        assertThat(ScheduleParser.parse(text, 2021)).isEqualTo(ParsedSchedule.UNDATED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            4월~11월/매월 넷째 주 수요일 | 2016 | 2016-04
            2021. 6~7월                  | 2016 | 2021-06
            """)
    void monthsWithoutAYearFallInThePlanYear(String text, int planYear, String start) {
        assertThat(ScheduleParser.parse(text, planYear).start()).isEqualTo(YearMonth.parse(start));
    }
}
