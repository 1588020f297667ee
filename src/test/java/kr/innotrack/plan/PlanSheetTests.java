package kr.innotrack.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.support.Accounts;
import kr.innotrack.support.IntegrationTest;
import kr.innotrack.support.SessionCookie;
import kr.innotrack.support.SignedIn;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan from a spreadsheet (issue 15): the template, the import with its problems per cell and nothing saved, a
 * clean import creating the plan as a draft, and the round trip (Samcheok 2021 exported, imported into another
 * organization with departments of the same names, read back the same).
 */
@IntegrationTest
@Transactional
abstract class PlanSheetTests {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanBlueprints blueprints;

    @Autowired
    jakarta.persistence.EntityManager entityManager;

    private RequestPostProcessor as(String username) {
        return SignedIn.as(Accounts.user(jdbc, username));
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private byte[] template() throws Exception {
        return mvc.perform(get("/plans/template.xlsx").with(as("samcheok.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static void put(Workbook wb, String sheet, String reference, Object value) {
        CellReference ref = new CellReference(reference);
        Sheet s = wb.getSheet(sheet);
        Row r = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
        Cell c = r.getCell(ref.getCol()) == null ? r.createCell(ref.getCol()) : r.getCell(ref.getCol());
        if (value instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else {
            c.setCellValue((String) value);
        }
    }

    /** The template filled in with a small plan of Samcheok's departments (and the changes a test makes). */
    private byte[] filled(int year, java.util.function.Consumer<Workbook> changes) throws Exception {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            put(wb, "계획", "B2", year);
            put(wb, "계획", "B3", "엑셀 실행계획");
            put(wb, "계획", "B5", "함께 여는 내일");
            put(wb, "추진체계", "A2", "가");
            put(wb, "추진체계", "C2", "일하는 방식 혁신");
            put(wb, "추진체계", "D2", "전략");
            put(wb, "추진체계", "A3", "가-1");
            put(wb, "추진체계", "B3", "가");
            put(wb, "추진체계", "C3", "필수과제");
            put(wb, "추진체계", "D3", "과제군");
            put(wb, "추진체계", "F3", "O");
            put(wb, "과제", "A2", "가-1");
            put(wb, "과제", "B2", "가-1-1");
            put(wb, "과제", "C2", "민원 처리 기간 단축");
            put(wb, "과제", "D2", "민원과");
            put(wb, "과제", "E2", "총무과");
            put(wb, "과제", "P2", "설명회 : " + year + ". 3월\n점검 : 분기별");
            put(wb, "과제", "A3", "가");
            put(wb, "과제", "B3", "가-2");
            put(wb, "과제", "C3", "주민 제안 확대");
            put(wb, "과제", "D3", "총무과");
            put(wb, "추진일정", "A2", "가-1-1");
            put(wb, "추진일정", "B2", "시스템 개선");
            put(wb, "추진일정", "D2", year + ". 6~7월");
            put(wb, "추진일정", "A3", "가-2");
            put(wb, "추진일정", "B3", "공모");
            put(wb, "추진일정", "D3", year + ". 4월, 7월, 11월");
            put(wb, "성과지표", "A2", "가-1-1");
            put(wb, "성과지표", "B2", "민원 처리 기간");
            put(wb, "성과지표", "C2", "일");
            put(wb, "성과지표", "D2", 7);
            put(wb, "성과지표", "E2", 3);
            put(wb, "성과지표", "F2", "감소");
            put(wb, "성과지표", "G2", "반기별");
            put(wb, "성과지표", "I2", "시점");
            changes.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("file", "plan.xlsx", XLSX, content);
    }

    private static String token(String html) {
        Matcher m = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"").matcher(html);
        assertThat(m.find()).as("token on the page").isTrue();
        return m.group(1);
    }

    @Test
    void theTemplateOpensWithItsSheetsAndKoreanHeaders() throws Exception {
        MvcResult result = mvc.perform(get("/plans/template.xlsx").with(as("samcheok.admin")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", XLSX))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"plan-template.xlsx\""))
                .andReturn();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("안내", "계획", "추진체계", "과제", "추진일정", "성과지표");
            List<String> headers = new ArrayList<>();
            wb.getSheet("과제").getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("구분", "과제코드", "과제명", "주관부서", "협업부서", "협업기관", "담당자",
                    "연락처", "소요예산", "계속", "대표", "추진배경", "주요내용", "개선 전", "개선 후", "추진일정");
            List<String> kpiHeaders = new ArrayList<>();
            wb.getSheet("성과지표").getRow(0).forEach(c -> kpiHeaders.add(c.getStringCellValue()));
            assertThat(kpiHeaders).containsExactly("과제코드", "지표명", "단위", "기준값", "목표값", "방향", "주기", "비고", "집계");
            assertThat(wb.getSheet("계획").getRow(1).getCell(0).getStringCellValue()).isEqualTo("연도");
            assertThat(wb.getSheet("과제").getPaneInformation().isFreezePane()).isTrue();
        }
        String page = mvc.perform(get("/plans/import").with(as("samcheok.admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"sheet-upload-form\"", "enctype=\"multipart/form-data\"", "/plans/template.xlsx");
    }

    @Test
    void onlyAPlanningAdminWorksWithTheWorkbook() throws Exception {
        long plan = count("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시' and p.plan_year = 2021");
        for (String user : new String[] {"samcheok.chongmu", "samcheok.viewer"}) {
            mvc.perform(get("/plans/template.xlsx").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/plans/" + plan + "/export.xlsx").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/plans/import").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(multipart("/plans/import").file(file(filled(2031, wb -> { }))).with(csrf()).with(as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/plans/import/create").param("token", "00").with(csrf()).with(as(user)))
                    .andExpect(status().isForbidden());
        }
        // another organization's plan is not found, even for its admin
        mvc.perform(get("/plans/" + plan + "/export.xlsx").with(as("incheon.admin"))).andExpect(status().isNotFound());
        String overview = mvc.perform(get("/plans/" + plan).with(as("samcheok.admin")))
                .andReturn().getResponse().getContentAsString();
        assertThat(overview).contains("id=\"export-plan\"", "/plans/" + plan + "/export.xlsx");
        assertThat(mvc.perform(get("/plans/" + plan).with(as("samcheok.chongmu"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("export-plan");
    }

    @Test
    void aFileWithProblemsIsRefusedCellByCellAndNothingIsSaved() throws Exception {
        long plans = count("select count(*) from plan");
        long tasks = count("select count(*) from task");
        long history = count("select count(*) from change_log");
        byte[] bad = filled(2021, wb -> {
            put(wb, "과제", "D2", "없는과");
            put(wb, "과제", "B3", "가-1-1");
            put(wb, "추진일정", "D2", "적당한 때");
            put(wb, "성과지표", "E2", "세 개");
            put(wb, "성과지표", "F2", "올라감");
            put(wb, "과제", "A3", "마");
        });
        String html = mvc.perform(multipart("/plans/import").file(file(bad)).with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"sheet-problems\"", "파일에 고칠 곳이 8건 있습니다.", "과제코드 「가-2」가 「과제」 시트에 없습니다.",
                "2021년 계획이 이미 있습니다.",
                "「없는과」는 이 기관의 운영 중인 부서가 아닙니다.",
                "과제코드 「가-1-1」이 2행에도 있습니다.",
                "구분 「마」가 「추진체계」 시트의 코드에 없습니다.",
                "일정 「적당한 때」에서 월을 읽을 수 없습니다.",
                "「목표값」은 숫자로 쓰세요: 「세 개」",
                "방향은 증가나 감소로 쓰세요: 「올라감」")
                .contains("<td>D2</td>", "<td>B3</td>", "<td>A3</td>", "<td>E2</td>", "<td>F2</td>")
                .doesNotContain("id=\"sheet-create\"");

        for (byte[] notAWorkbook : new byte[][] {new byte[0], "과제명,주관부서".getBytes(java.nio.charset.StandardCharsets.UTF_8)}) {
            String refused = mvc.perform(multipart("/plans/import").file(file(notAWorkbook)).with(csrf())
                            .with(as("samcheok.admin")))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(refused).containsAnyOf("빈 파일입니다.", "엑셀 .xlsx 파일이 아닙니다.");
        }
        String none = mvc.perform(post("/plans/import").with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(none).contains("올릴 엑셀 파일(.xlsx)을 고르세요.");
        // 「계획 만들기」 with no upload kept in the session, or a token of another: refused, nothing made
        String stale = mvc.perform(post("/plans/import/create").param("token", "abc").with(csrf())
                        .with(as("samcheok.admin")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("올린 파일을 찾을 수 없습니다");

        assertThat(count("select count(*) from plan")).isEqualTo(plans);
        assertThat(count("select count(*) from task")).isEqualTo(tasks);
        assertThat(count("select count(*) from change_log")).isEqualTo(history);
    }

    /** Over the container's multipart limit (22 MB since evidence uploads): a Korean 413 before anything (the CSRF check) reads the body. */
    @Test
    void anUploadOverTheLimitIsRefusedInWordsBeforeAnythingReadsIt() throws Exception {
        mvc.perform(post("/plans/import").contentType("multipart/form-data; boundary=x")
                        .content(new byte[23 * 1024 * 1024]).with(as("samcheok.admin")))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("한 번에 올릴 수 있는 양(22MB)을 넘었습니다.")));
    }

    @Test
    void aCleanFileIsPreviewedThenCreatesTheDraftPlanInOneStep() throws Exception {
        SessionCookie session = new SessionCookie();
        String preview = mvc.perform(multipart("/plans/import").file(file(filled(2031, wb -> { }))).with(session)
                        .with(csrf()).with(as("samcheok.admin")))
                .andDo(session).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("미리보기: 2031년 엑셀 실행계획", "id=\"sheet-create\"", "민원 처리 기간 단축")
                .containsPattern("id=\"count-nodes\">2<").containsPattern("id=\"count-tasks\">2<")
                .containsPattern("id=\"count-schedule\">4<").containsPattern("id=\"count-kpis\">1<");
        assertThat(count("select count(*) from plan where plan_year = 2031")).isZero();

        String location = mvc.perform(post("/plans/import/create").param("token", token(preview)).with(session)
                        .with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        entityManager.flush(); // the test's transaction is still open: the join rows are written at flush
        long plan = count("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시' and p.plan_year = 2031");
        assertThat(location).isEqualTo("/plans/" + plan);
        assertThat(jdbc.queryForObject("select state from plan where id = ?", String.class, plan)).isEqualTo("DRAFT");
        assertThat(jdbc.queryForList("select code || ':' || coalesce(cast(parent_id as varchar(20)), '-') || ':' || mandatory"
                + " from strategy_node where plan_id = ? order by sort_order", String.class, plan))
                .hasSize(2).first().asString().startsWith("가:-:");
        assertThat(jdbc.queryForList("select t.code || ' ' || d.name from task t join department d on d.id = t.lead_department_id"
                + " where t.plan_id = ? order by t.sort_order", String.class, plan))
                .containsExactly("가-1-1 민원과", "가-2 총무과");
        assertThat(count("select count(*) from task_collaborating_department c join task t on t.id = c.task_id"
                + " where t.plan_id = ?", plan)).isEqualTo(1);
        assertThat(jdbc.queryForList("select m.description || '|' || coalesce(cast(m.planned_start as varchar(10)), '')"
                        + " || '|' || coalesce(cast(m.planned_end as varchar(10)), '') || '|' || coalesce(m.planned_months, '')"
                        + " || '|' || coalesce(m.recurrence, '') from milestone m join task t on t.id = m.task_id"
                        + " where t.plan_id = ? order by t.sort_order, m.sort_order", String.class, plan))
                .containsExactly("설명회|2031-03-01|2031-03-01||", "점검||||QUARTERLY",
                        "시스템 개선|2031-06-01|2031-07-01||", "공모|2031-04-01|2031-11-01|2031-04,2031-07,2031-11|");
        assertThat(jdbc.queryForMap("select k.name, k.unit, k.baseline, k.target, k.direction, k.frequency,"
                + " k.accumulation from kpi k join task t on t.id = k.task_id where t.plan_id = ?", plan))
                .containsEntry("name", "민원 처리 기간").containsEntry("unit", "일").containsEntry("direction", "DECREASE")
                .containsEntry("frequency", "HALF_YEARLY").containsEntry("accumulation", "POINT_IN_TIME")
                .satisfies(k -> assertThat((java.math.BigDecimal) k.get("target")).isEqualByComparingTo("3"));
        assertThat(count("select count(*) from change_log where entity_type = 'PLAN' and entity_id = ?", plan)).isPositive();
        // the kept upload is gone: a second press makes nothing more
        mvc.perform(post("/plans/import/create").param("token", token(preview)).with(session).with(csrf())
                .with(as("samcheok.admin"))).andExpect(status().isBadRequest());
        assertThat(count("select count(*) from plan where plan_year = 2031")).isEqualTo(1);
    }

    @Test
    void samcheok2021ExportedAndImportedIntoAnotherOrganizationIsTheSamePlan() throws Exception {
        CurrentUser samcheok = Accounts.user(jdbc, "samcheok.admin");
        long original = count("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시' and p.plan_year = 2021");
        byte[] exported = mvc.perform(get("/plans/" + original + "/export.xlsx").with(as("samcheok.admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"plan-2021.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
        PlanBlueprint before = blueprints.of(original, samcheok);
        assertThat(before.tasks()).hasSizeGreaterThan(30);
        // the seeded KPIs carry both accumulation types (V15), so the comparison below covers the 「집계」 column
        assertThat(before.tasks().stream().flatMap(t -> t.kpis().stream()).map(PlanBlueprint.Indicator::accumulation))
                .contains(KpiAccumulation.POINT_IN_TIME, KpiAccumulation.CUMULATIVE);

        // another organization, its admin and departments of the same names, all through the app
        mvc.perform(post("/operator/organizations").param("name", "해남군").param("fullName", "전라남도 해남군")
                        .param("kind", "BASIC").param("region", "전라남도").param("adminUsername", "haenam.admin")
                        .param("adminDisplayName", "기획예산실").param("password", "Sunrise-Budget-77")
                        .param("passwordConfirm", "Sunrise-Budget-77").with(csrf()).with(as("operator")))
                .andExpect(status().isFound());
        Map<Long, String> samcheokNames = new HashMap<>();
        jdbc.query("select id, name from department where organization_id = ?",
                rs -> { samcheokNames.put(rs.getLong(1), rs.getString(2)); }, samcheok.organizationId());
        java.util.Set<Long> used = new java.util.LinkedHashSet<>();
        for (PlanBlueprint.TaskPlan t : before.tasks()) {
            if (t.leadDepartmentId() != null) {
                used.add(t.leadDepartmentId());
            }
            used.addAll(t.collaboratingDepartmentIds());
        }
        int order = 0;
        for (Long id : used) {
            mvc.perform(post("/admin/departments").param("name", samcheokNames.get(id)).param("sortOrder", "" + order++)
                    .with(csrf()).with(as("haenam.admin"))).andExpect(status().isFound());
        }

        SessionCookie session = new SessionCookie();
        String preview = mvc.perform(multipart("/plans/import").file(file(exported)).with(session).with(csrf())
                        .with(as("haenam.admin")))
                .andDo(session).andReturn().getResponse().getContentAsString();
        assertThat(preview).doesNotContain("id=\"sheet-problems\"").contains("id=\"sheet-create\"");
        mvc.perform(post("/plans/import/create").param("token", token(preview)).with(session).with(csrf())
                .with(as("haenam.admin"))).andExpect(status().isFound());
        entityManager.flush();
        entityManager.clear();

        CurrentUser haenam = Accounts.user(jdbc, "haenam.admin");
        long copy = count("select id from plan where organization_id = ? and plan_year = 2021", haenam.organizationId());
        PlanBlueprint after = blueprints.of(copy, haenam);
        Map<Long, String> haenamNames = new HashMap<>();
        jdbc.query("select id, name from department where organization_id = ?",
                rs -> { haenamNames.put(rs.getLong(1), rs.getString(2)); }, haenam.organizationId());

        assertThat(after.header()).isEqualTo(before.header());
        assertThat(after.nodes()).isEqualTo(before.nodes());
        assertThat(comparable(after, haenamNames)).isEqualTo(comparable(before, samcheokNames));
        assertThat(jdbc.queryForObject("select state from plan where id = ?", String.class, copy)).isEqualTo("DRAFT");
        // the parsed months are the original's too
        String months = "select t.code || m.sort_order || ':' || coalesce(cast(m.planned_start as varchar(10)), '')"
                + " || coalesce(cast(m.planned_end as varchar(10)), '') || coalesce(m.planned_months, '')"
                + " || coalesce(m.recurrence, '') from milestone m join task t on t.id = m.task_id where t.plan_id = ?"
                + " and t.retired_on is null order by t.code, m.sort_order";
        assertThat(jdbc.queryForList(months, String.class, copy)).isEqualTo(jdbc.queryForList(months, String.class, original));
    }

    /** A task as data with ids left out and departments named; KPIs without the actuals of the year. */
    private static List<String> comparable(PlanBlueprint plan, Map<Long, String> names) {
        List<String> out = new ArrayList<>();
        for (PlanBlueprint.TaskPlan t : plan.tasks()) {
            out.add(String.join("|", t.nodeCode(), t.code(), t.title(), String.valueOf(names.get(t.leadDepartmentId())),
                    t.collaboratingDepartmentIds().stream().map(names::get).sorted().toList().toString(),
                    String.valueOf(t.collaborators()), String.valueOf(t.officer()), String.valueOf(t.phone()),
                    String.valueOf(t.budgetText()), String.valueOf(t.continuing()), String.valueOf(t.representative()),
                    String.valueOf(t.background()), String.valueOf(t.details()), String.valueOf(t.before()),
                    String.valueOf(t.after()), t.schedule().toString()));
            for (PlanBlueprint.Indicator k : t.kpis()) {
                out.add(t.code() + " KPI " + new PlanBlueprint.Indicator(k.name(), k.unit(),
                        k.baseline() == null ? null : k.baseline().stripTrailingZeros(),
                        k.target() == null ? null : k.target().stripTrailingZeros(), k.direction(), k.frequency(),
                        k.accumulation(), k.sourceNote(), null));
            }
        }
        return out;
    }
}
