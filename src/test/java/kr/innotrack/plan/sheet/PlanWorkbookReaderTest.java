package kr.innotrack.plan.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.innotrack.plan.KpiDirection;
import kr.innotrack.plan.KpiFrequency;
import kr.innotrack.plan.PlanBlueprint;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.web.RejectedInput;
import kr.innotrack.support.AppMessages;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The row validation of the plan workbook: every kind of problem, in words, at its cell; and what a clean file gives. */
class PlanWorkbookReaderTest {

    private static final Messages MESSAGES = AppMessages.messages();
    private static final Map<String, Long> DEPARTMENTS = Map.of("총무과", 1L, "민원과", 2L, "기획예산과", 3L);
    private static final Map<Long, String> NAMES = Map.of(1L, "총무과", 2L, "민원과", 3L, "기획예산과");

    static PlanBlueprint sample() {
        PlanBlueprint.Header header = new PlanBlueprint.Header(2031, "혁신 실행계획", "2031년", "시민이 행복한 도시",
                "=목표는 수식이 아닙니다", "1. 첫째 전략\n2. 둘째 전략", "-방향 하나\n-방향 둘",
                new PlanBlueprint.Calendar("2031. 4월", "2031. 6월", "분기별", "2031. 7~8월", "2031. 12월"), null);
        List<PlanBlueprint.Node> nodes = List.of(
                new PlanBlueprint.Node("가", null, "일하는 방식 혁신", "전략", null, false),
                new PlanBlueprint.Node("가-1", "가", "필수과제", "과제군", "필수", true),
                new PlanBlueprint.Node("나", null, "참여와 협력", "전략", null, false));
        PlanBlueprint.TaskPlan first = new PlanBlueprint.TaskPlan("가-1", "가-1-1", "자체감사 참여", 1L, List.of(2L, 3L),
                "@삼척경찰서", "홍길동", "033-570-0000", "1,000천원", true, false, "+배경", "주요내용\n둘째 줄",
                "'=개선 전", "개선 후", List.of(
                        new PlanBlueprint.ScheduleLine("계획 수립", "세부 내용", "2031. 6~7월"),
                        new PlanBlueprint.ScheduleLine("감사 참여", null, "해당 읍면동 감사 기간 중"),
                        new PlanBlueprint.ScheduleLine("점검", null, "분기별 1회"),
                        new PlanBlueprint.ScheduleLine("홍보", null, null)),
                List.of(new PlanBlueprint.Indicator("참여율", "%", new BigDecimal("12.5"), new BigDecimal("80"),
                                KpiDirection.INCREASE, KpiFrequency.HALF_YEARLY, "-출처", null),
                        new PlanBlueprint.Indicator("처리기간", "일", null, new BigDecimal("3"),
                                KpiDirection.DECREASE, KpiFrequency.YEARLY, null, null)),
                null, null);
        PlanBlueprint.TaskPlan second = new PlanBlueprint.TaskPlan("나", "나-1", "주민 참여 확대", null, List.of(),
                null, null, null, null, false, true, null, null, null, null, List.of(), List.of(), null, null);
        return new PlanBlueprint(header, nodes, List.of(first, second));
    }

    private static byte[] written(PlanBlueprint plan) {
        return new PlanWorkbookWriter(MESSAGES).write(plan, NAMES::get);
    }

    private static SheetReading read(byte[] bytes, Set<Integer> taken) {
        return new PlanWorkbookReader(MESSAGES, new PlanWorkbookReader.Context(DEPARTMENTS, taken)).read(bytes);
    }

    private static SheetReading read(byte[] bytes) {
        return read(bytes, Set.of(2021));
    }

