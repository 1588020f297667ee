package kr.innotrack.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An office workbook (.xlsx) of formatted tables, written by streaming (SXSSF: only a window of rows is in memory, so
 * a plan's full task sheet or a long findings register costs the same memory as a short one). Each
 * {@link OfficeSheet} is one table: a title row merged across it, an optional subtitle (기준일, filters), one or two
 * header rows (grouped columns merged), the header frozen and repeated on every printed page, A4 landscape fitted to
 * the page width, thin borders, a grey header, typed cells. Use: {@code try (OfficeWorkbook wb = new OfficeWorkbook())
 * { wb.sheet(...).row(...); return wb.toBytes(); }}.
 */
public final class OfficeWorkbook implements AutoCloseable {

    /** Rows kept in memory per sheet; earlier rows are flushed to a temporary file. */
    static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final List<OfficeSheet> sheets = new ArrayList<>();
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final Map<OfficeColumn.Kind, CellStyle> body = new EnumMap<>(OfficeColumn.Kind.class);
    final CellStyle millionWonFraction;
    /** Body styles with Excel's quote prefix: a text that starts like a formula stays text, shown as written. */
    private final Map<OfficeColumn.Kind, CellStyle> quoted = new EnumMap<>(OfficeColumn.Kind.class);

    public OfficeWorkbook() {
        workbook.setCompressTempFiles(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title = workbook.createCellStyle();
        title.setFont(big);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        subtitle = workbook.createCellStyle();
        subtitle.setVerticalAlignment(VerticalAlignment.CENTER);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = bordered();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        for (OfficeColumn.Kind kind : OfficeColumn.Kind.values()) {
            CellStyle s = bordered();
            s.setVerticalAlignment(VerticalAlignment.TOP);
            if (kind.text()) {
                s.setWrapText(true);
            } else {
                s.setDataFormat(workbook.createDataFormat().getFormat(kind.format));
            }
            body.put(kind, s);
        }
        millionWonFraction = bordered();
        millionWonFraction.setVerticalAlignment(VerticalAlignment.TOP);
        millionWonFraction.setDataFormat(workbook.createDataFormat().getFormat(OfficeColumn.Kind.MILLION_WON_FRACTION));
    }

    CellStyle quoted(OfficeColumn.Kind kind) {
        return quoted.computeIfAbsent(kind, k -> {
            CellStyle s = workbook.createCellStyle();
            s.cloneStyleFrom(body.get(k));
            s.setQuotePrefixed(true);
            return s;
        });
    }

    private CellStyle bordered() {
        CellStyle s = workbook.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    /**
     * A new sheet holding one table. {@code name} is cut to Excel's 31 characters and cleared of the characters a
     * sheet name cannot hold; {@code subtitle} may be null.
     */
    public OfficeSheet sheet(String name, String title, String subtitle, List<OfficeColumn> columns) {
        OfficeSheet sheet = new OfficeSheet(this, workbook.createSheet(sheetName(name)), title, subtitle, columns);
        sheets.add(sheet);
        return sheet;
    }

    static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (clean.startsWith("'")) {
            clean = clean.substring(1);
        }
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }

    /** The finished file: column widths set from what each sheet holds, then written. */
    public byte[] toBytes() {
        sheets.forEach(OfficeSheet::finish);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.dispose();
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
