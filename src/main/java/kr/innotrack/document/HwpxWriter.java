package kr.innotrack.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.common.HWPXObject;
import kr.dogfoot.hwpxlib.object.common.ObjectList;
import kr.dogfoot.hwpxlib.object.common.compatibility.Case;
import kr.dogfoot.hwpxlib.object.common.compatibility.InSwitchObject;
import kr.dogfoot.hwpxlib.object.common.compatibility.Switch;
import kr.dogfoot.hwpxlib.object.content.header_xml.RefList;
import kr.dogfoot.hwpxlib.object.content.header_xml.enumtype.HorizontalAlign2;
import kr.dogfoot.hwpxlib.object.content.header_xml.enumtype.LineSpacingType;
import kr.dogfoot.hwpxlib.object.content.header_xml.enumtype.LineType2;
import kr.dogfoot.hwpxlib.object.content.header_xml.enumtype.LineWidth;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.BorderFill;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.CharPr;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.ParaPr;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.borderfill.Border;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.parapr.LineSpacing;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.parapr.ParaMargin;
import kr.dogfoot.hwpxlib.object.content.section_xml.SectionXMLFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.SubList;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.HeightRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.HorzAlign;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.HorzRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.LineWrapMethod;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.NumberingType;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.PageDirection;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TablePageBreak;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TextDirection;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TextFlowSide;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TextWrapMethod;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.VertAlign;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.VertRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.VerticalAlign2;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.WidthRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Run;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Table;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tc;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tr;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.secpr.pagepr.PagePr;
import kr.dogfoot.hwpxlib.tool.blankfilemaker.BlankFileMaker;
import kr.dogfoot.hwpxlib.writer.HWPXWriter;

/**
 * Writes a {@link ReportDocument} as a 한글 document (.hwpx, OWPML) with hwpxlib: hwpxlib's blank document (its
 * fonts 함초롬바탕/돋움 and styles) plus the report's character shapes (title, section, 「□」, table header), paragraph
 * shapes (centred, right, the indents of 「□」, 「○」, 「-」) and cell borders (solid, header shaded); tables with
 * addressed cells, spans, sizes from the column widths and repeated header rows; the page A4 portrait or landscape.
 * The package is then rewritten so that {@code mimetype} is its first entry and stored uncompressed, as OWPML asks
 * (hwpxlib deflates it).
 */
public final class HwpxWriter {

    /** The media type of an OWPML package: the content of its {@code mimetype} entry. */
    public static final String MIME_TYPE = "application/hwp+zip";

    /** A4 in HWPUNIT (1/7200 inch), as 한글 writes it: the portrait sheet; landscape turns it. */
    static final int A4_WIDTH = 59528;
    static final int A4_HEIGHT = 84188;
    static final int MARGIN_SIDE = 5670;
    static final int MARGIN_TOP = 5670;
    static final int MARGIN_BOTTOM = 4252;
    static final int ROW_HEIGHT = 1800;

    // ids added to the blank document's header (it has char shapes 0-6, paragraph shapes 0-15, border fills 1-2)
    private static final String CHAR_TITLE = "7";
    private static final String CHAR_SECTION = "8";
    private static final String CHAR_BOX = "9";
    private static final String CHAR_BODY = "10";
    private static final String CHAR_CELL = "11";
    private static final String CHAR_CELL_BOLD = "12";
    private static final String PARA_TITLE = "16";
    private static final String PARA_BYLINE = "17";
    private static final String PARA_SECTION = "18";
    private static final String PARA_BOX = "19";
    private static final String PARA_CIRCLE = "20";
    private static final String PARA_DASH = "21";
    private static final String PARA_TEXT = "22";
    private static final String PARA_CELL_LEFT = "23";
    private static final String PARA_CELL_CENTER = "24";
    private static final String PARA_CELL_RIGHT = "25";
    private static final String PARA_TABLE = "26";
    private static final String BORDER_CELL = "3";
    private static final String BORDER_HEAD = "4";

    private final AtomicLong ids = new AtomicLong(1_000_000_000L);

    private HwpxWriter() {
    }

