package kr.innotrack.document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import kr.innotrack.shared.web.SpreadsheetText;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * One table of an {@link OfficeWorkbook}: title (row 1, merged across the table), subtitle (row 2, if any), the
 * header (one row, or two where columns are grouped: the group merged across its columns, an ungrouped column's
 * header merged down both rows), then the rows given to {@link #row}. Column widths are computed here (SXSSF cannot
 * auto-size flushed rows): the widest line of each column with Hangul and other East Asian full-width characters
 * counted double, plus padding, capped per kind ({@link OfficeColumn.Kind}); text wraps beyond the cap.
 */
public final class OfficeSheet {

    /** A column is never narrower than this (characters). */
    static final int MIN_WIDTH = 6;

    private final OfficeWorkbook workbook;
    private final SXSSFSheet sheet;
    private final List<OfficeColumn> columns;
    private final int[] widths;
    private final int headerFirst;
    private final int headerLast;
    private int next;
    private int rows;

    OfficeSheet(OfficeWorkbook workbook, SXSSFSheet sheet, String title, String subtitle, List<OfficeColumn> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs a column");
        }
        this.workbook = workbook;
        this.sheet = sheet;
        this.columns = List.copyOf(columns);
        this.widths = new int[columns.size()];
        int last = columns.size() - 1;
        Row t = sheet.createRow(next++);
        t.setHeightInPoints(30);
        textCell(t, 0, title).setCellStyle(workbook.title);
        if (last > 0) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        }
        if (subtitle != null && !subtitle.isBlank()) {
            Row s = sheet.createRow(next++);
            textCell(s, 0, subtitle).setCellStyle(workbook.subtitle);
            if (last > 0) {
                sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
            }
        }
        headerFirst = next;
        boolean grouped = columns.stream().anyMatch(c -> c.group() != null);
        Row top = sheet.createRow(next++);
        Row bottom = grouped ? sheet.createRow(next++) : top;
        headerLast = bottom.getRowNum();
        for (int i = 0; i < columns.size(); i++) {
            OfficeColumn c = columns.get(i);
            widths[i] = Math.max(MIN_WIDTH, width(c.header()));
            if (!grouped) {
                headerCell(top, i, c.header());
                continue;
            }
            headerCell(top, i, c.group() == null ? c.header() : c.group());
            headerCell(bottom, i, c.group() == null ? null : c.header());
            if (c.group() == null) {
                sheet.addMergedRegion(new CellRangeAddress(headerFirst, headerLast, i, i));
            } else if (i == 0 || !c.group().equals(columns.get(i - 1).group())) {
                int end = i;
                while (end + 1 < columns.size() && c.group().equals(columns.get(end + 1).group())) {
                    end++;
                }
                if (end > i) {
                    sheet.addMergedRegion(new CellRangeAddress(headerFirst, headerFirst, i, end));
                }
            }
        }
        sheet.createFreezePane(0, headerLast + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerFirst, headerLast, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter("&P / &N");
    }

    /**
     * One row of the table, a value per column in order (fewer values leave the rest empty): text as
     * {@link CharSequence} (always through {@link SpreadsheetText}), numbers as {@link Number}, days as
     * {@link LocalDate}, months as {@link YearMonth}, moments as {@link LocalDateTime}; null is an empty cell.
     */
    public OfficeSheet row(Object... values) {
        if (values.length > columns.size()) {
            throw new IllegalArgumentException("more values than columns");
        }
        Row r = sheet.createRow(next++);
        rows++;
        for (int i = 0; i < columns.size(); i++) {
            OfficeColumn.Kind kind = columns.get(i).kind();
            Object v = i < values.length ? values[i] : null;
            Cell c;
            if (v == null) {
                c = r.createCell(i);
            } else if (v instanceof Number n) {
                c = r.createCell(i);
                c.setCellValue(n.doubleValue());
                widths[i] = Math.max(widths[i], numberWidth(n, kind));
            } else if (v instanceof LocalDate d) {
                c = r.createCell(i);
                c.setCellValue(d);
                widths[i] = Math.max(widths[i], 10);
            } else if (v instanceof YearMonth m) {
                c = r.createCell(i);
                c.setCellValue(m.atDay(1));
                widths[i] = Math.max(widths[i], 7);
            } else if (v instanceof LocalDateTime t) {
                c = r.createCell(i);
                c.setCellValue(t);
                widths[i] = Math.max(widths[i], 16);
            } else {
                String text = v.toString();
                c = textCell(r, i, text);
                widths[i] = Math.max(widths[i], width(text));
            }
            if (kind == OfficeColumn.Kind.MILLION_WON && v instanceof Number n && fraction(n)) {
                c.setCellStyle(workbook.millionWonFraction);
            } else {
                OfficeColumn.Kind styleKind = v == null || v instanceof Number
                        || v instanceof java.time.temporal.Temporal || kind.text() ? kind : OfficeColumn.Kind.TEXT;
                c.setCellStyle(formulaLike(v) ? workbook.quoted(styleKind) : workbook.body.get(styleKind));
            }
        }
        return this;
    }

    private static boolean fraction(Number n) {
        double d = n.doubleValue();
        return d != Math.rint(d);
    }

    /** How many rows {@link #row} wrote. */
    public int rows() {
        return rows;
    }

    /** The sheet's first row below the header (0-based), where the data begins. */
    public int firstDataRow() {
        return headerLast + 1;
    }

    void finish() {
        for (int i = 0; i < columns.size(); i++) {
            int cap = columns.get(i).kind().cap;
            sheet.setColumnWidth(i, Math.min(cap, widths[i] + 2) * 256);
        }
    }

    private void headerCell(Row r, int column, String text) {
        Cell c = text == null ? r.createCell(column) : textCell(r, column, text);
        c.setCellStyle(workbook.header);
    }

    /**
     * A text cell holds the text as written: a string cell is never evaluated, and one that starts like a formula
     * ({@link SpreadsheetText}'s rule) also gets Excel's quote prefix, so it stays text when someone edits it.
     */
    private static Cell textCell(Row r, int column, String text) {
        Cell c = r.createCell(column);
        if (text != null && !text.isEmpty()) {
            c.setCellValue(text);
        }
        return c;
    }

    private static boolean formulaLike(Object v) {
        if (v == null || v instanceof Number || v instanceof java.time.temporal.Temporal) {
            return false;
        }
        String text = v.toString();
        return !text.isEmpty() && !SpreadsheetText.neutralise(text).equals(text);
    }

    /**
     * The width a text takes in a cell, in characters of the default font: its longest line, Hangul, CJK and other
     * full-width characters counted double.
     */
    static int width(String text) {
        if (text == null) {
            return 0;
        }
        int longest = 0;
        int current = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                longest = Math.max(longest, current);
                current = 0;
            } else {
                current += wide(cp) ? 2 : 1;
            }
        }
        return Math.max(longest, current);
    }

    static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** A number's shown width: its digits with thousands separators and decimals, plus the unit of the format. */
    private static int numberWidth(Number n, OfficeColumn.Kind kind) {
        long whole = Math.abs((long) n.doubleValue());
        int digits = Long.toString(whole).length();
        int shown = digits + (digits - 1) / 3 + (n.doubleValue() < 0 ? 1 : 0);
        return switch (kind) {
            case MILLION_WON -> shown + 2 + 6;
            case THOUSAND_WON -> shown + 4;
            case PERCENT -> shown + 3;
            case DECIMAL, MEASURE -> shown + 4;
            default -> shown;
        };
    }
}
