package kr.innotrack.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import tools.jackson.databind.JsonNode;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.util.Map;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.Role;
import kr.innotrack.support.QueryCounter;
import kr.innotrack.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Scoring against the seeded plans: voting rules, weights that re-rank, awards frozen against later changes, the
 * ranking API's arithmetic, who may do what, bad input and statement counts. Each test uses its own plan state:
 * the Samcheok tests share one database, so they only add data that the others do not count on.
 */
@SpringBootTest(properties = {"spring.jpa.properties.hibernate.generate_statistics=true",
        "innotrack.scheduling.enabled=false"})
@AutoConfigureMockMvc
abstract class ScoringTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ScoringWork work;

    @Autowired
    ScoringService scoring;

    @Autowired
    EntityManagerFactory emf;

    long samcheok;
    long junggu;
    long incheon;

    @BeforeEach
    void plans() {
        samcheok = planOf("삼척시");
        junggu = planOf("서울특별시 중구");
        incheon = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name like '인천%'", Long.class);
    }

    long planOf(String organization) {
        return jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = ?", Long.class, organization);
    }

    CurrentUser user(String username) {
        return kr.innotrack.support.Accounts.user(jdbc, username);
    }

    long taskId(long planId, String code) {
        return jdbc.queryForObject("select id from task where plan_id = ? and code = ?", Long.class, planId, code);
    }

    MvcResult http(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        request.with(csrf());
        return mvc.perform(user == null ? request : request.with(SignedIn.as(user))).andReturn();
    }

    // ------------------------------------------------------------------ voting (Incheon's plan: nobody else votes there)

    @Test
    void votingRules() throws Exception {
        CurrentUser simin = user("incheon.simin");
        CurrentUser gongdong = user("incheon.gongdong");
        CurrentUser admin = user("incheon.admin");
        CurrentUser viewer = user("incheon.viewer");
        long t1 = jdbc.queryForObject("select min(id) from task where plan_id = ?", Long.class, incheon);
        long[] tasks = jdbc.queryForList("select id from task where plan_id = ? order by sort_order", Long.class, incheon)
                .stream().mapToLong(Long::longValue).toArray();

        work.vote(incheon, t1, simin);
        assertThatThrownBy(() -> work.vote(incheon, t1, simin)).isInstanceOf(NotAllowedNow.class)
                .hasMessageContaining("이미 투표");
        work.vote(incheon, tasks[1], simin);
        work.vote(incheon, tasks[2], simin);
        assertThatThrownBy(() -> work.vote(incheon, tasks[3], simin)).isInstanceOf(NotAllowedNow.class)
                .hasMessageContaining("3개 과제까지");
        assertThatThrownBy(() -> work.vote(incheon, t1, viewer)).isInstanceOf(AccessDeniedHere.class);
        // Another organization's staff cannot vote on this plan at all.
        assertThatThrownBy(() -> work.vote(incheon, t1, user("samcheok.chongmu")))
                .isInstanceOf(kr.innotrack.shared.NotFoundException.class);
        assertThat(http(post("/plans/" + incheon + "/contest/votes").param("taskId", "" + t1)
                .accept(MediaType.TEXT_HTML), null).getResponse().getStatus()).isEqualTo(302); // to sign-in
        assertThat(http(post("/plans/" + incheon + "/contest/votes").param("taskId", "" + t1), viewer)
                .getResponse().getStatus()).isEqualTo(403);
        work.vote(incheon, t1, gongdong);
        work.vote(incheon, t1, admin);

        // Counts are not shown before the vote closes, even to the admin.
        String before = http(get("/plans/" + incheon + "/contest").accept(MediaType.TEXT_HTML), admin).getResponse().getContentAsString();
        assertThat(before).doesNotContain("득표</th>");
        assertThatThrownBy(() -> work.closeVote(incheon, simin)).isInstanceOf(AccessDeniedHere.class);
        work.closeVote(incheon, admin);
        assertThatThrownBy(() -> work.vote(incheon, tasks[4], gongdong)).isInstanceOf(NotAllowedNow.class)
                .hasMessageContaining("마감");
        assertThat(scoring.voteCounts(incheon)).containsEntry(t1, 3L).containsEntry(tasks[1], 1L);
        String after = http(get("/plans/" + incheon + "/contest").accept(MediaType.TEXT_HTML), viewer).getResponse().getContentAsString();
        assertThat(after).contains("득표</th>").contains("직원투표 마감");
        // The contest now counts in the ranking: the task with three votes gives its department the best contest value.
        ScoringService.Ranking ranking = scoring.ranking(incheon, admin.organizationId());
        assertThat(ranking.voteClosed()).isTrue();
        assertThat(ranking.departments()).anySatisfy(d -> assertThat(d.parts()).anySatisfy(p -> {
            assertThat(p.task().taskId()).isEqualTo(t1);
            assertThat(p.values().get(Component.CONTEST).measured()).isTrue();
            assertThat(p.values().get(Component.CONTEST).value()).isCloseTo(70, within(1e-9)); // no panel: 0×30% + 100×70%
        }));
    }

    // ------------------------------------------------------------------ weights, awards, API (Samcheok)

    @Test
    void weightsReRankAndConfirmedAwardsStayFrozen() throws Exception {
        CurrentUser admin = user("samcheok.admin");
        // Give 총무과 a done milestone and 기획조정실 a KPI value, so the two weights pull in opposite directions.
        long chongmuTask = taskId(samcheok, "다-1-1");
        jdbc.update("update milestone set status = 'DONE', actual_completion = planned_end where task_id = ?", chongmuTask);
        long gijoKpi = jdbc.queryForObject("select k.id from kpi k join task t on t.id = k.task_id where t.code = '가-2-3'"
                + " and t.plan_id = ?", Long.class, samcheok);
        jdbc.update("insert into kpi_actual (kpi_id, actual_year, quarter, actual_value) values (?, 2021, 4, 100)", gijoKpi);

        ModelForm milestonesOnly = form(100, 0, 0, 0, 0, 0, 0);
        milestonesOnly.setBasedOn(scoring.model(samcheok).versionNo());
        work.saveModel(samcheok, milestonesOnly, admin);
        assertThat(scoring.ranking(samcheok, admin.organizationId()).departments().get(0).name()).isEqualTo("총무과");

        ModelForm kpiOnly = form(0, 100, 0, 0, 0, 0, 0);
        kpiOnly.setBasedOn(scoring.model(samcheok).versionNo());
        work.saveModel(samcheok, kpiOnly, admin);
        ScoringService.Ranking byKpi = scoring.ranking(samcheok, admin.organizationId());
        assertThat(byKpi.departments().get(0).name()).isNotEqualTo("총무과");
        assertThat(byKpi.model().versionNo()).isEqualTo(milestonesOnly.getBasedOn() + 2);
        // A save based on an older version is refused.
        ModelForm stale = form(50, 50, 0, 0, 0, 0, 0);
        stale.setBasedOn(milestonesOnly.getBasedOn());
        assertThatThrownBy(() -> work.saveModel(samcheok, stale, admin))
                .isInstanceOf(kr.innotrack.shared.StaleEditException.class);

        // The ranking API: score is exactly Σ weight × value.
        String json = http(get("/api/plans/" + samcheok + "/ranking"), user("samcheok.viewer")).getResponse().getContentAsString();
        JsonNode rows = new tools.jackson.databind.json.JsonMapper().readTree(json);
        assertThat(rows.size()).isEqualTo(byKpi.departments().size());
        for (JsonNode row : rows) {
            double sum = 0;
            for (JsonNode c : row.get("components")) {
                sum += c.get("weight").asDouble() * c.get("value").asDouble();
            }
            assertThat(row.get("score").asDouble()).isCloseTo(sum, within(1e-9));
        }
        assertThat(rows.get(0).get("rank").asInt()).isEqualTo(1);

        // Confirm awards: frozen with the model version used.
        AwardForm awards = AwardForm.defaults(false);
        AwardResult result = work.confirmAwards(samcheok, awards, admin);
        int frozenVersion = result.getModelVersionNo();
        String winner = jdbc.queryForObject("select department_name from award_line where award_result_id = ? and grade = '최우수'",
                String.class, result.getId());
        BigDecimal winnerScore = jdbc.queryForObject("select score from award_line where award_result_id = ? and grade = '최우수'",
                BigDecimal.class, result.getId());
        assertThat(winner).isEqualTo(byKpi.departments().get(0).name());
        assertThat(jdbc.queryForObject("select count(*) from award_line where award_result_id = ? and grade is not null",
                Long.class, result.getId())).isEqualTo(6);
        assertThat(jdbc.queryForObject("select amount_thousand_won from award_line where award_result_id = ? and grade = '최우수'",
                Long.class, result.getId())).isEqualTo(1000);

        // Data and weights change afterwards; the live ranking moves, the frozen result does not.
        ModelForm back = form(100, 0, 0, 0, 0, 0, 0);
        back.setBasedOn(scoring.model(samcheok).versionNo());
        work.saveModel(samcheok, back, admin);
        assertThat(scoring.ranking(samcheok, admin.organizationId()).departments().get(0).name()).isEqualTo("총무과");
        AwardResult frozen = scoring.award(samcheok).orElseThrow();
        assertThat(frozen.getModelVersionNo()).isEqualTo(frozenVersion);
        assertThat(frozen.getLines().get(0).getDepartmentName()).isEqualTo(winner);
        assertThat(frozen.getLines().get(0).getScore()).isEqualByComparingTo(winnerScore);
        assertThatThrownBy(() -> work.confirmAwards(samcheok, awards, admin)).isInstanceOf(NotAllowedNow.class);
        String csv = http(get("/plans/" + samcheok + "/awards.csv"), admin).getResponse().getContentAsString();
        assertThat(csv).contains("최우수").contains(winner).contains("평가 모델 " + frozenVersion + "판");
    }

    static ModelForm form(int milestone, int kpi, int rating, int timeliness, int remedy, int contest, int collaboration) {
        ModelForm f = ModelForm.defaults();
        f.setMilestone(milestone);
        f.setKpi(kpi);
        f.setRating(rating);
        f.setTimeliness(timeliness);
        f.setRemedy(remedy);
        f.setContest(contest);
        f.setCollaboration(collaboration);
        return f;
    }

    // ------------------------------------------------------------------ Jung-gu: collaboration evaluation

    @Test
    void jungguEvaluatesCollaboratorsThroughTheLeadDepartment() throws Exception {
        CurrentUser admin = user("junggu.admin");
        ScoringService.ModelView model = scoring.model(junggu);
        assertThat(model.versionNo()).isEqualTo(1);
        assertThat(model.form().getCollaboration()).isEqualTo(60);
        assertThat(model.form().getReferenceDate()).hasToString("2016-10-31");
        long task18 = jdbc.queryForObject("select t.id from task t join task_collaborating_department c on c.task_id = t.id"
                + " where t.plan_id = ?", Long.class, junggu);
        long collaborator = jdbc.queryForObject("select department_id from task_collaborating_department where task_id = ?",
                Long.class, task18);
        // Only the lead department (or the office) scores its collaborators.
        CurrentUser otherOfficer = user("junggu.jeonsan");
        assertThatThrownBy(() -> work.saveCollaborationScores(junggu, Map.of(task18, Map.of(collaborator, new ScoreForms.Score(new BigDecimal("70"), null))),
                otherOfficer)).isInstanceOf(AccessDeniedHere.class);
        work.saveCollaborationScores(junggu, Map.of(task18, Map.of(collaborator, new ScoreForms.Score(new BigDecimal("70"), null))), admin);
        work.savePanelScores(junggu, "전문가 A", Map.of(task18, new ScoreForms.Score(new BigDecimal("90"), null)), admin);
        ScoringService.Ranking ranking = scoring.ranking(junggu, admin.organizationId());
        ScoreCalculator.DepartmentScore collab = ranking.departments().stream()
                .filter(d -> d.departmentId().equals(collaborator)).findFirst().orElseThrow();
        ScoreCalculator.TaskPart part = collab.parts().stream().filter(p -> p.task().taskId().equals(task18)).findFirst().orElseThrow();
        assertThat(part.lead()).isFalse();
        assertThat(part.values().get(Component.COLLABORATION).value()).isCloseTo(70, within(1e-9));
        String breakdown = http(get("/plans/" + junggu + "/ranking/departments/" + collaborator).accept(MediaType.TEXT_HTML),
                user("junggu.viewer")).getResponse().getContentAsString();
        assertThat(breakdown).contains("왜 이 점수인가?").contains("주관부서 평가 70점").contains("협업 (비중 1.00)");
        // Bad input answers 400 with a Korean message, nothing saved.
        MvcResult bad = http(post("/plans/" + junggu + "/collaboration-scores").param("lines[0].taskId", "" + task18)
                .param("lines[0].departmentId", "" + collaborator).param("lines[0].score", "150")
                .accept(MediaType.TEXT_HTML), admin);
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentAsString()).contains("점수는 0부터 100 사이로 입력하세요.");
        MvcResult badModel = http(post("/plans/" + junggu + "/scoring-model").param("basedOn", "1").param("milestone", "50")
                .param("kpi", "20").param("rating", "0").param("timeliness", "0").param("remedy", "0").param("contest", "0")
                .param("collaboration", "60").param("collaboratorShare", "100").param("kpiCap", "100").param("panelWeight", "30")
                .param("voteWeight", "70").param("votesPerAccount", "3").accept(MediaType.TEXT_HTML), admin);
        assertThat(badModel.getResponse().getStatus()).isEqualTo(400);
        assertThat(badModel.getResponse().getContentAsString()).contains("가중치의 합이 100이어야 합니다. 지금 합계: 130");
        assertThat(scoring.model(junggu).versionNo()).isEqualTo(1);
        assertThat(http(post("/plans/" + junggu + "/scoring-model").param("basedOn", "1"), user("junggu.gihoek"))
                .getResponse().getStatus()).isEqualTo(403);
    }

    // ------------------------------------------------------------------ statements per page

    @Test
    void scoringPagesIssueABoundedNumberOfStatements() throws Exception {
        QueryCounter counter = new QueryCounter(emf);
        CurrentUser viewer = user("samcheok.viewer");
        long gijo = jdbc.queryForObject("select id from department where name = '기획조정실'", Long.class);
        for (String page : new String[] {"/plans/%d/ranking", "/api/plans/%d/ranking", "/plans/%d/ranking/departments/" + gijo,
                "/plans/%d/contest", "/plans/%d/awards"}) {
            long n = counter.count(() -> http(get(page.formatted(samcheok)).accept(
                    page.startsWith("/api") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML), viewer));
            assertThat(n).as(page).isLessThanOrEqualTo(20);
        }
    }
}
