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
import java.util.List;
import java.util.Map;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Explained;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.Role;
import kr.innotrack.support.QueryCounter;
import kr.innotrack.support.SignedIn;
import kr.innotrack.support.TestClock;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.AfterEach;
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
@org.springframework.context.annotation.Import(TestClock.Config.class)
abstract class ScoringTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ScoringCommands work;

    @Autowired
    ScoringQueries scoring;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    TestClock clock;

    @Autowired
    Messages messages;

    private static final List<String> GRADES = List.of("최우수", "우수", "장려");

    /** A refusal whose words (resolved as the person reads them) contain {@code text}. */
    ThrowingConsumer<Throwable> says(String text) {
        return e -> assertThat(messages.get((Explained) e)).contains(text);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

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

    /** The version of the saved collaboration score a save must be based on (issue 12), or null when none is saved. */
    Long collaborationVersion(long taskId, long departmentId) {
        return jdbc.query("select version from collaboration_score where task_id = ? and department_id = ?",
                rs -> rs.next() ? rs.getLong(1) : null, taskId, departmentId);
    }

    long taskId(long planId, String code) {
        return jdbc.queryForObject("select id from task where plan_id = ? and code = ?", Long.class, planId, code);
    }

    MvcResult http(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        request.with(csrf());
        return mvc.perform(user == null ? request : request.with(SignedIn.as(user))).andReturn();
    }

    // ------------------------------------------------------------------ voting (Incheon's plan: nobody else votes there)

    long departmentOf(String username) {
        return jdbc.queryForObject("select department_id from account where username = ?", Long.class, username);
    }

    /**
     * Issue 13 changed the contest's rules, and this test with them: the office shortlists tasks (본선 과제) and opens
     * the vote once every candidate has its department's summary; only candidates can be voted for, and nobody votes
     * for a task of their own department. The rules it checked before (once per task, at most three, counts hidden
     * until closing, the contest counting after) are checked as before.
     */
    @Test
    void votingRules() throws Exception {
        CurrentUser simin = user("incheon.simin");
        CurrentUser gongdong = user("incheon.gongdong");
        CurrentUser sotong = user("incheon.sotong");
        CurrentUser admin = user("incheon.admin");
        CurrentUser viewer = user("incheon.viewer");
        // 소통기획담당관실's five tasks: none of them belongs to the voters below.
        long[] tasks = jdbc.queryForList("select id from task where plan_id = ? and lead_department_id = ? order by sort_order",
                Long.class, incheon, departmentOf("incheon.sotong")).stream().mapToLong(Long::longValue).toArray();
        long t1 = tasks[0];
        long siminTask = jdbc.queryForObject("select min(id) from task where plan_id = ? and lead_department_id = ?",
                Long.class, incheon, departmentOf("incheon.simin"));
        long notShortlisted = jdbc.queryForObject("select max(id) from task where plan_id = ? and lead_department_id = ?",
                Long.class, incheon, departmentOf("incheon.gongdong"));

        // Before the shortlist and the opening, nobody votes.
        assertThatThrownBy(() -> work.vote(incheon, t1, simin)).isInstanceOf(NotAllowedNow.class)
                .satisfies(says("아직 투표가 시작되지 않았습니다"));
        java.util.Set<Long> shortlist = new java.util.HashSet<>();
        for (long t : tasks) {
            shortlist.add(t);
        }
        shortlist.add(siminTask);
        assertThatThrownBy(() -> work.saveShortlist(incheon, shortlist, scoring.contestVersion(incheon), simin))
                .isInstanceOf(AccessDeniedHere.class);
        work.saveShortlist(incheon, shortlist, scoring.contestVersion(incheon), admin);
        assertThat(scoring.candidates(incheon)).hasSize(6);
        // A shortlist form read before that save is stale.
        assertThatThrownBy(() -> work.saveShortlist(incheon, java.util.Set.of(t1), -1L, admin))
                .isInstanceOf(kr.innotrack.shared.StaleEditException.class);
        // Opening waits for every candidate's summary; only the lead department (or the office) writes it.
        assertThatThrownBy(() -> work.openVote(incheon, true, admin)).isInstanceOf(NotAllowedNow.class)
                .satisfies(says("성과 요약이 없는 본선 과제 6건"));
        assertThatThrownBy(() -> writeSummary(incheon, t1, summary(incheon, t1, "요약"), simin))
                .isInstanceOf(AccessDeniedHere.class);
        writeSummary(incheon, t1, summary(incheon, t1, "도시 홍보영상 9개 군·구 노출, 조회수 12만 회"), sotong);
        for (long t : shortlist) {
            if (t != t1) {
                writeSummary(incheon, t, summary(incheon, t, "성과 요약 " + t), admin);
            }
        }
        MvcResult openWithoutConfirm = http(post("/plans/" + incheon + "/contest/open").accept(MediaType.TEXT_HTML), admin);
        assertThat(openWithoutConfirm.getResponse().getRedirectedUrl()).isEqualTo("/plans/" + incheon + "/contest/open");
        assertThat(http(get("/plans/" + incheon + "/contest/open").accept(MediaType.TEXT_HTML), admin).getResponse()
                .getContentAsString()).contains("본선 과제 6건이 투표 대상이 됩니다").contains("되돌릴 수 없습니다");
        assertThatThrownBy(() -> work.openVote(incheon, false, admin)).isInstanceOf(NotAllowedNow.class);
        assertThat(http(post("/plans/" + incheon + "/contest/open").param("confirm", "true").accept(MediaType.TEXT_HTML), admin)
                .getResponse().getStatus()).isEqualTo(302);
        // From now on the shortlist and the summaries are locked.
        assertThatThrownBy(() -> work.saveShortlist(incheon, java.util.Set.of(t1), scoring.contestVersion(incheon), admin))
                .isInstanceOf(NotAllowedNow.class);
        assertThatThrownBy(() -> writeSummary(incheon, t1, summary(incheon, t1, "고친 요약"), sotong))
                .isInstanceOf(NotAllowedNow.class);
        // Voters read each candidate's summary with its numbers before choosing.
        String page = http(get("/plans/" + incheon + "/contest").accept(MediaType.TEXT_HTML), simin).getResponse()
                .getContentAsString();
        assertThat(page).contains("도시 홍보영상 9개 군·구 노출, 조회수 12만 회").contains("추진일정: 오늘까지 예정")
                .contains("우리 부서 과제라 투표할 수 없습니다");

        work.vote(incheon, t1, simin);
        assertThatThrownBy(() -> work.vote(incheon, t1, simin)).isInstanceOf(NotAllowedNow.class)
                .satisfies(says("이미 투표"));
        // Not for one's own department's task, nor for a task off the shortlist.
        assertThatThrownBy(() -> work.vote(incheon, siminTask, simin)).isInstanceOf(AccessDeniedHere.class)
                .satisfies(says("우리 부서가 주관하거나 협업하는 과제"));
        assertThat(http(post("/plans/" + incheon + "/contest/votes").param("taskId", "" + siminTask), simin)
                .getResponse().getStatus()).isEqualTo(403);
        assertThatThrownBy(() -> work.vote(incheon, notShortlisted, gongdong)).isInstanceOf(NotAllowedNow.class)
                .satisfies(says("본선 과제가 아니라"));
        assertThatThrownBy(() -> work.vote(incheon, t1, sotong)).isInstanceOf(AccessDeniedHere.class);
        work.vote(incheon, tasks[1], simin);
        work.vote(incheon, tasks[2], simin);
        assertThatThrownBy(() -> work.vote(incheon, tasks[3], simin)).isInstanceOf(NotAllowedNow.class)
                .satisfies(says("3개 과제까지"));
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
        assertThat(before).doesNotContain("class=\"count\"");
        assertThatThrownBy(() -> work.closeVote(incheon, true, simin)).isInstanceOf(AccessDeniedHere.class);
        // Closing asks first (투표 마감), then closes.
        assertThat(http(post("/plans/" + incheon + "/contest/close").accept(MediaType.TEXT_HTML), admin).getResponse()
                .getRedirectedUrl()).isEqualTo("/plans/" + incheon + "/contest/close");
        assertThat(http(get("/plans/" + incheon + "/contest/close").accept(MediaType.TEXT_HTML), admin).getResponse()
                .getContentAsString()).contains("3명이 5표를 던졌습니다").contains("다시 열 수 없습니다");
        assertThatThrownBy(() -> work.closeVote(incheon, false, admin)).isInstanceOf(NotAllowedNow.class);
        work.closeVote(incheon, true, admin);
        assertThatThrownBy(() -> work.vote(incheon, tasks[4], gongdong)).isInstanceOf(NotAllowedNow.class)
                .satisfies(says("마감"));
        assertThat(scoring.voteCounts(incheon)).containsEntry(t1, 3L).containsEntry(tasks[1], 1L);
        String after = http(get("/plans/" + incheon + "/contest").accept(MediaType.TEXT_HTML), viewer).getResponse().getContentAsString();
        assertThat(after).contains("득표 3").contains("직원투표 마감");
        // The contest now counts in the ranking: the task with three votes gives its department the best contest value.
        ScoringQueries.Ranking ranking = scoring.ranking(incheon, admin.organizationId());
        assertThat(ranking.voteClosed()).isTrue();
        assertThat(java.util.stream.Stream.concat(ranking.departments().stream(), ranking.insufficient().stream()))
                .anySatisfy(d -> assertThat(d.parts()).anySatisfy(p -> {
            assertThat(p.task().taskId()).isEqualTo(t1);
            assertThat(p.values().get(Component.CONTEST).measured()).isTrue();
            assertThat(p.values().get(Component.CONTEST).value()).isCloseTo(70, within(1e-9)); // no panel: 0×30% + 100×70%
        }));
        // A task off the shortlist has no contest data at all.
        assertThat(java.util.stream.Stream.concat(ranking.departments().stream(), ranking.insufficient().stream())
                .flatMap(d -> d.parts().stream()).filter(p -> p.task().taskId().equals(notShortlisted)).findFirst()
                .orElseThrow().values().get(Component.CONTEST).why()).satisfies(w -> assertThat(messages.get(w)).isEqualTo("본선 과제 아님"));
    }

    void writeSummary(long planId, long taskId, SummaryForm form, CurrentUser user) {
        work.writeSummary(planId, taskId, form.getSummary(), form.getVersion(), user);
    }

    SummaryForm summary(long planId, long taskId, String text) {
        SummaryForm f = SummaryForm.of(scoring.candidate(planId, taskId, jdbc.queryForObject(
                "select organization_id from plan where id = ?", Long.class, planId)));
        f.setSummary(text);
        return f;
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
        work.saveModel(samcheok, milestonesOnly.toSettings(), milestonesOnly.getBasedOn(), admin);
        assertThat(scoring.ranking(samcheok, admin.organizationId()).departments().get(0).name()).isEqualTo("총무과");

        ModelForm kpiOnly = form(0, 100, 0, 0, 0, 0, 0);
        kpiOnly.setBasedOn(scoring.model(samcheok).versionNo());
        work.saveModel(samcheok, kpiOnly.toSettings(), kpiOnly.getBasedOn(), admin);
        ScoringQueries.Ranking byKpi = scoring.ranking(samcheok, admin.organizationId());
        assertThat(byKpi.departments().get(0).name()).isNotEqualTo("총무과");
        assertThat(byKpi.model().versionNo()).isEqualTo(milestonesOnly.getBasedOn() + 2);
        // A save based on an older version is refused.
        ModelForm stale = form(50, 50, 0, 0, 0, 0, 0);
        stale.setBasedOn(milestonesOnly.getBasedOn());
        assertThatThrownBy(() -> work.saveModel(samcheok, stale.toSettings(), stale.getBasedOn(), admin))
                .isInstanceOf(kr.innotrack.shared.StaleEditException.class);
        // The same values again make no new version (a new one would ask for the ranking to be published again).
        ModelForm same = form(0, 100, 0, 0, 0, 0, 0);
        same.setBasedOn(byKpi.model().versionNo());
        assertThat(work.saveModel(samcheok, same.toSettings(), same.getBasedOn(), admin))
                .isEqualTo(byKpi.model().versionNo());
        assertThat(scoring.model(samcheok).versionNo()).isEqualTo(byKpi.model().versionNo());

        // The ranking API: score is exactly Σ weight × value.
        String json = http(get("/api/plans/" + samcheok + "/ranking"), user("samcheok.viewer")).getResponse().getContentAsString();
        JsonNode rows = new tools.jackson.databind.json.JsonMapper().readTree(json);
        assertThat(rows.size()).isEqualTo(byKpi.departments().size());
        for (JsonNode row : rows) {
            double sum = 0;
            for (JsonNode c : row.get("components")) {
                sum += c.get("weight").asDouble() * c.get("value").asDouble();
                assertThat(c.get("filled").isBoolean()).as("each component says whether it was filled").isTrue();
            }
            assertThat(row.get("coverage").asDouble()).isBetween(0.0, 1.0);
            assertThat(row.get("score").asDouble()).isCloseTo(sum, within(1e-9));
        }
        assertThat(rows.get(0).get("rank").asInt()).isEqualTo(1);

        // Confirm awards: after the ranking is published and its objection window has closed (issue 13), frozen with
        // the model version used. Only ranked departments above the floor (0 points) get a grade.
        clock.set(java.time.LocalDate.of(2022, 1, 5));
        PublishForm publish = new PublishForm();
        publish.setObjectionUntil(java.time.LocalDate.of(2022, 1, 5));
        work.publish(samcheok, publish.getObjectionUntil(), publish.getVersion(), admin);
        // the same form again (a page from before the publication, e.g. restored by Back): stale, not a second one
        assertThatThrownBy(() -> work.publish(samcheok, publish.getObjectionUntil(), publish.getVersion(), admin))
                .isInstanceOf(kr.innotrack.shared.StaleEditException.class);
        AwardForm awards = AwardForm.defaults(false, GRADES);
        assertThatThrownBy(() -> work.confirmAwards(samcheok, awards.toRequest(), true, admin)).isInstanceOf(NotAllowedNow.class)
                .satisfies(says("이의 신청 기간"));
        clock.set(java.time.LocalDate.of(2022, 1, 6));
        AwardResult result = work.confirmAwards(samcheok, awards.toRequest(), true, admin);
        int frozenVersion = result.getModelVersionNo();
        String winner = jdbc.queryForObject("select department_name from award_line where award_result_id = ? and grade = '최우수'",
                String.class, result.getId());
        BigDecimal winnerScore = jdbc.queryForObject("select score from award_line where award_result_id = ? and grade = '최우수'",
                BigDecimal.class, result.getId());
        assertThat(winner).isEqualTo(byKpi.departments().get(0).name());
        long eligible = byKpi.departments().stream().filter(d -> AwardPlan.score(d).signum() > 0).count();
        assertThat(jdbc.queryForObject("select count(*) from award_line where award_result_id = ? and grade is not null",
                Long.class, result.getId())).isEqualTo(Math.min(6, eligible));
        assertThat(jdbc.queryForObject("select count(*) from award_line where award_result_id = ? and grade is not null"
                + " and score <= 0", Long.class, result.getId())).isZero();
        assertThat(jdbc.queryForObject("select amount_thousand_won from award_line where award_result_id = ? and grade = '최우수'",
                Long.class, result.getId())).isEqualTo(1000);

        // Data and weights change afterwards; the live ranking moves, the frozen result does not.
        ModelForm back = form(100, 0, 0, 0, 0, 0, 0);
        back.setBasedOn(scoring.model(samcheok).versionNo());
        work.saveModel(samcheok, back.toSettings(), back.getBasedOn(), admin);
        assertThat(scoring.ranking(samcheok, admin.organizationId()).departments().get(0).name()).isEqualTo("총무과");
        AwardResult frozen = scoring.award(samcheok).orElseThrow();
        assertThat(frozen.getModelVersionNo()).isEqualTo(frozenVersion);
        assertThat(frozen.getLines().get(0).getDepartmentName()).isEqualTo(winner);
        assertThat(frozen.getLines().get(0).getScore()).isEqualByComparingTo(winnerScore);
        assertThatThrownBy(() -> work.confirmAwards(samcheok, awards.toRequest(), true, admin)).isInstanceOf(NotAllowedNow.class);
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
        ScoringQueries.ModelView model = scoring.model(junggu);
        assertThat(model.versionNo()).isEqualTo(1);
        assertThat(model.settings().collaboration()).isEqualTo(60);
        assertThat(model.settings().referenceDate()).hasToString("2016-10-31");
        long task18 = jdbc.queryForObject("select t.id from task t join task_collaborating_department c on c.task_id = t.id"
                + " where t.plan_id = ?", Long.class, junggu);
        long collaborator = jdbc.queryForObject("select department_id from task_collaborating_department where task_id = ?",
                Long.class, task18);
        // Only the lead department (or the office) scores its collaborators.
        CurrentUser otherOfficer = user("junggu.jeonsan");
        assertThatThrownBy(() -> work.saveCollaborationScores(junggu, Map.of(task18, Map.of(collaborator, new ScoringCommands.Score(new BigDecimal("70"), null))),
                otherOfficer)).isInstanceOf(AccessDeniedHere.class);
        // Based on the version saved so far (another test of this context may have scored the same pair first).
        work.saveCollaborationScores(junggu, Map.of(task18, Map.of(collaborator, new ScoringCommands.Score(new BigDecimal("70"),
                collaborationVersion(task18, collaborator)))), admin);
        work.savePanelScores(junggu, "전문가 A", Map.of(task18, new ScoringCommands.Score(new BigDecimal("90"), null)), admin);
        ScoringQueries.Ranking ranking = scoring.ranking(junggu, admin.organizationId());
        // Issue 13: a department that only collaborates is listed apart (평가 자료 부족), not ranked.
        ScoreCalculator.DepartmentScore collab = ranking.department(collaborator).orElseThrow();
        assertThat(collab.standing()).isEqualTo(ScoreCalculator.Standing.NO_LEAD_TASK);
        assertThat(ranking.departments()).extracting(ScoreCalculator.DepartmentScore::departmentId).doesNotContain(collaborator);
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

    // ------------------------------------------------------------------ issue 13: filled values must not win (7)

    /**
     * Every ranked department of every seeded plan, as the data stands: its rank rests on real data only. It covers
     * the model's share of the weights with real data and leads a task; each component value is the share-weighted
     * mean of its tasks' measured values; every filled value equals the department's own measured average (its score),
     * so leaving the filled components out would change neither its score nor any rank or award.
     */
    @Test
    void everyRankedDepartmentIsExplainedByRealDataAlone() {
        for (long planId : new long[] {samcheok, junggu, incheon}) {
            long organization = jdbc.queryForObject("select organization_id from plan where id = ?", Long.class, planId);
            ScoringQueries.Ranking ranking = scoring.ranking(planId, organization);
            ScoreCalculator.Weights w = ranking.model().weights();
            for (ScoreCalculator.DepartmentScore d : ranking.departments()) {
                String who = planId + "/" + d.name();
                assertThat(d.coverage() * 100).as(who + " coverage").isGreaterThanOrEqualTo(w.minCoverage() - 1e-9);
                if (w.requireLeadTask()) {
                    assertThat(d.leadTasks()).as(who + " lead tasks").isPositive();
                }
                double measured = 0;
                double weight = 0;
                for (Component c : Component.values()) {
                    double shares = 0;
                    double sum = 0;
                    for (ScoreCalculator.TaskPart p : d.parts()) {
                        if (p.values().get(c) != null && p.values().get(c).measured()) {
                            shares += p.share();
                            sum += p.share() * p.values().get(c).value();
                        }
                    }
                    if (d.isFilled(c)) {
                        assertThat(shares).as(who + " " + c + " filled only without data").isZero();
                        assertThat(d.values().get(c)).as(who + " " + c + " filled = own score").isCloseTo(d.score(), within(1e-9));
                    } else {
                        assertThat(d.values().get(c)).as(who + " " + c).isCloseTo(sum / shares, within(1e-9));
                        measured += w.weight(c) * d.values().get(c);
                        weight += w.weight(c);
                    }
                }
                assertThat(d.score()).as(who + " score from measured values only").isCloseTo(measured / weight, within(1e-9));
            }
            // Ranked in order of their measured-only scores; nobody below the rule is ranked.
            for (int i = 1; i < ranking.departments().size(); i++) {
                assertThat(Math.round(ranking.departments().get(i - 1).score() * 1000))
                        .isGreaterThanOrEqualTo(Math.round(ranking.departments().get(i).score() * 1000));
            }
            assertThat(ranking.insufficient()).allSatisfy(d -> assertThat(d.ranked()).isFalse());
        }
    }

    @Test
    void aSingleRatingOrACollaborationScoreCannotCarryADepartment() throws Exception {
        CurrentUser admin = user("junggu.admin");
        // Jung-gu ⑱: 건강관리과 only collaborates, on a task without a schedule; its lead department scores it 85.
        long birth = taskId(junggu, "⑱");
        long health = jdbc.queryForObject("select id from department where name = '건강관리과'", Long.class);
        work.saveCollaborationScores(junggu, Map.of(birth, Map.of(health, new ScoringCommands.Score(new BigDecimal("85"),
                collaborationVersion(birth, health)))), admin);
        ScoringQueries.Ranking ranking = scoring.ranking(junggu, admin.organizationId());
        assertThat(ranking.departments()).extracting(ScoreCalculator.DepartmentScore::name).doesNotContain("건강관리과");
        ScoreCalculator.DepartmentScore h = ranking.department(health).orElseThrow();
        assertThat(h.standing()).isEqualTo(ScoreCalculator.Standing.NO_LEAD_TASK);
        assertThat(h.isFilled(Component.MILESTONE)).isTrue();
        CurrentUser viewer = user("junggu.viewer");
        String page = http(get("/plans/" + junggu + "/ranking").accept(MediaType.TEXT_HTML), viewer).getResponse().getContentAsString();
        assertThat(page).contains("평가 자료 부족 (순위에 넣지 않음)").contains("평가 자료 부족: 주관 과제 없음");
        assertThat(page.substring(page.indexOf("id=\"insufficient-table\""))).contains("건강관리과");
        assertThat(page.substring(page.indexOf("id=\"ranking\""), page.indexOf("id=\"insufficient\""))).doesNotContain("건강관리과");
        String breakdown = http(get("/plans/" + junggu + "/ranking/departments/" + health).accept(MediaType.TEXT_HTML), viewer)
                .getResponse().getContentAsString();
        assertThat(breakdown).contains("순위 없음: 평가 자료 부족: 주관 과제 없음")
                .contains("평가일까지 예정된 추진일정 없음 (반영 안 함)").doesNotContain("추진일정 적기 완료 85.0");
        assertThat(breakdown).contains("채움: 이 부서 과제에 자료 없음");
        // Filled values are flagged in the CSV and the API, with each department's coverage.
        String csv = http(get("/plans/" + junggu + "/ranking.csv"), viewer).getResponse().getContentAsString();
        assertThat(csv).contains("자료 반영률(%)").contains("추진일정 적기 완료 자료").contains("평가 자료 부족: 주관 과제 없음")
                .containsPattern("건강관리과,[0-9.]+,1,[0-9.]+,평가 자료 부족: 주관 과제 없음,[0-9.]+,채움");
        String api = http(get("/api/plans/" + junggu + "/ranking/insufficient"), viewer).getResponse().getContentAsString();
        assertThat(api).contains("\"department\":\"건강관리과\"").contains("\"standing\":\"NO_LEAD_TASK\"")
                .contains("\"filled\":true").contains("\"coverage\":").contains("\"rank\":null");
        assertThat(http(get("/api/plans/" + junggu + "/ranking"), viewer).getResponse().getContentAsString())
                .doesNotContain("건강관리과");

        // Samcheok 복지정책과: its schedule and KPI are measured at 0; a 우수 rating on one task fills nothing else.
        CurrentUser samcheokAdmin = user("samcheok.admin");
        long welfare = jdbc.queryForObject("select id from department where name = '복지정책과'", Long.class);
        long welfareTask = taskId(samcheok, "나-1-4");
        jdbc.update("update milestone set status = 'PLANNED', actual_completion = null where task_id in"
                + " (select id from task where lead_department_id = ? and plan_id = ?)", welfare, samcheok);
        jdbc.update("insert into check_round (plan_id, round_year, quarter, half_year, title, reference_date, deadline, scope,"
                + " state, created_at, opened_at, closed_at) values (?, 2021, 3, false, '우수 한 건 점검', date '2021-09-30',"
                + " date '2021-10-10', 'SELECTED', 'CLOSED', current_timestamp, current_timestamp, current_timestamp)", samcheok);
        long round = jdbc.queryForObject("select max(id) from check_round", Long.class);
        jdbc.update("insert into round_entry (round_id, task_id, department_id, sort_order, submission_state, rating,"
                + " computed_status, late) values (?, ?, ?, 0, 'SUBMITTED', 'EXCELLENT', 'GREEN', false)", round, welfareTask, welfare);
        ScoreCalculator.DepartmentScore w = scoring.ranking(samcheok, samcheokAdmin.organizationId()).department(welfare).orElseThrow();
        ScoringQueries.ModelView model = scoring.model(samcheok);
        if (model.weights().percent().get(Component.MILESTONE) > 0) {
            assertThat(w.isFilled(Component.MILESTONE)).isFalse();
            assertThat(w.values().get(Component.MILESTONE)).as("0 of its milestones done").isZero();
        }
        if (model.weights().percent().get(Component.RATING) > 0) {
            assertThat(w.values().get(Component.RATING)).isCloseTo(100, within(1e-9));
        }
        assertThat(w.parts()).allSatisfy(p -> assertThat(p.values().values())
                .noneMatch(v -> !v.measured() && v.value() > 0).as("no task-level value is filled in"));
        assertThat(w.score()).as("the rating does not lift its schedule").isLessThan(100);
    }

    // ------------------------------------------------------------------ issue 13: merit, ties, objections (8, 10)

    /**
     * On Incheon with a schedule-only model: at first every department scores 0 and nobody gets an award however many
     * grades there are; once two departments finish their schedules they tie at 100 for 최우수 and the admin must order
     * them. In between, the ranking is published with an objection window: departments object, the office answers,
     * and the awards wait for both.
     */
    @Test
    void awardsNeedMeritTiesAreOrderedByTheAdminAndObjectionsComeFirst() throws Exception {
        CurrentUser admin = user("incheon.admin");
        CurrentUser simin = user("incheon.simin");
        CurrentUser gongdong = user("incheon.gongdong");
        clock.set(java.time.LocalDate.of(2021, 1, 5));
        ModelForm schedule = form(100, 0, 0, 0, 0, 0, 0);
        schedule.setMinCoverage(0);
        schedule.setBasedOn(scoring.model(incheon).versionNo());
        work.saveModel(incheon, schedule.toSettings(), schedule.getBasedOn(), admin);
        jdbc.update("update milestone set status = 'PLANNED', actual_completion = null where task_id in"
                + " (select id from task where plan_id = ?)", incheon);
        ScoringQueries.Ranking zero = scoring.ranking(incheon, admin.organizationId());
        assertThat(zero.departments()).isNotEmpty().allSatisfy(d -> assertThat(d.score()).isZero());
        AwardPlan none = AwardPlan.of(zero.departments(), AwardForm.defaults(false, GRADES).toRequest(), scoring.model(incheon).settings().minAwardScore());
        assertThat(none.awarded()).as("0 points never win, not even through a tie-break").isZero();
        assertThat(none.proposals()).allSatisfy(p -> assertThat(p.belowFloor()).isTrue());
        String awardsPage = http(get("/plans/" + incheon + "/awards").accept(MediaType.TEXT_HTML), admin).getResponse().getContentAsString();
        assertThat(awardsPage).contains("포상 하한 이하").contains("순위를 먼저 공표하고");

        // Objections need a published ranking.
        ObjectionForm objection = new ObjectionForm();
        objection.setComponent(Component.MILESTONE);
        objection.setText("4월에 끝낸 공론화위원회 운영세칙 개정이 반영되지 않았습니다.");
        assertThatThrownBy(() -> work.object(incheon, simin.departmentId(), objection.getComponent(), objection.getText(), simin)).isInstanceOf(NotAllowedNow.class);
        MvcResult badWindow = http(post("/plans/" + incheon + "/ranking/publication").param("version", "-1")
                .param("objectionUntil", "2020-12-31").accept(MediaType.TEXT_HTML), admin);
        assertThat(badWindow.getResponse().getStatus()).isEqualTo(400);
        assertThat(badWindow.getResponse().getContentAsString()).contains("이의 신청 기한은 오늘(2021-01-05) 이후여야 합니다.");
        assertThat(http(post("/plans/" + incheon + "/ranking/publication").param("version", "-1")
                .param("objectionUntil", "2021-01-12").accept(MediaType.TEXT_HTML), simin).getResponse().getStatus()).isEqualTo(403);
        assertThat(http(post("/plans/" + incheon + "/ranking/publication").param("version", "-1")
                .param("objectionUntil", "2021-01-12").accept(MediaType.TEXT_HTML), admin).getResponse().getStatus()).isEqualTo(302);
        assertThat(http(post("/plans/" + incheon + "/ranking/publication").param("version", "-1")
                .param("objectionUntil", "2021-01-15").accept(MediaType.TEXT_HTML), admin).getResponse().getStatus())
                .as("a second admin's stale publish form").isEqualTo(409);

        // Within the window a department's own officer objects; nobody else can object for it.
        assertThatThrownBy(() -> work.object(incheon, simin.departmentId(), objection.getComponent(), objection.getText(), gongdong)).isInstanceOf(AccessDeniedHere.class);
        assertThatThrownBy(() -> work.object(incheon, simin.departmentId(), objection.getComponent(), objection.getText(), admin)).isInstanceOf(AccessDeniedHere.class);
        MvcResult empty = http(post("/plans/" + incheon + "/ranking/departments/" + simin.departmentId() + "/objections")
                .param("text", " ").accept(MediaType.TEXT_HTML), simin);
        assertThat(empty.getResponse().getStatus()).isEqualTo(400);
        assertThat(empty.getResponse().getContentAsString()).contains("이의 내용을 적으세요.");
        assertThat(http(post("/plans/" + incheon + "/ranking/departments/" + simin.departmentId() + "/objections")
                .param("component", "MILESTONE").param("text", objection.getText()).accept(MediaType.TEXT_HTML), simin)
                .getResponse().getStatus()).isEqualTo(302);
        long objectionId = jdbc.queryForObject("select max(id) from score_objection where plan_id = ?", Long.class, incheon);
        // Another organization sees none of it: every new address answers 404 for Incheon's ids.
        CurrentUser stranger = user("samcheok.admin");
        for (MockHttpServletRequestBuilder r : List.of(
                post("/plans/" + incheon + "/ranking/publication").param("version", "0").param("objectionUntil", "2021-01-20"),
                post("/plans/" + incheon + "/objections/" + objectionId + "/answer").param("version", "0")
                        .param("outcome", "REJECTED").param("answer", "x"),
                get("/plans/" + incheon + "/contest/shortlist"), get("/plans/" + incheon + "/contest/open"),
                get("/plans/" + incheon + "/ranking/departments/" + simin.departmentId()),
                get("/api/plans/" + incheon + "/ranking/insufficient"))) {
            assertThat(http(r.accept(MediaType.TEXT_HTML), stranger).getResponse().getStatus()).isEqualTo(404);
        }
        assertThat(jdbc.queryForObject("select score_at_filing from score_objection where id = ?", BigDecimal.class, objectionId))
                .isEqualByComparingTo("0");
        // Awards wait for the window to close…
        assertThat(scoring.awardBlockers(incheon)).anySatisfy(b -> assertThat(b).contains("2021-01-12까지"));
        clock.set(java.time.LocalDate.of(2021, 1, 13));
        assertThatThrownBy(() -> work.object(incheon, gongdong.departmentId(), objection.getComponent(), objection.getText(), gongdong))
                .isInstanceOf(NotAllowedNow.class).satisfies(says("기한(2021-01-12)이 지났습니다"));
        // …and for every objection to be answered.
        assertThat(scoring.awardBlockers(incheon)).singleElement().asString().contains("답변하지 않은 이의 신청이 1건");
        assertThatThrownBy(() -> work.confirmAwards(incheon, AwardForm.defaults(false, GRADES).toRequest(), true, admin))
                .isInstanceOf(NotAllowedNow.class).satisfies(says("답변하지 않은 이의 신청"));
        long v = jdbc.queryForObject("select version from score_objection where id = ?", Long.class, objectionId);
        assertThat(http(post("/plans/" + incheon + "/objections/" + objectionId + "/answer").param("version", "" + v)
                .param("outcome", "REJECTED").param("answer", "x").accept(MediaType.TEXT_HTML), simin).getResponse().getStatus())
                .isEqualTo(403);
        MvcResult noOutcome = http(post("/plans/" + incheon + "/objections/" + objectionId + "/answer").param("version", "" + v)
                .param("answer", "자료 확인").accept(MediaType.TEXT_HTML), admin);
        assertThat(noOutcome.getResponse().getStatus()).isEqualTo(400);
        assertThat(noOutcome.getResponse().getContentAsString()).contains("결과(인용·일부 인용·기각)를 고르세요.");
        assertThat(http(post("/plans/" + incheon + "/objections/" + objectionId + "/answer").param("version", "" + v)
                .param("outcome", "ACCEPTED").param("answer", "운영세칙 개정 완료를 확인해 일정 상태를 고쳤습니다.")
                .accept(MediaType.TEXT_HTML), admin).getResponse().getStatus()).isEqualTo(302);
        assertThat(http(post("/plans/" + incheon + "/objections/" + objectionId + "/answer").param("version", "" + v)
                .param("outcome", "REJECTED").param("answer", "늦은 답변").accept(MediaType.TEXT_HTML), admin)
                .getResponse().getStatus()).as("a second, stale answer").isEqualTo(409);
        String breakdown = http(get("/plans/" + incheon + "/ranking/departments/" + simin.departmentId())
                .accept(MediaType.TEXT_HTML), user("incheon.viewer")).getResponse().getContentAsString();
        assertThat(breakdown).contains(objection.getText()).contains("답변: 인용").contains("운영세칙 개정 완료를 확인해")
                .contains("이의 신청 이력").contains("이의 신청: ");
        assertThat(jdbc.queryForObject("select count(*) from change_log where entity_type = 'SCORE_OBJECTION' and entity_id = ?",
                Long.class, objectionId)).isGreaterThanOrEqualTo(4);

        // Two departments finish their schedule: a tie at 100 decides 최우수 against 우수.
        jdbc.update("update milestone set status = 'DONE', actual_completion = coalesce(planned_end, date '2020-01-31')"
                + " where task_id in"
                + " (select id from task where plan_id = ? and lead_department_id in (?, ?))", incheon,
                departmentOf("incheon.sotong"), departmentOf("incheon.simin"));
        assertThat(scoring.awardBlockers(incheon)).isEmpty();
        ScoringQueries.Ranking tied = scoring.ranking(incheon, admin.organizationId());
        String first = tied.departments().get(0).name();
        String second = tied.departments().get(1).name();
        assertThat(AwardPlan.score(tied.departments().get(0))).isEqualByComparingTo("100.000");
        assertThat(AwardPlan.score(tied.departments().get(1))).isEqualByComparingTo("100.000");
        MvcResult unresolved = http(post("/plans/" + incheon + "/awards").param("grades[0].name", "최우수")
                .param("grades[0].count", "1").param("grades[0].amount", "1000").param("grades[1].name", "우수")
                .param("grades[1].count", "1").param("grades[1].amount", "700").accept(MediaType.TEXT_HTML), admin);
        assertThat(unresolved.getResponse().getStatus()).isEqualTo(400);
        assertThat(unresolved.getResponse().getContentAsString()).contains("포상을 가르는 동점").contains(first + "의 순서를 정하세요.")
                .contains("순서를 정한 사유를 적으세요.");
        assertThatThrownBy(() -> work.confirmAwards(incheon, AwardForm.defaults(false, GRADES).toRequest(), true, admin))
                .isInstanceOf(NotAllowedNow.class).satisfies(says("동점"));
        // The admin puts the tie rule's second first, with a reason; the confirmation page says so; then it is frozen.
        long firstId = tied.departments().get(0).departmentId();
        long secondId = tied.departments().get(1).departmentId();
        MockHttpServletRequestBuilder resolved = post("/plans/" + incheon + "/awards").param("grades[0].name", "최우수")
                .param("grades[0].count", "1").param("grades[0].amount", "1000").param("grades[1].name", "우수")
                .param("grades[1].count", "1").param("grades[1].amount", "700")
                .param("ties[0].departmentId", "" + firstId).param("ties[0].order", "2")
                .param("ties[1].departmentId", "" + secondId).param("ties[1].order", "1")
                .param("tieReason", "정책회의 결정(협업 실적 우선)").accept(MediaType.TEXT_HTML);
        MvcResult review = http(resolved, admin);
        assertThat(review.getResponse().getStatus()).isEqualTo(200);
        assertThat(review.getResponse().getContentAsString()).contains("포상 확정").contains("최우수: " + second)
                .contains("정책회의 결정(협업 실적 우선)").contains("name=\"confirm\"");
        assertThat(scoring.award(incheon)).isEmpty();
        assertThat(http(resolved.param("confirm", "true"), admin).getResponse().getStatus()).isEqualTo(302);
        AwardResult result = scoring.award(incheon).orElseThrow();
        assertThat(result.getLines().get(0).getDepartmentName()).isEqualTo(second);
        assertThat(result.getLines().get(0).getGrade()).isEqualTo("최우수");
        assertThat(result.getLines().get(1).getDepartmentName()).isEqualTo(first);
        assertThat(result.getTieNote()).contains("동점 100.000점").contains("정책회의 결정(협업 실적 우선)");
        assertThat(result.getLines()).filteredOn(l -> l.getGrade() != null).allSatisfy(l ->
                assertThat(l.getScore()).isPositive());
    }

    // ------------------------------------------------------------------ issue 13: the meeting sees the right ranking (11)

    @Test
    void theRoundDeckRanksAtTheReferenceDateWithEveryCriterionAndItsWeight() throws Exception {
        CurrentUser viewer = user("samcheok.viewer");
        jdbc.update("insert into check_round (plan_id, round_year, quarter, half_year, title, reference_date, deadline, scope,"
                + " state, created_at, opened_at, closed_at) values (?, 2021, 2, false, '덱 순위 점검', date '2021-06-30',"
                + " date '2021-07-10', 'ALL', 'CLOSED', current_timestamp, current_timestamp, current_timestamp)", samcheok);
        long round = jdbc.queryForObject("select max(id) from check_round", Long.class);
        jdbc.update("insert into round_entry (round_id, task_id, department_id, sort_order, submission_state, computed_status,"
                + " late) select ?, t.id, t.lead_department_id, t.sort_order, 'SUBMITTED', 'GREEN', false from task t"
                + " where t.plan_id = ?", round, samcheok);
        String deck = http(get("/present/rounds/" + round).accept(MediaType.TEXT_HTML), viewer).getResponse().getContentAsString();
        assertThat(deck).contains("중간 순위 (기준일 2021-06-30)").contains("평가 기준일 2021-06-30");
        ScoringQueries.ModelView model = scoring.model(samcheok);
        for (Component c : Component.values()) {
            int weight = model.weights().percent().getOrDefault(c, 0);
            if (weight > 0) {
                assertThat(deck).as(c.name()).contains(messages.get(c.shortKey()) + " " + weight + "%");
            }
        }
        assertThat(deck).contains("자료: 자료 반영률");
        // The plan's deck during the year ranks at today.
        clock.set(java.time.LocalDate.of(2021, 9, 15));
        assertThat(http(get("/present/plans/" + samcheok).accept(MediaType.TEXT_HTML), viewer).getResponse().getContentAsString())
                .contains("중간 순위 (기준일 2021-09-15)");
    }
}
