package kr.innotrack.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kr.innotrack.checkround.RoundCommands;
import kr.innotrack.checkround.RoundScope;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.support.Accounts;
import kr.innotrack.support.IntegrationTest;
import kr.innotrack.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** A plan's year: 작성 중 (admins only) → 확정 (departments see it, rounds open) → 종료 (read-only) → back with a reason. */
@IntegrationTest
@Transactional
abstract class PlanLifecycleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanAssembly assembly;

    @Autowired
    RoundCommands rounds;

    @Autowired
    kr.innotrack.scoring.ScoringCommands scoring;

    @Autowired
    jakarta.persistence.EntityManager em;

    /** After a change by SQL, the next request reads the rows again (each request is its own transaction in use). */
    private void forget() {
        em.flush();
        em.clear();
    }

    private RequestPostProcessor as(String username) {
        return SignedIn.as(Accounts.user(jdbc, username));
    }

    private CurrentUser admin() {
        return Accounts.user(jdbc, "samcheok.admin");
    }

    private long department(String name) {
        return jdbc.queryForObject("select d.id from department d join organization o on o.id = d.organization_id"
                + " where o.name = '삼척시' and d.name = ?", Long.class, name);
    }

    private long version(long planId) {
        em.flush();
        return jdbc.queryForObject("select version from plan where id = ?", Long.class, planId);
    }

    private String state(long planId) {
        em.flush();
        return jdbc.queryForObject("select state from plan where id = ?", String.class, planId);
    }

    /** Samcheok's 2022 plan with one node and one task led by 기획조정실, as PlanAssembly creates it: a draft. */
    private long draft2022(boolean withTask) {
        var header = new PlanBlueprint.Header(2022, "2022년 삼척시 혁신 실행계획", null, "시민이 중심인 삼척", null,
                null, null, PlanBlueprint.Calendar.EMPTY, null);
        var node = new PlanBlueprint.Node("가", null, "참여·협력", "영역", null, false);
        var task = new PlanBlueprint.TaskPlan("가", "가-1", "시민참여 예산 확대", department("기획조정실"), List.of(), null,
                "홍길동", "033-570-3000", null, false, false, null, null, null, null,
                List.of(new PlanBlueprint.ScheduleLine("계획 수립", null, "2022. 3~4월")),
                List.of(new PlanBlueprint.Indicator("참여 시민", "명", BigDecimal.TEN, BigDecimal.valueOf(50),
                        KpiDirection.INCREASE, KpiFrequency.QUARTERLY, null, null)), null, null);
        return assembly.create(new PlanBlueprint(header, List.of(node), withTask ? List.of(task) : List.of()), admin());
    }

    private RoundCommands.Setup firstRound() {
        return new RoundCommands.Setup(2022, 1, false, "2022년 1분기 추진상황 점검", LocalDate.of(2022, 3, 31),
                LocalDate.of(2022, 4, 10), RoundScope.ALL, Set.of(), null);
    }

    @Autowired
    TaskQueries taskQueries;

    @Test
    void aDraftIsSeenOnlyByPlanningAdminsAndNoRoundOpensOnIt() throws Exception {
        long organization = admin().organizationId();
        long ledBefore = taskQueries.ledCounts(organization).getOrDefault(department("기획조정실"), 0L);
        long planId = draft2022(true);
        // no count, list or choice elsewhere gives the draft away (department pages, audit-finding task links)
        assertThat(taskQueries.ledCounts(organization).getOrDefault(department("기획조정실"), 0L)).isEqualTo(ledBefore);
        assertThat(taskQueries.taskRefs(organization)).noneMatch(t -> t.title().equals("시민참여 예산 확대"));
        assertThat(state(planId)).isEqualTo("DRAFT");
        String home = mvc.perform(get("/").with(as("samcheok.admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("2022년 삼척시 혁신 실행계획", "작성 중");
        String officersHome = mvc.perform(get("/").with(as("samcheok.gijo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(officersHome).doesNotContain("2022년 삼척시 혁신 실행계획");
        for (String user : new String[] {"samcheok.gijo", "samcheok.viewer"}) {
            mvc.perform(get("/plans/" + planId).with(as(user))).andExpect(status().isNotFound());
            mvc.perform(get("/plans/" + planId + "/tasks").with(as(user))).andExpect(status().isNotFound());
            mvc.perform(get("/api/plans/" + planId).with(as(user))).andExpect(status().isNotFound());
        }
        String myTasks = mvc.perform(get("/my/tasks").with(as("samcheok.gijo"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(myTasks).doesNotContain("시민참여 예산 확대");
        mvc.perform(get("/plans/" + planId).with(as("samcheok.admin"))).andExpect(status().isOk());
        assertThatThrownBy(() -> rounds.create(planId, firstRound(), admin())).isInstanceOf(NotAllowedNow.class)
                .hasMessage("plan.state.draftNotYet");
        // nor does the year's scoring: no contest, ranking or awards on a draft
        assertThatThrownBy(() -> scoring.openVote(planId, true, admin())).isInstanceOf(NotAllowedNow.class)
                .hasMessage("plan.state.draftNotYet");
        assertThatThrownBy(() -> scoring.publish(planId, LocalDate.of(2022, 12, 31), null, admin()))
                .isInstanceOf(NotAllowedNow.class).hasMessage("plan.state.draftNotYet");
    }

    @Test
    void aPlanWithoutTasksCannotBeConfirmed() throws Exception {
        long planId = draft2022(false);
        String page = mvc.perform(get("/plans/" + planId + "/lifecycle").with(as("samcheok.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("과제가 하나도 없어 아직 확정할 수 없습니다.").doesNotContain("id=\"confirm-form\"");
        String refused = mvc.perform(post("/plans/" + planId + "/lifecycle/confirm").param("version", "" + version(planId))
                        .with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("과제가 하나도 없는 계획은 확정할 수 없습니다.");
        assertThat(state(planId)).isEqualTo("DRAFT");
    }

    @Test
    void confirmingShowsThePlanToItsDepartmentsTellsThemAndLetsARoundOpen() throws Exception {
        long planId = draft2022(true);
        // a draft is not there for an officer, not even to confirm it
        mvc.perform(post("/plans/" + planId + "/lifecycle/confirm").param("version", "" + version(planId))
                        .with(csrf()).with(as("samcheok.gijo")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/plans/" + planId + "/lifecycle/confirm").param("version", "" + version(planId))
                        .with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().isFound());
        assertThat(state(planId)).isEqualTo("CONFIRMED");
        mvc.perform(get("/plans/" + planId).with(as("samcheok.gijo"))).andExpect(status().isOk());
        String myTasks = mvc.perform(get("/my/tasks").with(as("samcheok.gijo"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(myTasks).contains("시민참여 예산 확대");
        assertThat(jdbc.queryForObject("select count(*) from notice where kind = 'PLAN_CONFIRMED' and department_id = ?",
                Long.class, department("기획조정실"))).isEqualTo(1);
        assertThat(jdbc.queryForList("select new_value from change_log where entity_type = 'PLAN' and entity_id = ?"
                + " and field = '상태'", String.class, planId)).containsExactly("확정");
        assertThat(rounds.create(planId, firstRound(), admin()).getId()).isNotNull();
        mvc.perform(post("/plans/" + planId + "/lifecycle/close").param("version", "" + version(planId))
                        .with(csrf()).with(as("samcheok.gijo")))
                .andExpect(status().isForbidden());
        // a second confirmation is refused: the plan is no longer a draft
        mvc.perform(post("/plans/" + planId + "/lifecycle/confirm").param("version", "" + version(planId))
                        .with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().isConflict());
    }

    @Test
    void aClosedYearIsReadOnlyUntilReopenedWithAReason() throws Exception {
        long planId = draft2022(true);
        long taskId = jdbc.queryForObject("select id from task where plan_id = ?", Long.class, planId);
        mvc.perform(post("/plans/" + planId + "/lifecycle/confirm").param("version", "" + version(planId))
                .with(csrf()).with(as("samcheok.admin"))).andExpect(status().isFound());
        var round = rounds.create(planId, firstRound(), admin());
        String refused = mvc.perform(post("/plans/" + planId + "/lifecycle/close").param("version", "" + version(planId))
                        .with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("아직 끝나지 않은 점검이 1개 있습니다.");
        assertThat(state(planId)).isEqualTo("CONFIRMED");
        jdbc.update("update check_round set state = 'CLOSED' where id = ?", round.getId());
        forget();

        mvc.perform(post("/plans/" + planId + "/lifecycle/close").param("version", "" + version(planId))
                .with(csrf()).with(as("samcheok.admin"))).andExpect(status().isFound());
        assertThat(state(planId)).isEqualTo("CLOSED");
        mvc.perform(get("/plans/" + planId + "/tasks/" + taskId).with(as("samcheok.gijo"))).andExpect(status().isOk());
        long taskVersion = jdbc.queryForObject("select version from task where id = ?", Long.class, taskId);
        String readOnly = mvc.perform(post("/plans/" + planId + "/tasks/" + taskId + "/edit")
                        .param("version", "" + taskVersion).param("officer", "김철수").with(csrf())
                        .with(as("samcheok.gijo")))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(readOnly).contains("2022년 계획은 종료되어 바꿀 수 없습니다.");
        assertThat(jdbc.queryForObject("select officer from task where id = ?", String.class, taskId)).isEqualTo("홍길동");

        String noReason = mvc.perform(post("/plans/" + planId + "/lifecycle/reopen").param("version", "" + version(planId))
                        .param("reason", " ").with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("종료를 취소하는 사유를 적어 주세요.");
        assertThat(state(planId)).isEqualTo("CLOSED");
        mvc.perform(post("/plans/" + planId + "/lifecycle/reopen").param("version", "" + version(planId))
                .param("reason", "4분기 실적 입력 누락").with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().isFound());
        assertThat(state(planId)).isEqualTo("CONFIRMED");
        assertThat(jdbc.queryForList("select kind || ':' || reason from plan_change where plan_id = ?", String.class,
                planId)).containsExactly("PLAN_REOPENED:4분기 실적 입력 누락");
        String changes = mvc.perform(get("/plans/" + planId + "/changes").with(as("samcheok.gijo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(changes).contains("종료 취소", "4분기 실적 입력 누락");
    }

    @Test
    void aStaleStepIsAConflictAndChangesNothing() throws Exception {
        long planId = draft2022(true);
        long stale = version(planId);
        jdbc.update("update plan set version = version + 1 where id = ?", planId);
        forget();
        mvc.perform(post("/plans/" + planId + "/lifecycle/confirm").param("version", "" + stale)
                .with(csrf()).with(as("samcheok.admin"))).andExpect(status().isConflict());
        assertThat(state(planId)).isEqualTo("DRAFT");
    }

    @Test
    void theSeededPlansAreConfirmedAndTheApiSaysSo() throws Exception {
        assertThat(jdbc.queryForList("select distinct state from plan", String.class)).containsExactly("CONFIRMED");
        String json = mvc.perform(get("/api/plans").with(as("samcheok.viewer"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"state\":\"CONFIRMED\"");
    }
}
