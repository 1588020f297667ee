package kr.innotrack.plan.rollover;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year rule of a roll-over: schedule text is copied as written, but every year it writes is moved on by the same
 * number of years as the plan («2021. 6~7월» → «2022. 6~7월», «'21. 10월~» → «'22. 10월~», «2020.11월~2021.12월» →
 * «2021.11월~2022.12월»). Text without a year («6~7월», «분기별 1회», «연중») stays as it is: the parser reads it in
 * the new plan's year. A year is what {@code ScheduleParser} reads as one: four digits 20xx, or an apostrophe and two
 * digits, not part of a longer number.
 */
final class ScheduleYears {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)|(['‘’\"“”])(\\d{2})(?!\\d)");

    private ScheduleYears() {
    }

    /** The text with every year it writes moved on by {@code years}; null stays null. */
    static String shift(String text, int years) {
        if (text == null || years == 0) {
            return text;
        }
        Matcher m = YEAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                int year = Integer.parseInt(m.group(1)) + years;
                replacement = year >= 2000 && year <= 2099 ? String.valueOf(year) : m.group(1);
            } else {
                int year = Integer.parseInt(m.group(3)) + years;
                replacement = year >= 0 && year <= 99 ? m.group(2) + String.format("%02d", year) : m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
