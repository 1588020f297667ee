package kr.innotrack.checkround;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Table;
import kr.innotrack.document.HwpxFiles;
import kr.innotrack.plan.Plan;
import kr.innotrack.plan.PlanQueries;
import kr.innotrack.plan.TaskQueries;
import kr.innotrack.scoring.ScoringQueries;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.support.Accounts;
import kr.innotrack.support.IntegrationTest;
import kr.innotrack.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 한글 documents (.hwpx): the round result report and the year-end evaluation result, downloaded as a person
 * would, read back with hwpxlib and compared with the pages' own numbers; the package checked as an OWPML zip; another
 * organization gets 404. The round is written straight into the tables (rolled back after each test).
 */
@IntegrationTest
@Transactional
abstract class HwpxReportTests {

    static final String CAUSE = "코로나19 확산으로 집합교육이 연기되어 일정이 밀렸습니다.";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CheckRoundQueries rounds;

    @Autowired
    ScoringQueries scoring;

    @Autowired
    PlanQueries plans;

    @Autowired
    TaskQueries tasks;

    @Autowired
    jakarta.persistence.EntityManager em;

    long planId;
    long organizationId;
    CurrentUser viewer;
    CurrentUser stranger;

    @BeforeEach
    void samcheok() {
        planId = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시' and p.plan_year = 2021", Long.class);
        organizationId = jdbc.queryForObject("select organization_id from plan where id = ?", Long.class, planId);
        viewer = Accounts.user(jdbc, "samcheok.viewer");
        stranger = Accounts.user(jdbc, "incheon.admin");
    }

    /**
     * A closed 2분기 round on every task of the plan: every seventh task (by id) rated 부진 with a submitted remedy
     * whose cause is {@link #CAUSE}; one task not submitted.
     */
    long closedRound() {
        LocalDate reference = LocalDate.of(2021, 6, 30);
        jdbc.update("insert into check_round (plan_id, round_year, quarter, half_year, title, reference_date, deadline,"
                + " scope, state, created_at, opened_at, closed_at) values (?, 2021, 2, false, '2021년 2분기 정부혁신 실행계획"
                + " 추진상황 점검', ?, ?, 'ALL', 'CLOSED', current_timestamp, current_timestamp, current_timestamp)",
                planId, reference, reference.plusDays(12));
        long roundId = jdbc.queryForObject("select max(id) from check_round", Long.class);
        jdbc.update("insert into round_entry (round_id, task_id, department_id, sort_order, submission_state, progress,"
                + " self_status, rating, computed_status, computed_reasons, late) select ?, t.id, t.lead_department_id,"
                + " t.sort_order, 'SUBMITTED', 50, 'AMBER', case when mod(t.id, 7) = 0 then 'POOR' else 'NORMAL' end,"
                + " case when mod(t.id, 7) = 0 then 'RED' else 'GREEN' end, '추진일정 부진: 예정 2건 중 0건 완료',"
                + " false from task t where t.plan_id = ?", roundId, planId);
        jdbc.update("update round_entry set submission_state = 'NOT_STARTED', progress = null where id ="
                + " (select min(id) from round_entry where round_id = ? and rating = 'NORMAL')", roundId);
        jdbc.update("insert into remedy (entry_id, round_id, task_id, department_id, state, cause, measures, due_date,"
                + " requested_at) select e.id, e.round_id, e.task_id, e.department_id, 'SUBMITTED', ?, '비대면 교육으로 전환',"
                + " date '2021-09-30', current_timestamp from round_entry e where e.round_id = ? and e.rating = 'POOR'",
                CAUSE, roundId);
        jdbc.update("update round_entry set remedy_state_at_close = 'SUBMITTED' where round_id = ? and rating = 'POOR'",
                roundId);
        em.flush();
        em.clear();
        return roundId;
    }

    MockHttpServletResponse download(String url, CurrentUser user) throws Exception {
        return mvc.perform(get(url).with(SignedIn.as(user))).andExpect(status().isOk()).andReturn().getResponse();
    }

    static Table tableStartingWith(HWPXFile file, String firstHeader) {
        return HwpxFiles.tables(file).stream().filter(t -> HwpxFiles.rows(t).get(0).get(0).equals(firstHeader))
                .findFirst().orElseThrow(() -> new AssertionError("no table starting with " + firstHeader));
    }

