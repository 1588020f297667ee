package kr.innotrack.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

class OfficeWorkbookTest {

    private static XSSFWorkbook sample() throws IOException {
        try (OfficeWorkbook wb = new OfficeWorkbook()) {
            OfficeSheet s = wb.sheet("예산/집행:표", "2021년 예산 집행 현황", "기준일 2021-08-20", List.of(
                    OfficeColumn.text("과제"),
                    OfficeColumn.longText("내용"),
                    OfficeColumn.millionWon("계획").in("예산"),
                    OfficeColumn.millionWon("집행").in("예산"),
                    OfficeColumn.percent("집행률"),
                    OfficeColumn.thousandWon("단가"),
                    OfficeColumn.integer("건수"),
                    OfficeColumn.date("기한"),
                    OfficeColumn.yearMonth("시작")));
            s.row("=HYPERLINK(\"http://x\")", "가".repeat(200), new BigDecimal("1234.5"), 12, 37.5, 1500, 3,
                    LocalDate.of(2021, 9, 30), YearMonth.of(2021, 6));
            s.row("+1", "-2", null, null, null, null, null, null, null);
            s.row("@SUM(A1)", "보통 글", 1, 1, 100, 0, 0);
            assertThat(s.rows()).isEqualTo(3);
            assertThat(s.firstDataRow()).isEqualTo(4);
            return new XSSFWorkbook(new ByteArrayInputStream(wb.toBytes()));
        }
    }

    @Test
    void textCellsAreNeutralisedAndNeverFormulas() throws IOException {
        try (XSSFWorkbook wb = sample()) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getRow(4).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            // the text as written (no apostrophe shown in Excel), a string cell with Excel's quote prefix
            assertThat(s.getRow(4).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(s.getRow(4).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(s.getRow(5).getCell(0).getStringCellValue()).isEqualTo("+1");
            assertThat(s.getRow(5).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(s.getRow(5).getCell(1).getStringCellValue()).isEqualTo("-2");
            assertThat(s.getRow(5).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(s.getRow(6).getCell(0).getStringCellValue()).isEqualTo("@SUM(A1)");
            assertThat(s.getRow(6).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(s.getRow(6).getCell(1).getStringCellValue()).isEqualTo("보통 글");
            assertThat(s.getRow(6).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
            s.forEach(r -> r.forEach(c -> assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA)));
        }
    }

    @Test
    void titleMergedAcrossTheTableAndGroupedHeader() throws IOException {
        try (XSSFWorkbook wb = sample()) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("예산 집행 표");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2021년 예산 집행 현황");
            assertThat(wb.getFontAt(s.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("기준일 2021-08-20");
            List<CellRangeAddress> merged = s.getMergedRegions();
            assertThat(merged).contains(new CellRangeAddress(0, 0, 0, 8), new CellRangeAddress(1, 1, 0, 8),
                    new CellRangeAddress(2, 2, 2, 3), new CellRangeAddress(2, 3, 0, 0), new CellRangeAddress(2, 3, 4, 4));
            assertThat(s.getRow(2).getCell(2).getStringCellValue()).isEqualTo("예산");
            assertThat(s.getRow(3).getCell(2).getStringCellValue()).isEqualTo("계획");
            assertThat(s.getRow(3).getCell(3).getStringCellValue()).isEqualTo("집행");
            assertThat(s.getRow(2).getCell(4).getStringCellValue()).isEqualTo("집행률");
            assertThat(s.getRow(2).getCell(0).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
        }
    }

    @Test
    void frozenHeaderRepeatedOnEveryPageA4LandscapeFitToWidth() throws IOException {
        try (XSSFWorkbook wb = sample()) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(s.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:4"));
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
            assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(s.getFitToPage()).isTrue();
            assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(s.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
        }
    }

    @Test
    void typedCellsWithUnitFormats() throws IOException {
        try (XSSFWorkbook wb = sample()) {
            XSSFSheet s = wb.getSheetAt(0);
            var r = s.getRow(4);
            assertThat(r.getCell(2).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(r.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0##\"백만원\"");
            assertThat(r.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0\"백만원\"");
            assertThat(r.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0\"%\"");
            assertThat(r.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0\"천원\"");
            assertThat(r.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(r.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 9, 30));
            assertThat(r.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(r.getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 6, 1));
            assertThat(r.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm");
            assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(r.getCell(2))).isEqualTo("1,234.5백만원");
            assertThat(r.getCell(1).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void widthsCountHangulDoubleAndAreCapped() throws IOException {
        assertThat(OfficeSheet.width("abc")).isEqualTo(3);
        assertThat(OfficeSheet.width("과제명")).isEqualTo(6);
        assertThat(OfficeSheet.width("가a\n가나다라")).isEqualTo(8);
        try (XSSFWorkbook wb = sample()) {
            XSSFSheet s = wb.getSheetAt(0);
            // =HYPERLINK("http://x") as written (the quote prefix is a style, not a character): 22 characters, + 2
            assertThat(s.getColumnWidth(0)).isEqualTo((22 + 2) * 256);
            // 200 Hangul syllables: capped at the long-text cap
            assertThat(s.getColumnWidth(1)).isEqualTo(OfficeColumn.Kind.LONG_TEXT.cap * 256);
            // the header 「건수」 (4) is wider than the numbers
            assertThat(s.getColumnWidth(6)).isEqualTo(OfficeSheet.MIN_WIDTH * 256 + 2 * 256);
        }
    }

    @Test
    void downloadHeaders() {
        ResponseEntity<byte[]> r = FileDownload.xlsx("round-3-report.xlsx", "2021년 2분기 점검 결과.xlsx", new byte[] {1, 2});
        HttpHeaders h = r.getHeaders();
        assertThat(h.getContentType()).isEqualTo(FileDownload.XLSX);
        assertThat(h.getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment; filename=\"round-3-report.xlsx\"; filename*=UTF-8''2021")
                .contains("%EB%85%84");
        assertThat(h.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(h.getCacheControl()).contains("no-store").contains("private");
        assertThat(FileDownload.ascii("a\"b/c\\d한.xlsx")).isEqualTo("a_b_c_d_.xlsx");
    }
}
