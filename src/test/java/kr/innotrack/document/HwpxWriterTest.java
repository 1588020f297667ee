package kr.innotrack.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.zip.ZipEntry;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Table;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tc;
import org.junit.jupiter.api.Test;

/** The report builder and its 한글 writer, without the application: levels, table grid, package shape. */
class HwpxWriterTest {

    static ReportDocument sample() {
        return ReportDocument.titled("2021년 2분기 추진상황 점검 결과 보고").landscape()
                .byline("2021. 7. 15. 삼척시")
                .section("개요")
                .box("점검 기준일: 2021. 6. 30.")
                .circle("대상 과제 3건")
                .dash("제출 3건\n미제출 0건")
                .section("추진 현황")
                .table(ReportTable.withColumns(30, 10, 10, 10)
                        .header(ReportTable.span("분야", 2, 1), ReportTable.span("평가", 1, 2),
                                ReportTable.span("계", 2, 1))
                        .header("우수", "부진")
                        .row("가. 일하는 방식", "1", "0", "1")
                        .row("나. 국민 참여", "0", "1", "1")
                        .total("합계", "1", "1", "2")
                        .numeric(1, 2, 3))
                .paragraph("끝.");
    }

    @Test
    void theDocumentReadsBackWithItsTitleLevelsAndTable() throws Exception {
        byte[] bytes = HwpxWriter.write(sample());
        HWPXFile file = HwpxFiles.read(bytes);
        List<String> paragraphs = HwpxFiles.paragraphs(file);
        assertThat(paragraphs.get(0)).isEqualTo("2021년 2분기 추진상황 점검 결과 보고");
        assertThat(paragraphs).contains("2021. 7. 15. 삼척시", "1. 개요", "□ 점검 기준일: 2021. 6. 30.", "○ 대상 과제 3건",
                "- 제출 3건", "미제출 0건", "2. 추진 현황", "끝.");

        List<Table> tables = HwpxFiles.tables(file);
        assertThat(tables).hasSize(1);
        Table t = tables.get(0);
        assertThat(t.rowCnt()).isEqualTo((short) 5);
        assertThat(t.colCnt()).isEqualTo((short) 4);
        assertThat(t.countOfTr()).isEqualTo(5);
        assertThat(HwpxFiles.rows(t)).containsExactly(List.of("분야", "평가", "계"), List.of("우수", "부진"),
                List.of("가. 일하는 방식", "1", "0", "1"), List.of("나. 국민 참여", "0", "1", "1"),
                List.of("합계", "1", "1", "2"));
        Tc area = t.getTr(0).getTc(0);
        assertThat(area.cellSpan().rowSpan()).isEqualTo((short) 2);
        assertThat(area.header()).isTrue();
        Tc rating = t.getTr(0).getTc(1);
        assertThat(rating.cellSpan().colSpan()).isEqualTo((short) 2);
        assertThat(rating.cellAddr().colAddr()).isEqualTo((short) 1);
        Tc excellent = t.getTr(1).getTc(0);
        assertThat(excellent.cellAddr().colAddr()).isEqualTo((short) 1);
        assertThat(excellent.cellAddr().rowAddr()).isEqualTo((short) 1);
        // the spanning cell is as wide as the columns it covers; every row adds up to the table's width
        assertThat(rating.cellSz().width()).isEqualTo(t.getTr(1).getTc(0).cellSz().width() + t.getTr(1).getTc(1).cellSz().width());
        for (int r = 2; r < 5; r++) {
            long sum = 0;
            for (int c = 0; c < 4; c++) {
                sum += t.getTr(r).getTc(c).cellSz().width();
            }
            assertThat(sum).isEqualTo(t.sz().width());
        }
        assertThat(t.repeatHeader()).isTrue();
    }

    @Test
    void thePackageIsAValidOwpmlZip() throws Exception {
        byte[] bytes = HwpxWriter.write(sample());
        List<HwpxFiles.Entry> entries = HwpxFiles.entries(bytes);
        assertThat(entries.get(0).name()).isEqualTo("mimetype");
        assertThat(entries.get(0).method()).isEqualTo(ZipEntry.STORED);
        assertThat(entries.get(0).text()).isEqualTo("application/hwp+zip");
        // the bytes at offset 30 (after the first local header) are the type, as readers check it
        assertThat(new String(bytes, 38, 19, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("application/hwp+zip");
        assertThat(entries).extracting(HwpxFiles.Entry::name).contains("Contents/section0.xml", "Contents/content.hpf",
                "Contents/header.xml", "META-INF/container.xml", "META-INF/manifest.xml", "version.xml");
        for (HwpxFiles.Entry e : entries) {
            if (e.name().endsWith(".xml") || e.name().endsWith(".hpf")) {
                assertThat(HwpxFiles.xml(e).getDocumentElement()).as(e.name()).isNotNull();
            }
        }
        String section = entries.stream().filter(e -> e.name().equals("Contents/section0.xml")).findFirst().orElseThrow().text();
        assertThat(section).contains("landscape=\"NARROWLY\"").contains("width=\"59528\"").contains("height=\"84188\"");
        String header = entries.stream().filter(e -> e.name().equals("Contents/header.xml")).findFirst().orElseThrow().text();
        assertThat(header).contains("<hh:charProperties itemCnt=\"13\"").contains("<hh:borderFills itemCnt=\"4\"")
                .contains("faceColor=\"#E5E5E5\"");
    }

    @Test
    void aRowThatDoesNotFitTheGridIsRefused() {
        assertThatThrownBy(() -> ReportTable.withColumns(1, 1).row("a", "b", "c"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportTable.withColumns(1, 1).row("a"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportTable.withColumns(1, 1).header(ReportTable.span("a", 2, 1), ReportTable.span("b", 1, 1))
                .header("c", "d")).isInstanceOf(IllegalArgumentException.class);
        ReportTable hanging = ReportTable.withColumns(1, 1).header(ReportTable.span("a", 2, 1), ReportTable.span("b", 1, 1));
        assertThatThrownBy(() -> HwpxWriter.write(ReportDocument.titled("x").table(hanging)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void widthsAreScaledToTheTextWidthExactly() {
        assertThat(HwpxWriter.scaled(new int[] {1, 1, 1}, 100)).containsExactly(33, 33, 34);
    }

    @Test
    void charactersXmlForbidsNeverReachTheSection() {
        org.assertj.core.api.Assertions.assertThat(HwpxWriter.xmlSafe("원인\uFFFF 분석\u0000\uD83F\uDFFE끝\t"))
                .isEqualTo("원인 분석끝\t");
    }
}