    @Test
    void theRoundReportIsAHangulReportWithTheReportPagesNumbers() throws Exception {
        long roundId = closedRound();
        RoundViews.Report report = rounds.report(roundId, organizationId);
        int poor = jdbc.queryForObject("select count(*) from round_entry where round_id = ? and rating = 'POOR'",
                Integer.class, roundId);
        assertThat(poor).isPositive();
        assertThat(report.underPerforming()).hasSize(poor);

        MockHttpServletResponse response = download("/rounds/" + roundId + "/report.hwpx", viewer);
        assertThat(response.getContentType()).isEqualTo("application/hwp+zip");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("private, no-store");
        String title = "2021년 2분기 정부혁신 실행계획 추진상황 점검 결과 보고";
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment; filename=\"round-report-" + roundId + ".hwpx\"; filename*=UTF-8''")
                .contains(URLEncoder.encode(title, StandardCharsets.UTF_8).replace("+", "%20"));
        byte[] bytes = response.getContentAsByteArray();

        HWPXFile file = HwpxFiles.read(bytes);
        List<String> paragraphs = HwpxFiles.paragraphs(file);
        assertThat(paragraphs.get(0)).isEqualTo(title);
        assertThat(paragraphs).contains("1. 개요", "2. 추진 현황", "3. 미흡·부진 과제와 개선대책", "4. 향후 계획",
                "□ 점검 기준일: 2021. 6. 30. (제출 기한 2021. 7. 12.)");
        int total = report.current().total();
        assertThat(paragraphs).contains("□ 제출 현황: 제출 " + (total - 1) + "건(기한 내 " + (total - 1)
                + "건, 기한 후 0건), 미제출 1건");

        // 추진 현황: two header rows, a row per area and per department as on the page, a total row
        Table areas = tableStartingWith(file, "분야");
        assertThat(areas.countOfTr()).isEqualTo(2 + report.areas().size() + 1);
        List<List<String>> areaRows = HwpxFiles.rows(areas);
        assertThat(areaRows.get(areaRows.size() - 1).subList(0, 2)).containsExactly("합계", String.valueOf(total));
        assertThat(areaRows.get(1)).containsSequence("우수", "정상", "미흡", "부진", "미평가");
        Table departments = tableStartingWith(file, "부서");
        assertThat(departments.countOfTr()).isEqualTo(2 + report.departments().size() + 1);
        assertThat(HwpxFiles.rows(departments).subList(2, 2 + report.departments().size()))
                .extracting(r -> r.get(0)).containsExactlyElementsOf(report.departments().stream()
                        .map(RoundViews.Line::name).toList());

        // 미흡·부진 과제: one row per laggard with its cause and remedy
        Table laggards = tableStartingWith(file, "과제");
        assertThat(laggards.countOfTr()).isEqualTo(1 + poor);
        List<List<String>> laggardRows = HwpxFiles.rows(laggards);
        RoundEntry first = report.underPerforming().get(0).entry();
        assertThat(laggardRows.get(1).get(0)).isEqualTo(first.getTask().getCode() + " " + first.getTask().getTitle());
        assertThat(laggardRows.get(1).get(3)).isEqualTo(CAUSE);
        assertThat(laggardRows.get(1).get(4)).isEqualTo("비대면 교육으로 전환");
        assertThat(laggardRows.get(1).get(5)).isEqualTo("2021. 9. 30.");
        // 향후 계획: the due dates, the missing report, the next round proposed from the plan's setting
        assertThat(paragraphs).anyMatch(p -> p.startsWith("○ " + first.getTask().getCode()) && p.contains("2021. 9. 30.까지 이행"));
        assertThat(paragraphs).contains("□ 미제출 과제 1건은 부서에 조속히 제출하도록 요청");
        assertThat(paragraphs).anyMatch(p -> p.startsWith("○ 다음 분기 점검: 기준일 2021. 9. 30."));

