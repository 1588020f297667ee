package kr.innotrack.plan;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the schedule text of a plan's 추진일정 lines as written by Korean local governments.
 *
 * <p>Forms handled (each one appears in the seeded plans): single months ({@code 2021. 4월}, {@code 2021.4월},
 * {@code '21. 5월}, {@code 2019.07월}), month ranges within a year ({@code 2021. 6~7월}, {@code 2021.7월~9월}),
 * ranges across years ({@code 2020.11월~2021.12월}, {@code 2021. 5월~ 2022. 4월}), open ends ({@code '21. 10월~},
 * {@code 2021.7월부터}), day-level dates ({@code 2021. 3. 29. ~ 4. 21.}, {@code 2021.4.20까지}), lists of months or
 * ranges ({@code 2021. 4월, 7월, 11월}, {@code 2021. 3~5월, 6~8월, 9~11월}), a bare year ({@code 2022년}), months
 * without a year (taken in the plan year: {@code 4월~11월/매월 넷째 주 수요일}), and recurrences (분기별, 매월,
 * 월 1회, 매주, 반기별, 상·하반기, 연중, 수시). Counts such as {@code (2회, 100명)}, {@code 4주간} or {@code 2박3일}
 * are not dates and are ignored.
 */
public final class ScheduleParser {

    // one token at a time: a year ('21, "21, 2021 + optional 년/.), a number with its unit, or a separator
    private static final Pattern TOKEN = Pattern.compile(
            "(?<year>(?:20\\d{2})|(?:'\\d{2}))(?![\\d])\\s*(?<yunit>년|\\.)?"
                    + "|(?<num>\\d{1,2})(?!\\d)\\s*(?<unit>월|\\.|주|회|명|박|일|개|시|차|건)?"
                    + "|(?<sep>[~,])"
                    + "|(?<from>부터)");

    private static final Pattern QUARTERLY = Pattern.compile("분기|(?<![가-힣])기별");
    private static final Pattern MONTHLY = Pattern.compile("매월|월\\s*1\\s*회");
    private static final Pattern WEEKLY = Pattern.compile("매주");
    private static final Pattern HALF_YEARLY = Pattern.compile("반기별|상\\s*[·ㆍ.]?\\s*하반기");

    private ScheduleParser() {
    }

    public static ParsedSchedule parse(String text, int planYear) {
        if (text == null || text.isBlank()) {
            return ParsedSchedule.UNDATED;
        }
        String normalized = text.replace('‘', '\'').replace('’', '\'')
                .replace('“', '\'').replace('”', '\'').replace('"', '\'')
                .replace('∼', '~').replace('～', '~');
        List<Item> items = readItems(normalized, planYear);
        Recurrence recurrence = recurrenceOf(normalized);
        if (items.isEmpty() && recurrence == null) {
            items = halfYear(normalized, planYear);
        }
        if (items.isEmpty()) {
            return new ParsedSchedule(null, null, List.of(), recurrence);
        }
        YearMonth start = items.get(0).start;
        Item last = items.get(items.size() - 1);
        YearMonth end = last.open ? null : last.end;
        return new ParsedSchedule(start, end, discreteMonths(items), recurrence);
    }

    private static final Pattern FIRST_HALF = Pattern.compile("(?<![·ㆍ.])상반기");
    private static final Pattern SECOND_HALF = Pattern.compile("(?<![·ㆍ.상])하반기");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})|'(\\d{2})");

    /** "'16. 상반기" is January to June of that year, "'16. 하반기" July to December. */
    private static List<Item> halfYear(String text, int planYear) {
        boolean first = FIRST_HALF.matcher(text).find();
        boolean second = SECOND_HALF.matcher(text).find();
        if (first == second) {
            return List.of();
        }
        Matcher y = YEAR.matcher(text);
        int year = !y.find() ? planYear : y.group(1) != null ? Integer.parseInt(y.group(1)) : 2000 + Integer.parseInt(y.group(2));
        return List.of(first ? new Item(YearMonth.of(year, 1), YearMonth.of(year, 6), false)
                : new Item(YearMonth.of(year, 7), YearMonth.of(year, 12), false));
    }

    private static Recurrence recurrenceOf(String text) {
        if (text.contains("수시")) {
            return Recurrence.AS_NEEDED;
        }
        if (WEEKLY.matcher(text).find()) {
            return Recurrence.WEEKLY;
        }
        if (MONTHLY.matcher(text).find()) {
            return Recurrence.MONTHLY;
        }
        if (QUARTERLY.matcher(text).find()) {
            return Recurrence.QUARTERLY;
        }
        if (HALF_YEARLY.matcher(text).find()) {
            return Recurrence.HALF_YEARLY;
        }
        if (text.contains("연중")) {
            return Recurrence.YEAR_ROUND;
        }
        return null;
    }

    /** Items are single months or ranges, separated by commas; a range is two points joined by '~'. */
    private static List<Item> readItems(String text, int planYear) {
        List<Item> items = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int year = planYear;
        Integer yearOnly = null;        // a year given as "2022년" with no month after it
        YearMonth point = null;         // the month of the point being read
        YearMonth rangeStart = null;    // set after '~'
        boolean monthSeenInPoint = false;
        boolean pendingTilde = false;

        while (m.find()) {
            if (m.group("year") != null) {
                String y = m.group("year");
                year = y.startsWith("'") ? 2000 + Integer.parseInt(y.substring(1)) : Integer.parseInt(y);
                yearOnly = "년".equals(m.group("yunit")) ? year : null;
                monthSeenInPoint = false;
            } else if (m.group("num") != null) {
                String unit = m.group("unit");
                if (unit != null && !unit.equals("월") && !unit.equals(".")) {
                    continue; // a count (회, 명, 주, 박, 일 …), not a date
                }
                int n = Integer.parseInt(m.group("num"));
                if (!monthSeenInPoint && n >= 1 && n <= 12) {
                    point = YearMonth.of(year, n);
                    monthSeenInPoint = true;
                    yearOnly = null;
                }
                // a second number in the same point is the day of month: month precision is enough
            } else if (m.group("sep") != null) {
                String sep = m.group("sep");
                if (yearOnly != null && point == null) {
                    point = YearMonth.of(yearOnly, 1);
                    items.add(new Item(point, YearMonth.of(yearOnly, 12), false));
                    point = null;
                    yearOnly = null;
                }
                if (sep.equals("~")) {
                    if (point != null) {
                        rangeStart = point;
                        point = null;
                    }
                    pendingTilde = rangeStart != null;
                } else {
                    closePoint(items, rangeStart, point, pendingTilde);
                    rangeStart = null;
                    point = null;
                    pendingTilde = false;
                }
                monthSeenInPoint = false;
            } else if (m.group("from") != null) {
                if (point != null) {
                    rangeStart = point;
                    point = null;
                    pendingTilde = true;
                }
            }
        }
        if (yearOnly != null && point == null && rangeStart == null) {
            items.add(new Item(YearMonth.of(yearOnly, 1), YearMonth.of(yearOnly, 12), false));
        } else {
            closePoint(items, rangeStart, point, pendingTilde);
        }
        return items;
    }

    private static void closePoint(List<Item> items, YearMonth rangeStart, YearMonth point, boolean tilde) {
        if (rangeStart != null && point != null) {
            // "2021. 6~7월": the end month may carry no year of its own, but never runs backwards
            YearMonth end = point.isBefore(rangeStart) ? point.plusYears(1) : point;
            items.add(new Item(rangeStart, end, false));
        } else if (rangeStart != null && tilde) {
            items.add(new Item(rangeStart, null, true));
        } else if (point != null) {
            items.add(new Item(point, point, false));
        }
    }

    private static List<YearMonth> discreteMonths(List<Item> items) {
        if (items.size() < 2 || items.stream().anyMatch(i -> i.open)) {
            return List.of();
        }
        TreeSet<YearMonth> months = new TreeSet<>();
        for (Item item : items) {
            for (YearMonth ym = item.start; !ym.isAfter(item.end); ym = ym.plusMonths(1)) {
                months.add(ym);
            }
        }
        long span = months.first().until(months.last(), java.time.temporal.ChronoUnit.MONTHS) + 1;
        return span == months.size() ? List.of() : List.copyOf(months);
    }

    private record Item(YearMonth start, YearMonth end, boolean open) {
    }
}
