package kr.innotrack.document;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.ParaListCore;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Run;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.RunItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.T;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Table;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tc;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tr;
import kr.dogfoot.hwpxlib.reader.HWPXReader;

/** Test helpers: a produced .hwpx read back with hwpxlib (paragraph texts, tables) and its package checked. */
public final class HwpxFiles {

    private HwpxFiles() {
    }

    /** The file read back with hwpxlib (from a temporary file: the reader takes a path). */
    public static HWPXFile read(byte[] bytes) throws Exception {
        File tmp = File.createTempFile("innotrack", ".hwpx");
        try {
            Files.write(tmp.toPath(), bytes);
            return HWPXReader.fromFile(tmp);
        } finally {
            Files.deleteIfExists(tmp.toPath());
        }
    }

    /** The texts of the body's paragraphs (outside tables), in order. */
    public static List<String> paragraphs(HWPXFile file) {
        List<String> out = new ArrayList<>();
        ParaListCore section = file.sectionXMLFileList().get(0);
        for (int i = 0; i < section.countOfPara(); i++) {
            out.add(text(section.getPara(i)));
        }
        return out;
    }

    /** The body's tables, in order. */
    public static List<Table> tables(HWPXFile file) {
        List<Table> out = new ArrayList<>();
        ParaListCore section = file.sectionXMLFileList().get(0);
        for (int i = 0; i < section.countOfPara(); i++) {
            for (Run r : section.getPara(i).runs()) {
                for (RunItem item : r.runItems()) {
                    if (item instanceof Table t) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }

    /** A cell's text, its paragraphs joined by a line break. */
    public static String text(Tc cell) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < cell.subList().countOfPara(); i++) {
            lines.add(text(cell.subList().getPara(i)));
        }
        return String.join("\n", lines);
    }

    /** The table's rows as cell texts. */
    public static List<List<String>> rows(Table table) {
        List<List<String>> out = new ArrayList<>();
        for (int r = 0; r < table.countOfTr(); r++) {
            Tr tr = table.getTr(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < tr.countOfTc(); c++) {
                cells.add(text(tr.getTc(c)));
            }
            out.add(cells);
        }
        return out;
    }

    static String text(Para p) {
        StringBuilder b = new StringBuilder();
        for (Run r : p.runs()) {
            for (RunItem item : r.runItems()) {
                if (item instanceof T t && t.isOnlyText() && t.onlyText() != null) {
                    b.append(t.onlyText());
                }
            }
        }
        return b.toString();
    }

    /** The package's entries in order: name, method, content (for mimetype). */
    public record Entry(String name, int method, byte[] content) {

        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    public static List<Entry> entries(byte[] bytes) throws IOException {
        List<Entry> out = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.add(new Entry(e.getName(), e.getMethod(), in.readAllBytes()));
            }
        }
        return out;
    }

    /** Parses the entry as XML (namespace aware); throws if it is not well-formed. */
    public static org.w3c.dom.Document xml(Entry entry) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(entry.content()));
    }
}
