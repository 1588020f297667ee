package kr.innotrack.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.innotrack.checkround.RoundViews;
import kr.innotrack.plan.TaskRow;
import kr.innotrack.scoring.ScoreCalculator;
import kr.innotrack.scoring.ScoringCommands;
import kr.innotrack.scoring.ScoringQueries;
import kr.innotrack.support.Accounts;
import kr.innotrack.support.IntegrationTest;
import kr.innotrack.support.SignedIn;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every .xlsx download (issue 17) through MockMvc on the seeded plans, opened again with POI: sheet names, header
 * cells, row counts and a sample of values against the numbers of the page itself (its model, read by the same
 * request the browser makes) or the seeded tables; another organization gets 404; the task list honours its filter.
 * Writes (a round, a published ranking, confirmed awards, a retitled task) roll back with the test.
 */
@IntegrationTest
@Transactional
abstract class SpreadsheetExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ScoringCommands scoringCommands;

    long plan(String organization) {
        return jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = ? order by p.plan_year limit 1", Long.class, organization);
    }

    long incheon() {
        return jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name like '인천%' order by p.plan_year limit 1", Long.class);
    }

    MvcResult perform(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(SignedIn.as(Accounts.user(jdbc, username))).with(csrf())).andReturn();
    }

    /** The download: 200, the .xlsx type, an attachment with both names, not cached, not sniffed; opened with POI. */
    XSSFWorkbook download(String url, String username) throws Exception {
        MockHttpServletResponse r = perform(get(url), username).getResponse();
        assertThat(r.getStatus()).as(url).isEqualTo(200);
        assertThat(r.getContentType()).isEqualTo(FileDownload.XLSX.toString());
        assertThat(r.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment; filename=\"")
                .contains("filename*=UTF-8''");
        assertThat(r.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store").contains("private");
        return new XSSFWorkbook(new ByteArrayInputStream(r.getContentAsByteArray()));
    }

    /** The page's model, from the same request the browser makes. */
    Map<String, Object> page(String url, String username) throws Exception {
        MvcResult r = perform(get(url).accept(MediaType.TEXT_HTML), username);
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return r.getModelAndView().getModel();
    }

    /** The rows below the frozen header. */
    static List<Row> data(Sheet sheet) {
        int first = sheet.getPaneInformation().getHorizontalSplitTopRow();
        List<Row> rows = new ArrayList<>();
        for (int i = first; i <= sheet.getLastRowNum(); i++) {
            rows.add(sheet.getRow(i));
        }
        return rows;
    }

    /** Each column's own header: the row right above the data, or the one above it where that is merged down. */
    static List<String> header(Sheet sheet) {
        int below = sheet.getPaneInformation().getHorizontalSplitTopRow() - 1;
        Row h = sheet.getRow(below);
        List<String> cells = new ArrayList<>();
        h.forEach(c -> cells.add(c.getStringCellValue().isEmpty() && below > 2
                ? sheet.getRow(below - 1).getCell(c.getColumnIndex()).getStringCellValue() : c.getStringCellValue()));
        return cells;
    }

    static String text(Row r, int column) {
        Cell c = r.getCell(column);
        return c == null || c.getCellType() == CellType.BLANK ? null : c.getStringCellValue();
    }

    static double number(Row r, int column) {
        return r.getCell(column).getNumericCellValue();
    }

    @Test
    void theTaskListHasThePageRowsAndHonoursItsFilterAndSort() throws Exception {
        long samcheok = plan("삼척시");
        @SuppressWarnings("unchecked")
        List<TaskRow> rows = (List<TaskRow>) page("/plans/" + samcheok + "/tasks", "samcheok.viewer").get("rows");
        try (XSSFWorkbook wb = download("/plans/" + samcheok + "/tasks.xlsx", "samcheok.viewer")) {
            Sheet s = wb.getSheet("과제 목록");
            assertThat(s).isNotNull();
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).contains("과제 목록");
            assertThat(header(s)).contains("번호", "과제명", "주관부서", "내용", "일정", "계산 상태", "진척률");
            assertThat(s.getRow(2).getCell(7).getStringCellValue()).isEqualTo("다음 추진일정");
            assertThat(data(s)).hasSize(37).hasSize(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Row r = data(s).get(i);
                assertThat(text(r, 0)).isEqualTo(rows.get(i).code());
                assertThat(text(r, 1)).isEqualTo(rows.get(i).title());
                if (rows.get(i).progress() != null) {
                    assertThat(number(r, 11)).isEqualTo(rows.get(i).progress().doubleValue());
                }
                assertThat(number(r, 13)).isEqualTo(rows.get(i).milestoneCount());
            }
        }
        long chongmu = jdbc.queryForObject("select id from department where name = '총무과' and organization_id ="
                + " (select organization_id from plan where id = ?)", Long.class, samcheok);
        String filtered = "/plans/" + samcheok + "/tasks?dept=" + chongmu + "&sort=title";
        @SuppressWarnings("unchecked")
        List<TaskRow> some = (List<TaskRow>) page(filtered, "samcheok.viewer").get("rows");
        assertThat(some.size()).isBetween(1, 36);
        try (XSSFWorkbook wb = download(filtered.replace("/tasks?", "/tasks.xlsx?"), "samcheok.viewer")) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).contains("주관부서 총무과").contains("과제명순");
            assertThat(data(s)).hasSize(some.size());
            for (int i = 0; i < some.size(); i++) {
                assertThat(text(data(s).get(i), 0)).isEqualTo(some.get(i).code());
                assertThat(text(data(s).get(i), 3)).isEqualTo("총무과");
            }
        }
        assertThat(perform(get("/plans/" + samcheok + "/tasks.xlsx?sort=nonsense"), "samcheok.viewer")
                .getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void aTitleThatLooksLikeAFormulaIsTextInTheFile() throws Exception {
        long samcheok = plan("삼척시");
        jdbc.update("update task set title = '=HYPERLINK(\"http://x\",\"y\")' where plan_id = ? and code = '가-1-1'", samcheok);
        try (XSSFWorkbook wb = download("/plans/" + samcheok + "/tasks.xlsx?q=HYPERLINK", "samcheok.viewer")) {
            Row r = data(wb.getSheetAt(0)).get(0);
            assertThat(r.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(text(r, 1)).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
            assertThat(r.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void theFullTaskSheetHoldsEveryTaskMilestoneAndKpi() throws Exception {
        long samcheok = plan("삼척시");
        long milestones = jdbc.queryForObject("select count(*) from milestone m join task t on t.id = m.task_id"
                + " where t.plan_id = ?", Long.class, samcheok);
        long kpis = jdbc.queryForObject("select count(*) from kpi k join task t on t.id = k.task_id where t.plan_id = ?",
                Long.class, samcheok);
        long kpi = jdbc.queryForObject("select min(k.id) from kpi k join task t on t.id = k.task_id where t.plan_id = ?",
                Long.class, samcheok);
        jdbc.update("insert into kpi_actual (kpi_id, actual_year, quarter, actual_value) values (?, 2021, 2, 12.5)", kpi);
        String kpiName = jdbc.queryForObject("select name from kpi where id = ?", String.class, kpi);
        try (XSSFWorkbook wb = download("/plans/" + samcheok + "/task-sheet.xlsx", "samcheok.viewer")) {
            assertThat(wb.getSheetName(0)).isEqualTo("과제");
            assertThat(wb.getSheetName(1)).isEqualTo("추진일정");
            assertThat(wb.getSheetName(2)).isEqualTo("성과지표");
            assertThat(header(wb.getSheetAt(0))).contains("번호", "과제명", "추진 배경", "주요 내용", "추진 전", "추진 후");
            assertThat(data(wb.getSheetAt(0))).hasSize(37);
            assertThat(data(wb.getSheetAt(1))).hasSize((int) milestones);
            assertThat(data(wb.getSheetAt(2))).hasSize((int) kpis);
            assertThat(header(wb.getSheetAt(2))).contains("1분기", "2분기", "3분기", "4분기");
            Row withActual = data(wb.getSheetAt(2)).stream().filter(r -> kpiName.equals(text(r, 2)) && r.getCell(9) != null
                    && r.getCell(9).getCellType() == CellType.NUMERIC).findFirst().orElseThrow();
            assertThat(number(withActual, 9)).isEqualTo(12.5);
            Row firstMilestone = data(wb.getSheetAt(1)).get(0);
            assertThat(firstMilestone.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm");
        }
        // the import round trip's file is untouched: its first sheet is still the guide
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(perform(get("/plans/" + samcheok + "/export.xlsx"),
                "samcheok.admin").getResponse().getContentAsByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(6);
        }
    }

    @Test
    void theRoundReportHasThePageCounts() throws Exception {
        long samcheok = plan("삼척시");
        MockHttpServletRequestBuilder create = post("/plans/" + samcheok + "/rounds").param("period", "Q2")
                .param("referenceDate", "2021-06-28").param("deadline", "2021-06-28").param("scope", "SELECTED");
        jdbc.queryForList("select t.id from task t join department d on d.id = t.lead_department_id where t.plan_id = ?"
                + " and d.name in ('총무과', '기획감사실') order by t.id", Long.class, samcheok).forEach(t -> create.param("taskIds", "" + t));
        MvcResult made = perform(create, "samcheok.admin");
        assertThat(made.getResponse().getRedirectedUrl()).startsWith("/rounds/");
        String round = made.getResponse().getRedirectedUrl();
        RoundViews.Report report = (RoundViews.Report) page(round + "/report", "samcheok.viewer").get("report");
        try (XSSFWorkbook wb = download(round + "/report.xlsx", "samcheok.viewer")) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)))
                    .containsExactly("총괄", "분야별", "부서별", "미흡·부진 과제");
            Sheet totals = wb.getSheet("총괄");
            assertThat(totals.getRow(0).getCell(0).getStringCellValue()).endsWith("결과 보고");
            assertThat(totals.getRow(2).getCell(1).getStringCellValue()).isEqualTo("평가");
            assertThat(header(totals)).containsAll(report.ratingLabels()).containsAll(report.signalLabels());
            Row now = data(totals).get(0);
            int last = 1 + report.ratingLabels().size() + report.signalLabels().size();
            assertThat(number(now, last)).isEqualTo(report.current().total());
            for (int i = 0; i < report.signalLabels().size(); i++) {
                assertThat(number(now, 1 + report.ratingLabels().size() + i))
                        .isEqualTo(report.signalTotal().count(report.signalLabels().get(i)));
            }
            assertThat(data(wb.getSheet("분야별"))).hasSize(report.areas().size());
            Sheet departments = wb.getSheet("부서별");
            assertThat(data(departments)).hasSize(report.departments().size());
            assertThat(header(departments)).contains("기한 내 제출", "기한 후 제출", "미제출");
            RoundViews.DepartmentProgress d = report.departments().get(0).progress();
            assertThat(text(data(departments).get(0), 0)).isEqualTo(d.name());
            assertThat(number(data(departments).get(0), last + 2)).isEqualTo(d.pending());
            assertThat(data(wb.getSheet("미흡·부진 과제"))).hasSize(report.underPerforming().size());
        }
        assertThat(perform(get(round + "/report.xlsx"), "junggu.admin").getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theRankingHasEachDepartmentsComponentScoresAndTheAwardsTheirFrozenLines() throws Exception {
        long junggu = plan("서울특별시 중구");
        ScoringQueries.Ranking ranking = (ScoringQueries.Ranking) page("/plans/" + junggu + "/ranking", "junggu.admin")
                .get("ranking");
        try (XSSFWorkbook wb = download("/plans/" + junggu + "/ranking.xlsx", "junggu.viewer")) {
            Sheet s = wb.getSheet("순위");
            assertThat(s.getRow(2).getCell(3).getStringCellValue()).isEqualTo("항목 점수(가중치)");
            assertThat(header(s).get(0)).isEqualTo("순위");
            assertThat(header(s)).contains("자료 반영률", "주관", "협업");
            assertThat(data(s)).hasSize(ranking.departments().size());
            assertThat(data(wb.getSheet("평가 자료 부족"))).hasSize(ranking.insufficient().size());
            for (int i = 0; i < ranking.departments().size(); i++) {
                ScoreCalculator.DepartmentScore d = ranking.departments().get(i);
                Row r = data(s).get(i);
                assertThat(number(r, 0)).isEqualTo(d.rank());
                assertThat(text(r, 1)).isEqualTo(d.name());
                assertThat(number(r, 2)).isCloseTo(d.score(), within(1e-9));
            }
        }
        assertThat(perform(get("/plans/" + junggu + "/awards.xlsx"), "junggu.admin").getResponse().getStatus()).isEqualTo(404);
        Long publication = jdbc.query("select version from ranking_publication where plan_id = ?",
                rs -> rs.next() ? rs.getLong(1) : -1L, junggu);
        scoringCommands.publish(junggu, LocalDate.now().minusDays(1), publication, Accounts.user(jdbc, "junggu.admin"));
        MvcResult confirmed = perform(post("/plans/" + junggu + "/awards").param("grades[0].name", "최우수")
                .param("grades[0].count", "1").param("grades[0].amount", "1000").param("confirm", "true"), "junggu.admin");
        assertThat(confirmed.getResponse().getStatus()).isEqualTo(302);
        List<Map<String, Object>> lines = jdbc.queryForList("select l.department_name, l.score, l.grade, l.amount_thousand_won"
                + " from award_line l join award_result r on r.id = l.award_result_id where r.plan_id = ? order by l.line_no", junggu);
        try (XSSFWorkbook wb = download("/plans/" + junggu + "/awards.xlsx", "junggu.viewer")) {
            Sheet s = wb.getSheet("포상");
            assertThat(header(s)).containsExactly("순위", "부서", "점수", "과제 수", "포상", "포상금", "항목 점수");
            assertThat(data(s)).hasSize(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                Row r = data(s).get(i);
                Map<String, Object> line = lines.get(i);
                assertThat(text(r, 1)).isEqualTo(line.get("department_name"));
                assertThat(number(r, 2)).isCloseTo(((BigDecimal) line.get("score")).doubleValue(), within(1e-9));
                assertThat(text(r, 4)).isEqualTo(line.get("grade"));
                if (line.get("amount_thousand_won") != null) {
                    assertThat(number(r, 5)).isEqualTo(((Number) line.get("amount_thousand_won")).doubleValue());
                    assertThat(r.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0\"천원\"");
                }
            }
        }
        assertThat(perform(get("/plans/" + junggu + "/ranking.xlsx"), "samcheok.admin").getResponse().getStatus()).isEqualTo(404);
        assertThat(perform(get("/plans/" + junggu + "/awards.xlsx"), "samcheok.admin").getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theBudgetTableHasEveryLineAndTheOfficeTotal() throws Exception {
        long incheon = incheon();
        long lines = jdbc.queryForObject("select count(*) from budget_line b join task t on t.id = b.task_id where t.plan_id = ?",
                Long.class, incheon);
        BigDecimal annual = jdbc.queryForObject("select sum(b.amount_million) from budget_line b join task t on t.id = b.task_id"
                + " where t.plan_id = ?", BigDecimal.class, incheon);
        assertThat(lines).isPositive();
        try (XSSFWorkbook wb = download("/plans/" + incheon + "/budget.xlsx?quarter=4", "incheon.admin")) {
            Sheet items = wb.getSheet("사업별 분기 집행");
            assertThat(data(items)).hasSize((int) lines);
            assertThat(items.getRow(2).getCell(5).getStringCellValue()).isEqualTo("1/4분기");
            assertThat(header(items).subList(5, 7)).containsExactly("계획", "집행");
            Sheet divisions = wb.getSheet("부서별");
            Row total = data(divisions).get(data(divisions).size() - 1);
            assertThat(text(total, 0)).isEqualTo("소계(전체)");
            assertThat(number(total, 2)).isCloseTo(annual.doubleValue(), within(1e-6));
            assertThat(total.getCell(2).getCellStyle().getDataFormatString()).contains("백만원");
            double sumOfLines = data(items).stream().mapToDouble(r -> number(r, 4)).sum();
            assertThat(sumOfLines).isCloseTo(annual.doubleValue(), within(1e-6));
        }
        assertThat(perform(get("/plans/" + incheon + "/budget.xlsx?quarter=9"), "incheon.admin").getResponse().getStatus())
                .isEqualTo(400);
        assertThat(perform(get("/plans/" + incheon + "/budget.xlsx"), "samcheok.admin").getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theFindingsRegisterHasThePageFindingsAndItsFilter() throws Exception {
        jdbc.update("update audit_finding set due_date = ? where id = (select min(f.id) from audit_finding f join organization o"
                + " on o.id = f.organization_id where o.name like '인천%')", LocalDate.of(2020, 6, 30));
        try (XSSFWorkbook wb = download("/audit-findings.xlsx", "incheon.admin")) {
            assertThat(wb.getSheetName(0)).isEqualTo("처리현황");
            Sheet list = wb.getSheet("총괄목록");
            assertThat(header(list)).contains("관리번호", "제목", "주관부서", "조치 상황", "처리기한", "경과 일수");
            assertThat(data(list)).hasSize(13);
            Row total = data(wb.getSheet("처리현황")).get(0);
            assertThat(text(total, 0)).isEqualTo("계");
            assertThat(number(total, 1)).isEqualTo(13);
            String firstNumber = jdbc.queryForObject("select management_number from audit_finding f join organization o"
                    + " on o.id = f.organization_id where o.name like '인천%' and f.id = (select min(g.id) from audit_finding g"
                    + " where g.organization_id = o.id)", String.class);
            assertThat(data(list).stream().map(r -> text(r, 0))).contains(firstNumber);
            Row withDate = data(list).stream().filter(r -> r.getCell(7).getCellType() == CellType.NUMERIC).findFirst().orElseThrow();
            assertThat(withDate.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(withDate.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2020, 6, 30));
        }
        String status = jdbc.queryForObject("select min(status) from audit_finding", String.class);
        long ofStatus = jdbc.queryForObject("select count(*) from audit_finding f join organization o on o.id = f.organization_id"
                + " where o.name like '인천%' and f.status = ?", Long.class, status);
        try (XSSFWorkbook wb = download("/audit-findings.xlsx?status=" + status, "incheon.admin")) {
            assertThat(data(wb.getSheet("총괄목록"))).hasSize((int) ofStatus);
        }
        // another organization sees its own (empty) register, never Incheon's
        try (XSSFWorkbook wb = download("/audit-findings.xlsx", "samcheok.admin")) {
            assertThat(data(wb.getSheet("총괄목록"))).isEmpty();
        }
    }

    @Test
    void anotherOrganizationGetsNotFound() throws Exception {
        long samcheok = plan("삼척시");
        for (String url : List.of("/plans/%d/tasks.xlsx", "/plans/%d/task-sheet.xlsx", "/plans/%d/ranking.xlsx",
                "/plans/%d/budget.xlsx")) {
            assertThat(perform(get(url.formatted(samcheok)), "junggu.admin").getResponse().getStatus()).as(url).isEqualTo(404);
        }
    }
}
