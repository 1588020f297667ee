package kr.innotrack.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.validation.Errors;

/**
 * The one range for every date and month a person enters about a plan: from January of the plan year − 2 to December
 * of five years after the later of the plan year and this year (a plan's schedule, revised months and due dates fall
 * there; a plan revisited years later can still be given a due date). The upper end only moves forward, so a value the
 * app accepted once is accepted again by every form that shows it. A form's own stricter rules (a round's reference
 * date within a year of the plan year, a deadline near it, a completion date not in the future) come on top.
 */
public final class DateWindow {

    public static final int YEARS_BEFORE = 2;
    public static final int YEARS_AFTER = 5;

    private DateWindow() {
    }

    public static int firstYear(int planYear) {
        return planYear - YEARS_BEFORE;
    }

    public static int lastYear(int planYear, LocalDate today) {
        return Math.max(planYear, today.getYear()) + YEARS_AFTER;
    }

    public static boolean contains(int planYear, LocalDate today, int year) {
        return year >= firstYear(planYear) && year <= lastYear(planYear, today);
    }

    /** Rejects the field (unless it already has an error) when the date lies outside the plan's window. */
    public static void check(Errors errors, String field, LocalDate date, int planYear, LocalDate today) {
        if (date != null && !contains(planYear, today, date.getYear()) && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "date.range", new Object[] {firstYear(planYear), lastYear(planYear, today)}, null);
        }
    }

    public static void check(Errors errors, String field, YearMonth month, int planYear, LocalDate today) {
        if (month != null && !contains(planYear, today, month.getYear()) && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "month.range", new Object[] {firstYear(planYear), lastYear(planYear, today)}, null);
        }
    }
}
