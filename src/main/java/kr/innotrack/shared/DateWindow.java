package kr.innotrack.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.validation.Errors;

/**
 * The one range for every date and month a person enters about a plan: from January of the plan year − 2 to December
 * of the plan year + 5 (a plan's schedule, revised months, due dates, reference dates and deadlines all fall there).
 * A form's own stricter rules (a deadline near its reference date, a completion date not in the future) come on top.
 * Applied in every form's {@code validate}, so a value the app accepts is always one its edit forms accept again.
 */
public final class DateWindow {

    public static final int YEARS_BEFORE = 2;
    public static final int YEARS_AFTER = 5;

    private DateWindow() {
    }

    public static int firstYear(int planYear) {
        return planYear - YEARS_BEFORE;
    }

    public static int lastYear(int planYear) {
        return planYear + YEARS_AFTER;
    }

    public static boolean contains(int planYear, int year) {
        return year >= firstYear(planYear) && year <= lastYear(planYear);
    }

    /** Rejects the field (unless it already has an error) when the date lies outside the plan's window. */
    public static void check(Errors errors, String field, LocalDate date, int planYear) {
        if (date != null && !contains(planYear, date.getYear()) && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "date.range", new Object[] {firstYear(planYear), lastYear(planYear)}, null);
        }
    }

    public static void check(Errors errors, String field, YearMonth month, int planYear) {
        if (month != null && !contains(planYear, month.getYear()) && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "month.range", new Object[] {firstYear(planYear), lastYear(planYear)}, null);
        }
    }
}
