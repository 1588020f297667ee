package kr.innotrack.document;

/**
 * One column of an office table: its header, the header group above it (adjacent columns with the same group share
 * one merged header cell; null: the column's header spans both header rows), and what its cells hold.
 */
public record OfficeColumn(String header, String group, Kind kind) {

    /** What a column's cells hold, and how they are shown. */
    public enum Kind {
        /** Text, kept on one line where it fits (wraps at the width cap). */
        TEXT(null, 40),
        /** Long text (details, causes, measures): a wider cap, wrapped. */
        LONG_TEXT(null, 60),
        /** A count or whole number: {@code #,##0}. */
        INTEGER("#,##0", 14),
        /** A year: a whole number without a thousands separator ({@code 2019}, never {@code 2,019}): {@code 0}. */
        YEAR("0", 8),
        /** A computed score (one decimal, as the pages show it; the cell keeps the full value): {@code #,##0.0}. */
        DECIMAL("#,##0.0", 14),
        /** A KPI value as entered (up to three decimals, no trailing zeros shown as such): {@code #,##0.###}. */
        MEASURE("#,##0.###", 16),
        /**
         * An amount in 백만원 as the plans write it, decimals only when there are any: {@code #,##0"백만원"}, or
         * {@code #,##0.0##"백만원"} for a cell with a fraction.
         */
        MILLION_WON("#,##0\"백만원\"", 18),
        /** An amount in 천원: {@code #,##0"천원"}. */
        THOUSAND_WON("#,##0\"천원\"", 18),
        /** A percentage given in percent points (40 is 40 %), as the pages show it: {@code 0.0"%"}. */
        PERCENT("0.0\"%\"", 12),
        /** A day: a real Excel date, {@code yyyy-mm-dd}. */
        DATE("yyyy-mm-dd", 12),
        /** A month (YearMonth): a real Excel date on the month's first day, shown {@code yyyy-mm}. */
        YEAR_MONTH("yyyy-mm", 10),
        /** A moment (LocalDateTime): a real Excel date and time, {@code yyyy-mm-dd hh:mm}. */
        DATE_TIME("yyyy-mm-dd hh:mm", 18);

        /** The format of a cell whose value has a fraction, for the kinds that show decimals only then. */
        static final String MILLION_WON_FRACTION = "#,##0.0##\"백만원\"";

        final String format;
        final int cap;

        Kind(String format, int cap) {
            this.format = format;
            this.cap = cap;
        }

        boolean text() {
            return format == null;
        }
    }

    public static OfficeColumn text(String header) {
        return new OfficeColumn(header, null, Kind.TEXT);
    }

    public static OfficeColumn longText(String header) {
        return new OfficeColumn(header, null, Kind.LONG_TEXT);
    }

    public static OfficeColumn year(String header) {
        return new OfficeColumn(header, null, Kind.YEAR);
    }

    public static OfficeColumn integer(String header) {
        return new OfficeColumn(header, null, Kind.INTEGER);
    }

    public static OfficeColumn decimal(String header) {
        return new OfficeColumn(header, null, Kind.DECIMAL);
    }

    public static OfficeColumn measure(String header) {
        return new OfficeColumn(header, null, Kind.MEASURE);
    }

    public static OfficeColumn millionWon(String header) {
        return new OfficeColumn(header, null, Kind.MILLION_WON);
    }

    public static OfficeColumn thousandWon(String header) {
        return new OfficeColumn(header, null, Kind.THOUSAND_WON);
    }

    public static OfficeColumn percent(String header) {
        return new OfficeColumn(header, null, Kind.PERCENT);
    }

    public static OfficeColumn date(String header) {
        return new OfficeColumn(header, null, Kind.DATE);
    }

    public static OfficeColumn yearMonth(String header) {
        return new OfficeColumn(header, null, Kind.YEAR_MONTH);
    }

    public static OfficeColumn dateTime(String header) {
        return new OfficeColumn(header, null, Kind.DATE_TIME);
    }

    /** The same column under a header group (the merged cell above it). */
    public OfficeColumn in(String headerGroup) {
        return new OfficeColumn(header, headerGroup, kind);
    }
}