    /** The document as the bytes of a .hwpx file. */
    public static byte[] write(ReportDocument document) {
        try {
            HWPXFile file = new HwpxWriter().build(document);
            return mimetypeFirstAndStored(HWPXWriter.toBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("The HWPX document could not be written", e);
        }
    }

    private HWPXFile build(ReportDocument document) {
        HWPXFile file = BlankFileMaker.make();
        addShapes(file.headerXMLFile().refList());
        SectionXMLFile section = file.sectionXMLFileList().get(0);
        Para first = section.getPara(0);
        PagePr page = first.getRun(0).secPr().pagePr();
        page.width(A4_WIDTH);
        page.height(A4_HEIGHT);
        page.landscape(document.isLandscape() ? PageDirection.NARROWLY : PageDirection.WIDELY);
        page.margin().left(MARGIN_SIDE);
        page.margin().right(MARGIN_SIDE);
        page.margin().top(MARGIN_TOP);
        page.margin().bottom(MARGIN_BOTTOM);
        int textWidth = (document.isLandscape() ? A4_HEIGHT : A4_WIDTH) - 2 * MARGIN_SIDE;

        // the first paragraph carries the section and column definitions: the title goes into it
        first.paraPrIDRef(PARA_TITLE);
        first.removeLineSegArray();
        first.getRun(0).removeAllRunItems();
        first.getRun(0).addNewCtrl().addNewColPr();
        fixColumns(first);
        Run title = first.addNewRun();
        title.charPrIDRef(CHAR_TITLE);
        title.addNewT().addText(xmlSafe(document.title()));

        document.bylines().forEach(line -> paragraph(section, PARA_BYLINE, CHAR_BODY, line));
        for (ReportDocument.Block block : document.blocks()) {
            if (block instanceof ReportDocument.Line line) {
                switch (line.level()) {
                    case SECTION -> paragraph(section, PARA_SECTION, CHAR_SECTION, line.text());
                    case BOX -> paragraph(section, PARA_BOX, CHAR_BOX, line.text());
                    case CIRCLE -> paragraph(section, PARA_CIRCLE, CHAR_BODY, line.text());
                    case DASH -> paragraph(section, PARA_DASH, CHAR_BODY, line.text());
                    case TEXT -> paragraph(section, PARA_TEXT, CHAR_BODY, line.text());
                }
            } else if (block instanceof ReportDocument.TableBlock t) {
                table(section, t.table(), textWidth);
            }
        }
        return file;
    }

    /** The blank document's one column, as 한글 writes it. */
    private static void fixColumns(Para first) {
        var colPr = ((kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Ctrl) first.getRun(0).getRunItem(0))
                .getCtrlItem(0);
        var c = (kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.ctrl.ColPr) colPr;
        c.id("");
        c.type(kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.MultiColumnType.NEWSPAPER);
        c.layout(kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.ColumnDirection.LEFT);
        c.colCount(1);
        c.sameSz(true);
        c.sameGap(0);
    }

    private String nextId() {
        return String.valueOf(ids.incrementAndGet());
    }

    /** The text without characters XML 1.0 forbids (one would make the whole section unreadable to 한글). */
    static String xmlSafe(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF && (c & 0xFFFE) != 0xFFFE))
                .forEach(b::appendCodePoint);
        return b.toString();
    }

    private void paragraph(SectionXMLFile section, String paraPr, String charPr, String text) {
        String[] lines = (text == null ? "" : text).split("\\R", -1);
        for (String line : lines) {
            Para p = section.addNewPara();
            init(p, paraPr);
            Run r = p.addNewRun();
            r.charPrIDRef(charPr);
            r.addNewT().addText(xmlSafe(line));
        }
    }

    private void init(Para p, String paraPr) {
        p.id(nextId());
        p.paraPrIDRef(paraPr);
        p.styleIDRef("0");
        p.pageBreak(false);
        p.columnBreak(false);
        p.merged(false);
    }

    // ---------------------------------------------------------------- tables

    private void table(SectionXMLFile section, ReportTable model, int textWidth) {
        if (model.spansBeyondLastRow()) {
            throw new IllegalStateException("A cell of the table spans below its last row");
        }
        int[] widths = scaled(model.widths(), textWidth);
        Para holder = section.addNewPara();
        init(holder, PARA_TABLE);
        Run run = holder.addNewRun();
        run.charPrIDRef(CHAR_CELL);
        Table table = run.addNewTable();
        table.id(nextId());
        table.zOrder(0);
        table.numberingType(NumberingType.TABLE);
        table.textWrap(TextWrapMethod.TOP_AND_BOTTOM);
        table.textFlow(TextFlowSide.BOTH_SIDES);
        table.lock(false);
        table.dropcapstyle(kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.DropCapStyle.None);
        table.pageBreak(TablePageBreak.CELL);
        table.repeatHeader(model.headerRows() > 0);
        table.rowCnt((short) model.rows().size());
        table.colCnt((short) model.columnCount());
        table.cellSpacing(0);
        table.borderFillIDRef(BORDER_CELL);
        table.noAdjust(false);

        table.createSZ();
        table.sz().width((long) textWidth);
        table.sz().widthRelTo(WidthRelTo.ABSOLUTE);
        table.sz().height((long) ROW_HEIGHT * model.rows().size());
        table.sz().heightRelTo(HeightRelTo.ABSOLUTE);
        table.sz().protect(false);
        table.createPos();
        table.pos().treatAsChar(true);
        table.pos().affectLSpacing(false);
        table.pos().flowWithText(true);
        table.pos().allowOverlap(false);
        table.pos().holdAnchorAndSO(false);
        table.pos().vertRelTo(VertRelTo.PARA);
        table.pos().horzRelTo(HorzRelTo.COLUMN);
        table.pos().vertAlign(VertAlign.TOP);
        table.pos().horzAlign(HorzAlign.LEFT);
        table.pos().vertOffset(0L);
        table.pos().horzOffset(0L);
        table.createOutMargin();
        table.outMargin().set(0L, 0L, 0L, 283L);
        table.createInMargin();
        table.inMargin().set(510L, 510L, 141L, 141L);

        for (ReportTable.Row row : model.rows()) {
            Tr tr = table.addNewTr();
            boolean head = row.kind() == ReportTable.Kind.HEADER;
            boolean bold = head || row.kind() == ReportTable.Kind.TOTAL;
            for (ReportTable.Cell cell : row.cells()) {
                Tc tc = tr.addNewTc();
                tc.name("");
                tc.header(head);
                tc.hasMargin(false);
                tc.protect(false);
                tc.editable(false);
                tc.dirty(false);
                tc.borderFillIDRef(head || row.kind() == ReportTable.Kind.TOTAL ? BORDER_HEAD : BORDER_CELL);
                tc.createCellAddr();
                tc.cellAddr().colAddr((short) cell.column());
                tc.cellAddr().rowAddr((short) cell.row());
                tc.createCellSpan();
                tc.cellSpan().colSpan((short) cell.colSpan());
                tc.cellSpan().rowSpan((short) cell.rowSpan());
                long width = 0;
                for (int c = cell.column(); c < cell.column() + cell.colSpan(); c++) {
                    width += widths[c];
                }
                tc.createCellSz();
                tc.cellSz().width(width);
                tc.cellSz().height((long) ROW_HEIGHT * cell.rowSpan());
                tc.createCellMargin();
                tc.cellMargin().set(510L, 510L, 141L, 141L);
                tc.createSubList();
                SubList list = tc.subList();
                list.id("");
                list.textDirection(TextDirection.HORIZONTAL);
                list.lineWrap(LineWrapMethod.BREAK);
                list.vertAlign(VerticalAlign2.CENTER);
                list.linkListIDRef("0");
                list.linkListNextIDRef("0");
                list.textWidth(0);
                list.textHeight(0);
                list.hasTextRef(false);
                list.hasNumRef(false);
                String paraPr = head ? PARA_CELL_CENTER : switch (model.align(cell.column())) {
                    case LEFT -> PARA_CELL_LEFT;
                    case CENTER -> PARA_CELL_CENTER;
                    case RIGHT -> PARA_CELL_RIGHT;
                };
                for (String line : cell.text().split("\\R", -1)) {
                    Para p = list.addNewPara();
                    init(p, paraPr);
                    Run r = p.addNewRun();
                    r.charPrIDRef(bold ? CHAR_CELL_BOLD : CHAR_CELL);
                    r.addNewT().addText(xmlSafe(line));
                }
            }
        }
    }

    /** Relative widths scaled to the text width, the rounding left in the last column so they add up exactly. */
    static int[] scaled(int[] relative, int total) {
        long sum = 0;
        for (int w : relative) {
            sum += w;
        }
        int[] out = new int[relative.length];
        int used = 0;
        for (int i = 0; i < relative.length; i++) {
            out[i] = (int) (relative[i] * (long) total / sum);
            used += out[i];
        }
        out[out.length - 1] += total - used;
        return out;
    }

    // ---------------------------------------------------------------- shapes in the header

    private static void addShapes(RefList refs) {
        ObjectList<CharPr> chars = refs.charProperties();
        CharPr base = chars.get(0);
        chars.add(charPr(base, CHAR_TITLE, 2000, true));
        chars.add(charPr(base, CHAR_SECTION, 1500, true));
        chars.add(charPr(base, CHAR_BOX, 1300, true));
        chars.add(charPr(base, CHAR_BODY, 1200, false));
        chars.add(charPr(base, CHAR_CELL, 1000, false));
        chars.add(charPr(base, CHAR_CELL_BOLD, 1000, true));

        ObjectList<ParaPr> paras = refs.paraProperties();
        ParaPr basePara = paras.get(0);
        paras.add(paraPr(basePara, PARA_TITLE, HorizontalAlign2.CENTER, 0, 0, 0, 1200, 160));
        paras.add(paraPr(basePara, PARA_BYLINE, HorizontalAlign2.RIGHT, 0, 0, 0, 0, 160));
        paras.add(paraPr(basePara, PARA_SECTION, HorizontalAlign2.JUSTIFY, 0, 0, 1400, 400, 160));
        // hanging indents (내어쓰기): the first line starts at the level's margin, the wrapped ones after the mark
        paras.add(paraPr(basePara, PARA_BOX, HorizontalAlign2.JUSTIFY, 0, -1300, 600, 200, 160));
        paras.add(paraPr(basePara, PARA_CIRCLE, HorizontalAlign2.JUSTIFY, 1600, -1200, 200, 100, 160));
        paras.add(paraPr(basePara, PARA_DASH, HorizontalAlign2.JUSTIFY, 3000, -800, 0, 100, 160));
        paras.add(paraPr(basePara, PARA_TEXT, HorizontalAlign2.JUSTIFY, 0, 0, 0, 200, 160));
        paras.add(paraPr(basePara, PARA_CELL_LEFT, HorizontalAlign2.LEFT, 0, 0, 0, 0, 130));
        paras.add(paraPr(basePara, PARA_CELL_CENTER, HorizontalAlign2.CENTER, 0, 0, 0, 0, 130));
        paras.add(paraPr(basePara, PARA_CELL_RIGHT, HorizontalAlign2.RIGHT, 0, 0, 0, 0, 130));
        paras.add(paraPr(basePara, PARA_TABLE, HorizontalAlign2.LEFT, 0, 0, 200, 400, 130));

        ObjectList<BorderFill> fills = refs.borderFills();
        BorderFill baseFill = fills.get(1);
        fills.add(borderFill(baseFill, BORDER_CELL, null));
        fills.add(borderFill(baseFill, BORDER_HEAD, "#E5E5E5"));
    }

    private static CharPr charPr(CharPr base, String id, int height, boolean bold) {
        CharPr c = base.clone();
        c.id(id);
        c.height(height);
        if (bold) {
            c.createBold();
        } else {
            c.removeBold();
        }
        return c;
    }

    private static ParaPr paraPr(ParaPr base, String id, HorizontalAlign2 align, int left, int indent, int before,
                                 int after, int lineSpacingPercent) {
        ParaPr p = base.clone();
        p.id(id);
        p.align().horizontal(align);
        // 한글 keeps margins and line spacing in a compatibility switch: the real values in its case (HwpUnitChar),
        // the margins doubled in its default, as the blank document has them
        for (Switch sw : p.switchList()) {
            for (Case c : sw.caseObjects()) {
                spacing(c, 1, left, indent, before, after, lineSpacingPercent);
            }
            if (sw.defaultObject() != null) {
                spacing(sw.defaultObject(), 2, left, indent, before, after, lineSpacingPercent);
            }
        }
        return p;
    }

    private static void spacing(InSwitchObject in, int factor, int left, int indent, int before, int after,
                                int lineSpacingPercent) {
        for (HWPXObject child : in.children()) {
            if (child instanceof ParaMargin m) {
                m.intent().value(indent * factor);
                m.left().value(left * factor);
                m.right().value(0);
                m.prev().value(before * factor);
                m.next().value(after * factor);
            } else if (child instanceof LineSpacing l) {
                l.type(LineSpacingType.PERCENT);
                l.value(lineSpacingPercent);
            }
        }
    }

    private static BorderFill borderFill(BorderFill base, String id, String shade) {
        BorderFill b = base.clone();
        b.id(id);
        for (Border border : new Border[] {b.leftBorder(), b.rightBorder(), b.topBorder(), b.bottomBorder()}) {
            border.type(LineType2.SOLID);
            border.width(LineWidth.MM_0_12);
            border.color("#000000");
        }
        b.diagonal().type(LineType2.NONE);
        if (shade == null) {
            b.removeFillBrush();
        } else {
            if (b.fillBrush() == null) {
                b.createFillBrush();
            }
            if (b.fillBrush().winBrush() == null) {
                b.fillBrush().createWinBrush();
            }
            b.fillBrush().winBrush().faceColor(shade);
            b.fillBrush().winBrush().hatchColor("#999999");
            b.fillBrush().winBrush().alpha(0f);
        }
        return b;
    }

    // ---------------------------------------------------------------- the package

    /**
     * The same entries in the same order, {@code mimetype} first and STORED (no compression, so a reader can check
     * the type at a fixed offset), everything else deflated.
     */
    static byte[] mimetypeFirstAndStored(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 256);
        try (ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            byte[] mimetype = MIME_TYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mimetype.length);
            m.setCompressedSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            m.setCrc(crc.getValue());
            z.putNextEntry(m);
            z.write(mimetype);
            z.closeEntry();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    if (e.getName().equals("mimetype") || e.isDirectory()) {
                        continue;
                    }
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setMethod(ZipEntry.DEFLATED);
                    z.putNextEntry(copy);
                    in.transferTo(z);
                    z.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }
}
