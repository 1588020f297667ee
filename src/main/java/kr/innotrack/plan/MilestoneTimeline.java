package kr.innotrack.plan;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Places a milestone on the twelve months of the plan year. */
public final class MilestoneTimeline {

    /** What one month cell of a timeline row shows. */
    public enum Cell {
        /** nothing planned this month */
        NONE,
        /** planned in this month */
        PLANNED,
        /** started earlier and still running, with no end month given */
        OPEN,
        /** a repeating or year-round activity with no months of its own */
        RECURRING
    }

    /**
     * @param cells      twelve cells, January to December of the plan year
     * @param before     the schedule starts before the plan year
     * @param after      the schedule runs past the plan year
     * @param outOfYear  dated, but entirely outside the plan year (shown by its text)
     */
    public record Row(List<Cell> cells, boolean before, boolean after, boolean outOfYear) {

        /**
         * The twelve month cells as the task page's table shows them, written once here rather than by twelve
         * template iterations per row: {@code <td class="m hide-narrow" aria-hidden="true" data-month="6"><span
         * class="PLANNED"></span></td>}, the span left out for an empty month. Only constant text: no escaping needed.
         */
        public String cellsHtml() {
            StringBuilder html = new StringBuilder(12 * 80);
            for (int i = 0; i < cells.size(); i++) {
                html.append("<td class=\"m hide-narrow\" aria-hidden=\"true\" data-month=\"").append(i + 1).append("\">");
                if (cells.get(i) != Cell.NONE) {
                    html.append("<span class=\"").append(cells.get(i).name()).append("\"></span>");
                }
                html.append("</td>");
            }
            return html.toString();
        }
    }

    private MilestoneTimeline() {
    }

    public static Row of(Milestone m, int planYear) {
        return of(m.getPlannedStart(), m.getPlannedEnd(), m.plannedMonthList(), m.getRecurrence(), planYear);
    }

    public static Row of(YearMonth start, YearMonth end, List<YearMonth> months, Recurrence recurrence, int year) {
        List<Cell> cells = new ArrayList<>(Collections.nCopies(12, Cell.NONE));
        YearMonth first = YearMonth.of(year, 1);
        YearMonth last = YearMonth.of(year, 12);
        if (start == null) {
            if (recurrence != null) {
                Collections.fill(cells, Cell.RECURRING);
            }
            return new Row(cells, false, false, false);
        }
        if (!months.isEmpty()) {
            months.stream().filter(ym -> ym.getYear() == year)
                    .forEach(ym -> cells.set(ym.getMonthValue() - 1, Cell.PLANNED));
        } else {
            Cell kind = end == null ? Cell.OPEN : Cell.PLANNED;
            YearMonth to = end == null ? last : (end.isAfter(last) ? last : end);
            YearMonth from = start.isBefore(first) ? first : start;
            for (YearMonth ym = from; !ym.isAfter(to); ym = ym.plusMonths(1)) {
                cells.set(ym.getMonthValue() - 1, kind);
            }
        }
        boolean before = start.isBefore(first);
        boolean after = end == null ? false : end.isAfter(last);
        boolean outOfYear = cells.stream().allMatch(c -> c == Cell.NONE);
        return new Row(cells, before, after, outOfYear);
    }
}
