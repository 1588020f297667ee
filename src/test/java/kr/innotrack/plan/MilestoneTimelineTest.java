package kr.innotrack.plan;

import static kr.innotrack.plan.MilestoneTimeline.Cell.NONE;
import static kr.innotrack.plan.MilestoneTimeline.Cell.OPEN;
import static kr.innotrack.plan.MilestoneTimeline.Cell.PLANNED;
import static kr.innotrack.plan.MilestoneTimeline.Cell.RECURRING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MilestoneTimelineTest {

    private static MilestoneTimeline.Row row(String text) {
        ParsedSchedule p = ScheduleParser.parse(text, 2021);
        return MilestoneTimeline.of(p.start(), p.end(), p.months(), p.recurrence(), 2021);
    }

    @Test
    void monthRangeFillsItsMonths() {
        assertThat(row("2021. 6~7월").cells())
                .containsExactly(NONE, NONE, NONE, NONE, NONE, PLANNED, PLANNED, NONE, NONE, NONE, NONE, NONE);
    }

    @Test
    void separateMonthsFillOnlyThoseMonths() {
        assertThat(row("2021. 4월, 7월, 11월").cells())
                .containsExactly(NONE, NONE, NONE, PLANNED, NONE, NONE, PLANNED, NONE, NONE, NONE, PLANNED, NONE);
    }

    @Test
    void openEndedRunsToTheEndOfTheYear() {
        MilestoneTimeline.Row row = row("'21. 10월~");
        assertThat(row.cells().subList(9, 12)).containsOnly(OPEN);
        assertThat(row.cells().subList(0, 9)).containsOnly(NONE);
        assertThat(row.after()).isFalse();
    }

    @Test
    void recurringWithoutDatesSpansTheYearAsRecurring() {
        assertThat(row("분기별 1회").cells()).containsOnly(RECURRING);
    }

    @Test
    void undatedShowsNothing() {
        MilestoneTimeline.Row row = row("해당 읍면동 감사 기간 중");
        assertThat(row.cells()).containsOnly(NONE);
        assertThat(row.outOfYear()).isFalse();
    }

    @Test
    void crossYearRangeIsClippedAndFlagged() {
        MilestoneTimeline.Row row = row("2020.11월~2021.12월");
        assertThat(row.cells()).containsOnly(PLANNED);
        assertThat(row.before()).isTrue();
        assertThat(row.after()).isFalse();

        MilestoneTimeline.Row next = row("2021. 5월~ 2022. 4월");
        assertThat(next.cells().subList(4, 12)).containsOnly(PLANNED);
        assertThat(next.after()).isTrue();
    }

    @Test
    void scheduleEntirelyInAnotherYearIsMarkedOutOfYear() {
        MilestoneTimeline.Row row = row("2022. 1월");
        assertThat(row.cells()).containsOnly(NONE);
        assertThat(row.outOfYear()).isTrue();
    }

    @Test
    void monthsOutsideThePlanYearAreIgnored() {
        MilestoneTimeline.Row row = MilestoneTimeline.of(YearMonth.of(2021, 11), YearMonth.of(2022, 2),
                List.of(YearMonth.of(2021, 11), YearMonth.of(2022, 2)), null, 2021);
        assertThat(row.cells().get(10)).isEqualTo(PLANNED);
        assertThat(row.cells().stream().filter(c -> c == PLANNED)).hasSize(1);
    }

    /** The task page's month cells, written in Java: the markup the template wrote cell by cell before. */
    @Test
    void cellsHtmlIsTheTablesMonthCells() {
        String html = row("2021. 6~7월").cellsHtml();
        assertThat(html).startsWith("<td class=\"m hide-narrow\" aria-hidden=\"true\" data-month=\"1\"></td>")
                .contains("<td class=\"m hide-narrow\" aria-hidden=\"true\" data-month=\"6\"><span class=\"PLANNED\"></span></td>"
                        + "<td class=\"m hide-narrow\" aria-hidden=\"true\" data-month=\"7\"><span class=\"PLANNED\"></span></td>"
                        + "<td class=\"m hide-narrow\" aria-hidden=\"true\" data-month=\"8\"></td>")
                .endsWith("data-month=\"12\"></td>");
        assertThat(html.split("<td ", -1)).hasSize(13);
        assertThat(row("분기별 1회").cellsHtml().split("<span class=\"RECURRING\"></span>", -1)).hasSize(13);
    }
}
