package kr.innotrack.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A Korean 보고서 as content, independent of the file format: a title, byline lines (date, author), numbered sections
 * (「1. 개요」) and under them the 공문 levels 「□」, 「○」, 「-」, plain paragraphs and tables. Each feature module builds
 * its own from its own queries; {@link HwpxWriter} writes it as a 한글 document.
 */
public final class ReportDocument {

    /** The outline levels of a 공문 보고서, each with its mark and indent (in the writer). */
    public enum Level {
        /** 「1. 개요」: numbered by the document. */
        SECTION(""),
        /** 「□ …」 */
        BOX("□ "),
        /** 「○ …」 */
        CIRCLE("○ "),
        /** 「- …」 */
        DASH("- "),
        /** A paragraph without a mark. */
        TEXT("");

        private final String mark;

        Level(String mark) {
            this.mark = mark;
        }

        public String mark() {
            return mark;
        }
    }

    /** One block of the body, in order. */
    public sealed interface Block permits Line, TableBlock {
    }

    /** A paragraph at a level; the text already carries its mark or section number ({@link #text()}). */
    public record Line(Level level, String text) implements Block {
    }

    public record TableBlock(ReportTable table) implements Block {
    }

    private final String title;
    private final List<String> byline = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();
    private boolean landscape;
    private int sections;

    private ReportDocument(String title) {
        this.title = Objects.requireNonNull(title);
    }

    public static ReportDocument titled(String title) {
        return new ReportDocument(title);
    }

    /** A line under the title (right-aligned): the date, the organization, who wrote it. */
    public ReportDocument byline(String line) {
        byline.add(line);
        return this;
    }

    /** A4 landscape (가로) instead of portrait. */
    public ReportDocument landscape() {
        this.landscape = true;
        return this;
    }

    /** The next numbered section: 「1. 개요」, 「2. …」. */
    public ReportDocument section(String heading) {
        sections++;
        blocks.add(new Line(Level.SECTION, sections + ". " + heading));
        return this;
    }

    public ReportDocument box(String text) {
        return line(Level.BOX, text);
    }

    public ReportDocument circle(String text) {
        return line(Level.CIRCLE, text);
    }

    public ReportDocument dash(String text) {
        return line(Level.DASH, text);
    }

    public ReportDocument paragraph(String text) {
        return line(Level.TEXT, text);
    }

    public ReportDocument table(ReportTable table) {
        blocks.add(new TableBlock(Objects.requireNonNull(table)));
        return this;
    }

    private ReportDocument line(Level level, String text) {
        blocks.add(new Line(level, level.mark() + (text == null ? "" : text)));
        return this;
    }

    public String title() {
        return title;
    }

    public List<String> bylines() {
        return Collections.unmodifiableList(byline);
    }

    public List<Block> blocks() {
        return Collections.unmodifiableList(blocks);
    }

    public boolean isLandscape() {
        return landscape;
    }

    /** A date as Korean official documents write it: 「2021. 6. 30.」 (empty for none). */
    public static String date(java.time.LocalDate day) {
        return day == null ? "" : day.getYear() + ". " + day.getMonthValue() + ". " + day.getDayOfMonth() + ".";
    }

    /** Every text of the document in order (title, byline, lines, table cells): what a reader would search. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        texts.add(title);
        texts.addAll(byline);
        for (Block b : blocks) {
            if (b instanceof Line l) {
                texts.add(l.text());
            } else if (b instanceof TableBlock t) {
                t.table().rows().forEach(r -> r.cells().forEach(c -> texts.add(c.text())));
            }
        }
        return texts;
    }
}