        assertValidPackage(bytes);
        mvc.perform(get("/rounds/" + roundId + "/report.hwpx").with(SignedIn.as(stranger))).andExpect(status().isNotFound());
        String page = mvc.perform(get("/rounds/" + roundId + "/report").with(SignedIn.as(viewer))).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("href=\"/rounds/" + roundId + "/report.hwpx\"").contains(">한글 내려받기</a>");
    }

    @Test
    void theEvaluationResultListsEveryRankedDepartmentWithItsComponents() throws Exception {
        closedRound();
        Plan plan = plans.plan(planId, organizationId);
        ScoringQueries.Ranking ranking = scoring.rankingFor(plan, tasks.progressData(planId), tasks.tasksOf(planId));
        assertThat(ranking.departments()).isNotEmpty();

        MockHttpServletResponse response = download("/plans/" + planId + "/ranking.hwpx", viewer);
        assertThat(response.getContentType()).isEqualTo("application/hwp+zip");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment; filename=\"evaluation-result-" + planId + ".hwpx\"; filename*=UTF-8''");
        byte[] bytes = response.getContentAsByteArray();
        HWPXFile file = HwpxFiles.read(bytes);
        List<String> paragraphs = HwpxFiles.paragraphs(file);
        assertThat(paragraphs.get(0)).endsWith("부서 평가 결과 보고");
        assertThat(paragraphs).contains("3. 포상 결과")
                .contains("□ 포상은 아직 확정되지 않았습니다. 확정되면 이 문서에 포상 결과가 함께 실립니다.");

        Table table = tableStartingWith(file, "순위");
        assertThat(table.countOfTr()).isEqualTo(2 + ranking.departments().size());
        List<List<String>> rows = HwpxFiles.rows(table);
        for (int i = 0; i < ranking.departments().size(); i++) {
            var d = ranking.departments().get(i);
            assertThat(rows.get(2 + i).subList(0, 2)).containsExactly(String.valueOf(d.rank()), d.name());
        }
        assertValidPackage(bytes);
        mvc.perform(get("/plans/" + planId + "/ranking.hwpx").with(SignedIn.as(stranger))).andExpect(status().isNotFound());
    }

    @Test
    void confirmedAwardsAreInTheEvaluationResultAsFrozen() throws Exception {
        jdbc.update("delete from award_line where award_result_id in (select id from award_result where plan_id = ?)", planId);
        jdbc.update("delete from award_result where plan_id = ?", planId);
        jdbc.update("insert into award_result (plan_id, model_version_no, confirmed_at, confirmed_by, tie_note)"
                + " values (?, 1, timestamp '2022-01-20 10:00:00', '기획예산담당관', '동점은 부서 순서로 정했습니다.')", planId);
        long award = jdbc.queryForObject("select id from award_result where plan_id = ?", Long.class, planId);
        jdbc.update("insert into award_line (award_result_id, line_no, ranking_rank, department_name, score, task_count,"
                + " components, grade, amount_thousand_won) values (?, 1, 1, '민원과', 91.25, 3, '추진일정 30% 90', '최우수',"
                + " 1000), (?, 2, 2, '총무과', 88.5, 6, '추진일정 30% 85', '우수', 700), (?, 3, 3, '기획조정실', 80, 16,"
                + " '추진일정 30% 80', null, null)", award, award, award);
        em.flush();
        em.clear();

        HWPXFile file = HwpxFiles.read(download("/plans/" + planId + "/ranking.hwpx", viewer).getContentAsByteArray());
        assertThat(HwpxFiles.paragraphs(file)).contains("□ 포상 확정: 2022. 1. 20. (기획예산담당관)",
                "○ 동점 처리: 동점은 부서 순서로 정했습니다.");
        Table awards = HwpxFiles.tables(file).stream().filter(t -> HwpxFiles.rows(t).get(0).contains("등급")).findFirst()
                .orElseThrow();
        assertThat(HwpxFiles.rows(awards)).containsExactly(List.of("순위", "부서", "등급", "총점", "과제 수", "포상금(천원)"),
                List.of("1", "민원과", "최우수", "91.25", "3", "1,000"), List.of("2", "총무과", "우수", "88.5", "6", "700"),
                List.of("3", "기획조정실", "-", "80", "16", "-"));
    }

    static void assertValidPackage(byte[] bytes) throws Exception {
        List<HwpxFiles.Entry> entries = HwpxFiles.entries(bytes);
        assertThat(entries.get(0).name()).isEqualTo("mimetype");
        assertThat(entries.get(0).method()).isEqualTo(ZipEntry.STORED);
        assertThat(entries.get(0).text()).isEqualTo("application/hwp+zip");
        HwpxFiles.Entry section = entries.stream().filter(e -> e.name().equals("Contents/section0.xml")).findFirst()
                .orElseThrow();
        assertThat(HwpxFiles.xml(section).getDocumentElement().getLocalName()).isEqualTo("sec");
        assertThat(entries).extracting(HwpxFiles.Entry::name).contains("Contents/content.hpf", "META-INF/manifest.xml",
                "META-INF/container.xml");
    }
}
