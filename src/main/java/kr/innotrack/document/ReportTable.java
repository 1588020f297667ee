package kr.innotrack.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A table of a {@link ReportDocument}: relative column widths, header rows (shaded, bold, centred, repeated on each
 * page; cells may span rows and columns), body rows and an optional total row. The grid is checked when a row is
 * added: every row must fill the columns left free by the spans above it.
 */
public final class ReportTable {

    public enum Align { LEFT, CENTER, RIGHT }

    public enum Kind { HEADER, BODY, TOTAL }

    /** A cell at its place in the grid (row and column of its top-left corner), with its spans. */
    public record Cell(String text, int row, int column, int rowSpan, int colSpan) {
    }

    /** A cell as given to the builder: its text and how many rows and columns it covers. */
    public record Span(String text, int rows, int columns) {

        public Span {
            if (rows < 1 || columns < 1) {
                throw new IllegalArgumentException("A cell covers at least one row and one column");
            }
        }
    }

    public record Row(Kind kind, List<Cell> cells) {
    }

    private final int[] widths;
    private final Align[] align;
    private final List<Row> rows = new ArrayList<>();
    /** Per column, how many rows below the current one are still covered by a cell spanning down. */
    private final int[] coveredBelow;

    private ReportTable(int[] widths) {
        if (widths.length == 0 || Arrays.stream(widths).anyMatch(w -> w <= 0)) {
            throw new IllegalArgumentException("A table needs columns of positive width");
        }
        this.widths = widths.clone();
        this.align = new Align[widths.length];
        Arrays.fill(align, Align.LEFT);
        this.coveredBelow = new int[widths.length];
    }

    /** A table with the given relative column widths (any unit: they are scaled to the page). */
    public static ReportTable withColumns(int... relativeWidths) {
        return new ReportTable(relativeWidths);
    }

    public static Span span(String text, int rows, int columns) {
        return new Span(text, rows, columns);
    }

    /** Body alignment of a column (headers are centred). */
    public ReportTable align(int column, Align a) {
        align[column] = a;
        return this;
    }

    /** Right-aligns the given columns (numbers). */
    public ReportTable numeric(int... columns) {
        for (int c : columns) {
            align[c] = Align.RIGHT;
        }
        return this;
    }

    public ReportTable header(String... texts) {
        return add(Kind.HEADER, spans(texts));
    }

    public ReportTable header(Span... cells) {
        return add(Kind.HEADER, Arrays.asList(cells));
    }

    public ReportTable row(String... texts) {
        return add(Kind.BODY, spans(texts));
    }

    public ReportTable row(List<String> texts) {
        return add(Kind.BODY, spans(texts.toArray(String[]::new)));
    }

    public ReportTable total(String... texts) {
        return add(Kind.TOTAL, spans(texts));
    }

    private static List<Span> spans(String... texts) {
        return Arrays.stream(texts).map(t -> new Span(t, 1, 1)).toList();
    }

    private ReportTable add(Kind kind, List<Span> spans) {
        if (kind == Kind.HEADER && rows.stream().anyMatch(r -> r.kind() != Kind.HEADER)) {
            throw new IllegalStateException("Header rows come before the body");
        }
        int rowIndex = rows.size();
        List<Cell> cells = new ArrayList<>();
        int column = 0;
        int[] coveredNow = coveredBelow.clone();
        for (Span s : spans) {
            while (column < widths.length && coveredNow[column] > 0) {
                column++;
            }
            if (column + s.columns() > widths.length) {
                throw new IllegalArgumentException("Row " + rowIndex + " has more cells than the table has columns");
            }
            for (int c = column; c < column + s.columns(); c++) {
                if (coveredNow[c] > 0) {
                    throw new IllegalArgumentException("Cell overlaps a cell spanning from above in row " + rowIndex);
                }
                coveredBelow[c] = s.rows();
            }
            cells.add(new Cell(s.text() == null ? "" : s.text(), rowIndex, column, s.rows(), s.columns()));
            column += s.columns();
        }
        boolean[] filled = new boolean[widths.length];
        for (int c = 0; c < widths.length; c++) {
            filled[c] = coveredNow[c] > 0;
        }
        cells.forEach(x -> Arrays.fill(filled, x.column(), x.column() + x.colSpan(), true));
        for (int c = 0; c < widths.length; c++) {
            if (!filled[c]) {
                throw new IllegalArgumentException("Row " + rowIndex + " leaves column " + c + " empty");
            }
        }
        for (int c = 0; c < widths.length; c++) {
            coveredBelow[c] = Math.max(0, coveredBelow[c] - 1);
        }
        rows.add(new Row(kind, List.copyOf(cells)));
        return this;
    }

    /** Whether a cell still spans below the last row (the table is not complete). */
    public boolean spansBeyondLastRow() {
        return Arrays.stream(coveredBelow).anyMatch(c -> c > 0);
    }

    public List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }

    public int columnCount() {
        return widths.length;
    }

    public int[] widths() {
        return widths.clone();
    }

    public Align align(int column) {
        return align[column];
    }

    public int headerRows() {
        return (int) rows.stream().filter(r -> r.kind() == Kind.HEADER).count();
    }
}