    /** The sample workbook changed by {@code change}, written again. */
    private static byte[] edited(WorkbookChange change) {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(written(sample())))) {
            change.apply(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    interface WorkbookChange {
        void apply(Workbook wb);
    }

    private static Cell cell(Workbook wb, String sheet, String reference) {
        org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(reference);
        Sheet s = wb.getSheet(sheet);
        Row r = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
        return r.getCell(ref.getCol()) == null ? r.createCell(ref.getCol()) : r.getCell(ref.getCol());
    }

    private static byte[] with(String sheet, String reference, String value) {
        return edited(wb -> {
            if (value == null) {
                Cell c = cell(wb, sheet, reference);
                c.getRow().removeCell(c);
            } else {
                cell(wb, sheet, reference).setCellValue(value);
            }
        });
    }

    /** The only problem of the file: at that sheet and cell, with these words. */
    private static void onlyProblem(byte[] file, String sheet, String cell, String key, String... words) {
        SheetReading reading = read(file);
        assertThat(reading.problems()).as("problems").hasSize(1);
        SheetProblem p = reading.problems().get(0);
        assertThat(p.sheet()).isEqualTo(sheet);
        assertThat(p.cell()).isEqualTo(cell);
        assertThat(p.messageKey()).isEqualTo(key);
        assertThat(p.message()).contains(words).doesNotContain("{");
        assertThat(reading.blueprint()).isNull();
    }

    @Test
    void aCleanFileGivesBackTheBlueprintItWasWrittenFrom() {
        SheetReading reading = read(written(sample()));
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.blueprint()).isEqualTo(sample());
        assertThat(reading.tasks()).extracting(SheetReading.PreviewTask::code).containsExactly("가-1-1", "나-1");
        assertThat(reading.tasks().get(0).lead()).isEqualTo("총무과");
        assertThat(reading.tasks().get(0).collaborating()).isEqualTo("민원과, 기획예산과");
        assertThat(reading.scheduleLines()).isEqualTo(4);
        assertThat(reading.kpis()).isEqualTo(2);
    }

    @Test
    void theWrittenWorkbookHasItsSheetsHeadersAndNoFormulaToRun() throws IOException {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(written(sample())))) {
            assertThat(Arrays.asList(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3),
                    wb.getSheetName(4), wb.getSheetName(5))).containsExactly("안내", "계획", "추진체계", "과제", "추진일정", "성과지표");
            assertThat(cell(wb, "과제", "A1").getStringCellValue()).isEqualTo("구분");
            assertThat(cell(wb, "과제", "C1").getStringCellValue()).isEqualTo("과제명");
            assertThat(wb.getSheet("과제").getPaneInformation().isFreezePane()).isTrue();
            // text that would be a formula is written with a leading apostrophe, as text
            assertThat(cell(wb, "계획", "B6").getStringCellValue()).isEqualTo("'=목표는 수식이 아닙니다");
            assertThat(cell(wb, "과제", "F2").getStringCellValue()).isEqualTo("'@삼척경찰서");
            assertThat(cell(wb, "과제", "N2").getStringCellValue()).isEqualTo("''=개선 전");
            assertThat(cell(wb, "추진일정", "E3").getStringCellValue()).isEqualTo("O");
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        assertThat(c.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
                    }
                }
            }
        }
    }

    @Test
    void theTemplateIsEmptyAndRefusedUntilFilledIn() {
        byte[] template = new PlanWorkbookWriter(MESSAGES).template();
        SheetReading reading = read(template);
        assertThat(reading.problems()).extracting(SheetProblem::cell, SheetProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B2", "「연도」 칸이 비어 있습니다."),
                        org.assertj.core.groups.Tuple.tuple("B3", "「제목」 칸이 비어 있습니다."));
    }

    @Test
    void aFormulaWithoutASavedValueIsRefusedAtItsCellNotReadAsZero() {
        // as a program that writes formulas without computing them saves it (openpyxl): the formula, no value
        onlyProblem(edited(wb -> {
                    Cell c = cell(wb, "과제", "C2");
                    c.setCellFormula("HYPERLINK(\"http://example.com\",\"x\")");
                    org.apache.poi.xssf.usermodel.XSSFCell x = (org.apache.poi.xssf.usermodel.XSSFCell) c;
                    if (x.getCTCell().isSetV()) {
                        x.getCTCell().unsetV();
                    }
                }),
                "과제", "C2", "sheet.problem.formula", "계산 결과");
    }

    @Test
    void planItems() {
        onlyProblem(with("계획", "B3", null), "계획", "B3", "sheet.problem.missing", "「제목」 칸이 비어 있습니다.");
        onlyProblem(with("계획", "B2", "이천삼십일"), "계획", "B2", "sheet.problem.badYear", "이천삼십일");
        onlyProblem(with("계획", "B2", "1999"), "계획", "B2", "sheet.problem.badYear", "1999");
        onlyProblem(with("계획", "A3", "표제"), "계획", "A1", "sheet.problem.missingItem", "「제목」 항목이 없습니다");
        onlyProblem(with("계획", "B4", "가".repeat(201)), "계획", "B4", "sheet.problem.tooLong", "200자까지", "201자");
        SheetReading taken = read(written(sample()), Set.of(2031));
        assertThat(taken.problems()).singleElement().satisfies(p -> {
            assertThat(p.cell()).isEqualTo("B2");
            assertThat(p.message()).isEqualTo("2031년 계획이 이미 있습니다. 다른 연도를 쓰세요.");
        });
        // a year typed as text reads as well as a number cell
        assertThat(read(with("계획", "B2", "2032")).blueprint().header().year()).isEqualTo(2032);
    }

    @Test
    void strategyNodes() {
        onlyProblem(edited(wb -> {
            cell(wb, "추진체계", "A5").setCellValue("가");
            cell(wb, "추진체계", "C5").setCellValue("또 하나의 전략");
            cell(wb, "추진체계", "D5").setCellValue("전략");
        }), "추진체계", "A5", "sheet.problem.duplicateNode", "「가」", "2행");
        onlyProblem(with("추진체계", "B3", "다"), "추진체계", "B3", "sheet.problem.unknownParent", "「다」");
        onlyProblem(with("추진체계", "B2", "가-1"), "추진체계", "B2", "sheet.problem.unknownParent", "「가-1」");
        onlyProblem(with("추진체계", "C2", null), "추진체계", "C2", "sheet.problem.missing", "「이름」");
        onlyProblem(with("추진체계", "F3", "필수"), "추진체계", "F3", "sheet.problem.badMark", "「필수」");
        onlyProblem(with("추진체계", "A1", "번호"), "추진체계", "A1", "sheet.problem.missingColumn", "「코드」 열이 없습니다");
    }

    @Test
    void tasks() {
        onlyProblem(with("과제", "A2", "라"), "과제", "A2", "sheet.problem.unknownNode", "「라」");
        onlyProblem(with("과제", "B3", "가-1-1"), "과제", "B3", "sheet.problem.duplicateTask", "「가-1-1」", "2행");
        onlyProblem(with("과제", "C3", null), "과제", "C3", "sheet.problem.missing", "「과제명」 칸이 비어 있습니다.");
        onlyProblem(with("과제", "D2", "없는과"), "과제", "D2", "sheet.problem.unknownDepartment",
                "「없는과」는 이 기관의 운영 중인 부서가 아닙니다.");
        onlyProblem(with("과제", "E2", "민원과, 없는과"), "과제", "E2", "sheet.problem.unknownDepartment", "「없는과」");
        onlyProblem(with("과제", "J2", "네"), "과제", "J2", "sheet.problem.badMark", "「네」");
        onlyProblem(with("과제", "B3", "가".repeat(21)), "과제", "B3", "sheet.problem.tooLong", "20자까지");
        onlyProblem(with("과제", "P3", "홍보 : 나중에 알려 드림"), "과제", "P3", "sheet.problem.badScheduleLine",
                "「나중에 알려 드림」");
        onlyProblem(with("과제", "P3", " : 2031. 5월"), "과제", "P3", "sheet.problem.lineNoDescription",
                "추진일정의 내용이 없습니다");
        onlyProblem(edited(wb -> wb.removeSheetAt(wb.getSheetIndex("과제"))), "과제", "A1",
                "sheet.problem.missingSheet", "「과제」 시트가 없습니다");
    }

    @Test
    void inlineScheduleLinesAreReadAfterTheColumnAndBeforeTheSheetRows() {
        SheetReading reading = read(with("과제", "P3", "설명회 : 2031. 3월\n공모 : 분기별\n홍보"));
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.blueprint().tasks().get(1).schedule()).containsExactly(
                new PlanBlueprint.ScheduleLine("설명회", null, "2031. 3월"),
                new PlanBlueprint.ScheduleLine("공모", null, "분기별"),
                new PlanBlueprint.ScheduleLine("홍보", null, null));
    }

    @Test
    void scheduleLines() {
        onlyProblem(with("추진일정", "E3", null), "추진일정", "D3", "sheet.problem.badSchedule",
                "일정 「해당 읍면동 감사 기간 중」에서 월을 읽을 수 없습니다", "「날짜 없음」 열에 O");
        onlyProblem(with("추진일정", "A2", "없음-1"), "추진일정", "A2", "sheet.problem.unknownTask", "「없음-1」");
        onlyProblem(with("추진일정", "B2", null), "추진일정", "B2", "sheet.problem.missing", "「내용」");
        onlyProblem(with("추진일정", "D2", "2031. " + "6월".repeat(100)), "추진일정", "D2", "sheet.problem.tooLong",
                "200자까지");
    }

    @Test
    void indicators() {
        onlyProblem(with("성과지표", "D2", "열두 개"), "성과지표", "D2", "sheet.problem.badNumber", "「기준값」", "「열두 개」");
        onlyProblem(with("성과지표", "E2", "1e20"), "성과지표", "E2", "sheet.problem.badNumber", "「목표값」");
        onlyProblem(with("성과지표", "E3", null), "성과지표", "E3", "sheet.problem.missing", "「목표값」");
        onlyProblem(with("성과지표", "C2", null), "성과지표", "C2", "sheet.problem.missing", "「단위」");
        onlyProblem(with("성과지표", "F2", "높을수록"), "성과지표", "F2", "sheet.problem.badDirection", "증가나 감소", "「높을수록」");
        onlyProblem(with("성과지표", "G2", "격월"), "성과지표", "G2", "sheet.problem.badFrequency", "「격월」");
        onlyProblem(with("성과지표", "A3", "나-9"), "성과지표", "A3", "sheet.problem.unknownTask", "「나-9」");
    }

    @Test
    void wordsAndNumbersAreReadAsPeopleWriteThem() {
        byte[] file = edited(wb -> {
            cell(wb, "성과지표", "D2").setCellValue("1,200.5");
            cell(wb, "성과지표", "E2").setCellFormula("40*2");
            cell(wb, "성과지표", "F2").setCellValue("상향");
            cell(wb, "성과지표", "G2").setCellValue("반기");
            cell(wb, "성과지표", "G3").setCellValue(" ");
            cell(wb, "과제", "J2").setCellValue("o");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        SheetReading reading = read(file);
        assertThat(reading.problems()).isEmpty();
        PlanBlueprint.Indicator k = reading.blueprint().tasks().get(0).kpis().get(0);
        assertThat(k.baseline()).isEqualByComparingTo("1200.5");
        assertThat(k.target()).isEqualByComparingTo("80");
        assertThat(k.direction()).isEqualTo(KpiDirection.INCREASE);
        assertThat(k.frequency()).isEqualTo(KpiFrequency.HALF_YEARLY);
        assertThat(reading.blueprint().tasks().get(0).kpis().get(1).frequency()).isNull();
        assertThat(reading.blueprint().tasks().get(0).continuing()).isTrue();
    }

    @Test
    void everyProblemOfAFileIsListedTogetherInSheetOrder() {
        byte[] file = edited(wb -> {
            cell(wb, "계획", "B3").setCellValue(" ");
            cell(wb, "과제", "D2").setCellValue("없는과");
            cell(wb, "성과지표", "D2").setCellValue("abc");
        });
        assertThat(read(file).problems()).extracting(p -> p.sheet() + "!" + p.cell())
                .containsExactly("계획!B3", "과제!D2", "성과지표!D2");
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedAsAWhole() {
        refused(new byte[0], "sheet.file.empty");
        refused("구분,과제명\n가,과제".getBytes(java.nio.charset.StandardCharsets.UTF_8), "sheet.file.notXlsx");
        byte[] ole2 = new byte[512];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 0, ole2, 0, 8);
        refused(ole2, "sheet.file.oldXls");
        byte[] broken = Arrays.copyOf(written(sample()), 3000);
        refused(broken, "sheet.file.unreadable");
        refused(new byte[(int) PlanWorkbookReader.MAX_BYTES + 1], "sheet.file.tooLarge");
        refused(edited(wb -> {
            Sheet s = wb.getSheet("추진일정");
            for (int i = 1; i <= PlanWorkbookReader.MAX_ROWS + 1; i++) {
                Row r = s.createRow(i);
                r.createCell(0).setCellValue("가-1-1");
                r.createCell(1).setCellValue("행 " + i);
            }
        }), "sheet.file.tooManyRows");
    }

    private static void refused(byte[] file, String key) {
        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(RejectedInput.class, e -> {
            assertThat(e.field()).isEqualTo("file");
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(MESSAGES.get(e)).doesNotContain("{");
        });
    }

    @Test
    void cellTextTakesOffOnlyTheApostropheItPutOn() {
        for (String s : new String[] {"=1+2", "+82", "-항목", "@me", "'=x", "''=y", "'보통", "보통", "\tx"}) {
            assertThat(CellText.read(CellText.write(s))).isEqualTo(s);
        }
        assertThat(CellText.write("=1+2")).isEqualTo("'=1+2");
        assertThat(CellText.write("'보통")).isEqualTo("'보통");
        assertThat(CellText.read("'보통")).isEqualTo("'보통");
    }
}
