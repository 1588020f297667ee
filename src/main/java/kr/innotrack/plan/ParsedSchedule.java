package kr.innotrack.plan;

import java.time.YearMonth;
import java.util.List;

/**
 * What a schedule line such as {@code 2021. 6~7월} or {@code 분기별(2021. 5월,8월,11월)} says.
 *
 * @param start      first planned month, or null when the text names none
 * @param end        last planned month; null when open-ended ({@code '21. 10월~}) or undated
 * @param months     the individual months when the text lists months that are not one unbroken run
 *                   ({@code 2021. 4월, 7월, 11월}); empty otherwise
 * @param recurrence repetition the text states, or null
 */
public record ParsedSchedule(YearMonth start, YearMonth end, List<YearMonth> months, Recurrence recurrence) {

    public static final ParsedSchedule UNDATED = new ParsedSchedule(null, null, List.of(), null);

    public ParsedSchedule {
        months = List.copyOf(months);
    }

    public boolean openEnded() {
        return start != null && end == null;
    }
}
