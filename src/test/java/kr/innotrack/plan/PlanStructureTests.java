package kr.innotrack.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.support.Accounts;
import kr.innotrack.support.IntegrationTest;
import kr.innotrack.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planning admin writes plans: a blank plan (작성 중, unseen by departments), its header, and its strategy tree
 * (add, recode, move, reorder, delete), with the seeded trees editable too; a confirmed plan's tree change needs a
 * reason and lands in the 계획 변경 이력, a closed plan is read-only, and only planning admins get in.
 */
@IntegrationTest
@Transactional
abstract class PlanStructureTests {

    private static final String ADMIN = "samcheok.admin";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanQueries plans;

    private RequestPostProcessor as(String username) {
        return SignedIn.as(Accounts.user(jdbc, username));
    }

    private long plan(String organization, int year) {
        return jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = ? and p.plan_year = ?", Long.class, organization, year);
    }

    private long node(long planId, String code) {
        return jdbc.queryForObject("select id from strategy_node where plan_id = ? and code = ?", Long.class, planId,
                code);
    }

    private long version(long nodeId) {
        return jdbc.queryForObject("select version from strategy_node where id = ?", Long.class, nodeId);
    }

    private MockHttpServletRequestBuilder blank(String year, String title) {
        return post("/plans/new/blank").param("year", year).param("title", title).param("subtitle", "정부혁신 실행계획")
                .param("vision", "함께 만드는 행복 삼척").param("strategies", "참여\n협력\n혁신")
                .param("calendarPlanning", "2030. 4월").param("calendarEvaluation", "2030. 12월").with(csrf());
    }

    /** A blank draft plan of Samcheok for {@code year}, its id. */
    private long draft(int year) throws Exception {
        String location = mvc.perform(blank("" + year, year + " 혁신 실행계획").with(as(ADMIN)))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        long id = plan("삼척시", year);
        assertThat(location).isEqualTo("/plans/" + id + "/structure");
        return id;
    }

    private MockHttpServletRequestBuilder nodeForm(String path, String code, String name, String level, Long parentId) {
        MockHttpServletRequestBuilder b = post(path).param("code", code).param("name", name).param("levelName", level)
                .with(csrf());
        return parentId == null ? b : b.param("parentId", "" + parentId);
    }

    private String add(long planId, String code, String name, String level, Long parentId) throws Exception {
        return mvc.perform(nodeForm("/plans/" + planId + "/structure/nodes", code, name, level, parentId).with(as(ADMIN)))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aBlankPlanIsADraftOnlyPlanningAdminsSee() throws Exception {
        String page = mvc.perform(get("/plans/new").with(as(ADMIN))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        long samcheok2021 = plan("삼척시", 2021);
        assertThat(page).contains("빈 계획", "지난해 계획에서", "엑셀 양식으로", "/plans/new/blank", "/plans/import",
                "/plans/new/from/" + samcheok2021);
        assertThat(mvc.perform(get("/").with(as(ADMIN))).andReturn().getResponse().getContentAsString())
                .contains("id=\"new-plan\"", "새 계획 만들기");
        assertThat(mvc.perform(get("/").with(as("samcheok.gijo"))).andReturn().getResponse().getContentAsString())
                .doesNotContain("id=\"new-plan\"");
        assertThat(mvc.perform(get("/plans/new/blank").with(as(ADMIN))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("value=\"2022\"", "id=\"plan-blank-form\"");

        long id = draft(2030);
        assertThat(jdbc.queryForMap("select state, title, calendar_planning, calendar_evaluation, strategies from plan"
                + " where id = ?", id)).containsValues("DRAFT", "2030 혁신 실행계획", "2030. 4월", "2030. 12월",
                "참여\n협력\n혁신");
        assertThat(jdbc.queryForObject("select count(*) from strategy_node where plan_id = ?", Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from change_log where entity_type = 'PLAN' and entity_id = ?"
                + " and action = 'CREATE'", Long.class, id)).isPositive();
        String structure = mvc.perform(get("/plans/" + id + "/structure").with(as(ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(structure).contains("아직 추진체계가 없습니다", "작성 중", "id=\"nav-structure\"");

        assertThat(plans.visiblePlan(id, Accounts.user(jdbc, ADMIN)).getId()).isEqualTo(id);
        assertThatThrownBy(() -> plans.visiblePlan(id, Accounts.user(jdbc, "samcheok.gijo")))
                .isInstanceOf(NotFoundException.class);
        assertThat(plans.summaries(Accounts.user(jdbc, "samcheok.gijo"))).noneMatch(p -> p.id().equals(id));
    }

    @Test
    void aYearThatHasAPlanAndBadInputAreRefusedBesideTheField() throws Exception {
        long before = jdbc.queryForObject("select count(*) from plan", Long.class);
        String html = mvc.perform(blank("2021", "또 하나의 2021 계획").with(as(ADMIN)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("2021년 계획이 이미 있습니다", "또 하나의 2021 계획", "id=\"plan-blank-form\"");
        html = mvc.perform(blank("1989", " ").with(as(ADMIN))).andExpect(status().isBadRequest()).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).contains("연도는 1990부터 2100까지의 숫자로 입력하세요.", "계획명을 입력하세요.");
        html = mvc.perform(blank("이천", "계획").param("calendarChecks", "가".repeat(101)).with(as(ADMIN)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("추진 일정의 각 항목은 100자 이내로 입력하세요.", "value=\"이천\"");
        assertThat(jdbc.queryForObject("select count(*) from plan", Long.class)).isEqualTo(before);
    }

    @Test
    void onlyPlanningAdminsAuthorAndOnlyTheirOwnOrganizationsPlans() throws Exception {
        long samcheok = plan("삼척시", 2021);
        long ga = node(samcheok, "가");
        for (String user : new String[] {"samcheok.gijo", "samcheok.viewer"}) {
            for (String path : new String[] {"/plans/new", "/plans/new/blank", "/plans/" + samcheok + "/structure",
                    "/plans/" + samcheok + "/header", "/plans/" + samcheok + "/structure/nodes/" + ga,
                    "/plans/" + samcheok + "/structure/nodes/new"}) {
                mvc.perform(get(path).with(as(user))).andExpect(status().isForbidden());
            }
            mvc.perform(blank("2031", "계획").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(nodeForm("/plans/" + samcheok + "/structure/nodes", "라", "새 영역", "영역", null)
                    .param("reason", "사유").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/plans/" + samcheok + "/structure/nodes/" + ga + "/delete").param("version", "" + version(ga))
                    .param("reason", "사유").with(csrf()).with(as(user))).andExpect(status().isForbidden());
        }
        assertThat(mvc.perform(get("/plans/" + samcheok).with(as("samcheok.gijo"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("id=\"nav-structure\"");
        mvc.perform(get("/plans/" + samcheok + "/structure").with(as("incheon.admin"))).andExpect(status().isNotFound());
        mvc.perform(nodeForm("/plans/" + samcheok + "/structure/nodes/" + ga, "가", "남의 영역", "영역", null)
                .param("version", "" + version(ga)).param("reason", "사유").with(as("incheon.admin")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from strategy_node where plan_id = ? and code = '라'",
                Long.class, samcheok)).isZero();
    }

    @Test
    void aDraftsTreeIsBuiltMovedRecodedReorderedAndPruned() throws Exception {
        long id = draft(2032);
        add(id, "가", "참여·협력 영역", "영역", null);
        long ga = node(id, "가");
        assertThat(mvc.perform(get("/plans/" + id + "/structure/nodes/new").param("parentId", "" + ga).with(as(ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("value=\"가-1\"");
        add(id, "가-1", "시민참여", "중점분야", ga);
        long ga1 = node(id, "가-1");
        add(id, "가-1-가", "세부목표 하나", "세부목표", ga1);
        long deep = node(id, "가-1-가");
        add(id, "나", "협력 영역", "영역", null);
        long na = node(id, "나");
        assertThat(jdbc.queryForObject("select parent_id from strategy_node where id = ?", Long.class, deep)).isEqualTo(ga1);

        // a code the plan already has, a name missing: beside the fields, nothing saved
        String html = add(id, "가", " ", "영역", null);
        assertThat(html).contains("이 계획에 코드 가가 이미 있습니다", "명칭을 입력하세요.");
        assertThat(jdbc.queryForObject("select count(*) from strategy_node where plan_id = ?", Long.class, id)).isEqualTo(4);

        // recode and mark
        mvc.perform(nodeForm("/plans/" + id + "/structure/nodes/" + ga1, "가-2", "시민참여", "중점분야", ga)
                        .param("mandatory", "true").param("version", "" + version(ga1)).with(as(ADMIN)))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/plans/" + id + "/structure#node-" + ga1));
        assertThat(jdbc.queryForMap("select code, mandatory from strategy_node where id = ?", ga1))
                .containsValues("가-2", true);

        // never under itself or its own descendants
        for (long under : new long[] {ga, ga1, deep}) {
            html = mvc.perform(nodeForm("/plans/" + id + "/structure/nodes/" + ga, "가", "참여·협력 영역", "영역", under)
                            .param("version", "" + version(ga)).with(as(ADMIN)))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("항목을 자기 자신이나 자기 하위 항목 아래로 옮길 수 없습니다.");
        }
        String nodePage = mvc.perform(get("/plans/" + id + "/structure/nodes/" + ga).with(as(ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(nodePage).contains("value=\"" + na + "\"").doesNotContain("value=\"" + deep + "\"");

        // move 가-2 (with its child) under 나, then 나 up above 가
        mvc.perform(nodeForm("/plans/" + id + "/structure/nodes/" + ga1, "가-2", "시민참여", "중점분야", na)
                .param("version", "" + version(ga1)).with(as(ADMIN))).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select parent_id from strategy_node where id = ?", Long.class, ga1)).isEqualTo(na);
        assertThat(jdbc.queryForObject("select parent_id from strategy_node where id = ?", Long.class, deep)).isEqualTo(ga1);
        mvc.perform(post("/plans/" + id + "/structure/nodes/" + na + "/order").param("direction", "UP")
                .param("version", "" + version(na)).with(csrf()).with(as(ADMIN))).andExpect(status().isFound());
        html = mvc.perform(get("/plans/" + id + "/structure").with(as(ADMIN))).andReturn().getResponse()
                .getContentAsString();
        assertThat(html.indexOf("data-node=\"나\"")).isLessThan(html.indexOf("data-node=\"가-2\""));
        assertThat(html.indexOf("data-node=\"가-2\"")).isLessThan(html.indexOf("data-node=\"가-1-가\""));
        assertThat(html.indexOf("data-node=\"가-1-가\"")).isLessThan(html.indexOf("data-node=\"가\""));

        // a node with a node beneath stays; a leaf goes
        html = mvc.perform(post("/plans/" + id + "/structure/nodes/" + ga1 + "/delete").param("version", "" + version(ga1))
                        .with(csrf()).with(as(ADMIN)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("하위 항목이 1개 있습니다", "id=\"delete-form\"");
        html = mvc.perform(post("/plans/" + id + "/structure/nodes/" + deep + "/delete").param("version", "" + version(deep))
                .with(csrf()).with(as(ADMIN))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"confirm-form\"", "가-1-가 세부목표 하나 항목이 추진체계에서 사라집니다.",
                "name=\"confirm\" value=\"true\"");
        assertThat(jdbc.queryForObject("select count(*) from strategy_node where id = ?", Long.class, deep)).isOne();
        mvc.perform(post("/plans/" + id + "/structure/nodes/" + deep + "/delete").param("version", "" + version(deep))
                .param("confirm", "true").with(csrf()).with(as(ADMIN))).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select count(*) from strategy_node where id = ?", Long.class, deep)).isZero();

        List<String> history = jdbc.queryForList("select action || ':' || coalesce(field, '') || '=' || coalesce(new_value, '')"
                + " from change_log where entity_type = 'STRATEGY_NODE' and entity_id = ? and task_id is null", String.class, ga1);
        assertThat(history).contains("CREATE:코드=가-1", "UPDATE:코드=가-2", "UPDATE:필수과제=필수과제", "UPDATE:상위 항목=나 협력 영역");
        assertThat(jdbc.queryForObject("select count(*) from change_log where entity_type = 'STRATEGY_NODE'"
                + " and entity_id = ? and action = 'DELETE'", Long.class, deep)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from plan_change where plan_id = ?", Long.class, id))
                .as("a draft's changes are not 계획 변경 이력").isZero();
    }

    @Test
    void aStaleNodeEditShowsTheSavedValuesBesideTheOwn() throws Exception {
        long id = draft(2033);
        add(id, "1", "첫 전략", "전략", null);
        long one = node(id, "1");
        long stale = version(one);
        mvc.perform(nodeForm("/plans/" + id + "/structure/nodes/" + one, "1", "먼저 고친 이름", "전략", null)
                .param("version", "" + stale).with(as(ADMIN))).andExpect(status().isFound());
        String html = mvc.perform(nodeForm("/plans/" + id + "/structure/nodes/" + one, "1", "나중에 고친 이름", "전략", null)
                        .param("version", "" + stale).with(as(ADMIN)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("먼저 고친 이름", "나중에 고친 이름", "value=\"" + version(one) + "\"");
        assertThat(jdbc.queryForObject("select name from strategy_node where id = ?", String.class, one))
                .isEqualTo("먼저 고친 이름");
        html = mvc.perform(post("/plans/" + id + "/structure/nodes/" + one + "/delete").param("version", "" + stale)
                        .param("confirm", "true").with(csrf()).with(as(ADMIN)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("다른 사용자가 이 항목을 먼저 바꿨습니다");
        assertThat(jdbc.queryForObject("select count(*) from strategy_node where id = ?", Long.class, one)).isOne();

        // the header keeps its own version the same way
        long planVersion = jdbc.queryForObject("select version from plan where id = ?", Long.class, id);
        assertThat(mvc.perform(get("/plans/" + id + "/header").with(as(ADMIN))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("id=\"plan-header-form\"", "value=\"2033 혁신 실행계획\"",
                "value=\"2030. 4월\"").doesNotContain("name=\"year\"");
        mvc.perform(post("/plans/" + id + "/header").param("title", "고친 계획명").param("version", "" + planVersion)
                .with(csrf()).with(as(ADMIN))).andExpect(status().isFound());
        html = mvc.perform(post("/plans/" + id + "/header").param("title", "늦은 계획명").param("version", "" + planVersion)
                .with(csrf()).with(as(ADMIN))).andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("고친 계획명", "늦은 계획명");
        assertThat(jdbc.queryForObject("select title from plan where id = ?", String.class, id)).isEqualTo("고친 계획명");
        assertThat(jdbc.queryForObject("select plan_year from plan where id = ?", Integer.class, id)).isEqualTo(2033);
    }

    @Test
    void theSeededTreesAreEditableAndAConfirmedPlansChangeNeedsAReason() throws Exception {
        long samcheok = plan("삼척시", 2021);
        String html = mvc.perform(get("/plans/" + samcheok + "/structure").with(as(ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-node=\"가\"", "data-node=\"가-1\"", "중점분야", "badge must", "확정된 계획입니다");
        long ga1 = node(samcheok, "가-1");

        // a node with tasks cannot go: they move first
        html = mvc.perform(post("/plans/" + samcheok + "/structure/nodes/" + ga1 + "/delete")
                        .param("version", "" + version(ga1)).param("reason", "정리").with(csrf()).with(as(ADMIN)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("과제를 먼저 옮기세요");

        // without a reason: refused beside the field, nothing changed
        html = mvc.perform(nodeForm("/plans/" + samcheok + "/structure/nodes/" + ga1, "가-1", "시민참여 확대",
                        "중점분야", node(samcheok, "가")).param("version", "" + version(ga1)).with(as(ADMIN)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("2021년 계획은 확정되었습니다. 추진체계를 바꾸려면 변경 사유를 적으세요.", "시민참여 확대");
        assertThat(jdbc.queryForObject("select name from strategy_node where id = ?", String.class, ga1))
                .isEqualTo("시민참여 성과의 정책의 질 향상");

        mvc.perform(nodeForm("/plans/" + samcheok + "/structure/nodes/" + ga1, "가-1", "시민참여 확대", "중점분야",
                        node(samcheok, "가")).param("version", "" + version(ga1)).param("reason", "상반기 점검 결과 반영")
                        .with(as(ADMIN)))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForMap("select kind, reason, summary, task_id from plan_change where plan_id = ?", samcheok))
                .containsEntry("kind", "NODE_CHANGED").containsEntry("reason", "상반기 점검 결과 반영")
                .containsEntry("task_id", null);
        assertThat(jdbc.queryForObject("select count(*) from change_log where entity_type = 'STRATEGY_NODE'"
                + " and entity_id = ? and task_id is null and new_value = '시민참여 확대'", Long.class, ga1)).isOne();

        // reorder on a confirmed plan asks for a reason too
        html = mvc.perform(post("/plans/" + samcheok + "/structure/nodes/" + ga1 + "/order").param("direction", "DOWN")
                        .param("version", "" + version(ga1)).with(csrf()).with(as(ADMIN)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("변경 사유를 적으세요", "id=\"order-form\"", "href=\"#order-reason\"");

        // Jung-gu: three strategies with sub-goals, a new sub-goal under the first
        long junggu = plan("서울특별시 중구", 2016);
        long first = node(junggu, "1");
        String state = jdbc.queryForObject("select state from plan where id = ?", String.class, junggu);
        MockHttpServletRequestBuilder add = nodeForm("/plans/" + junggu + "/structure/nodes", "⑲", "새 추진과제",
                "추진과제", first).param("reason", "구청장 공약 반영");
        mvc.perform(add.with(as("junggu.admin"))).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select parent_id from strategy_node where plan_id = ? and code = '⑲'", Long.class,
                junggu)).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from plan_change where plan_id = ?", Long.class, junggu))
                .isEqualTo("CONFIRMED".equals(state) ? 1 : 0);
        long added = node(junggu, "⑲");
        mvc.perform(post("/plans/" + junggu + "/structure/nodes/" + added + "/delete").param("version", "" + version(added))
                .param("reason", "공약 철회").param("confirm", "true").with(csrf()).with(as("junggu.admin")))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForList("select reason from plan_change where plan_id = ? order by id", String.class, junggu))
                .isEqualTo("CONFIRMED".equals(state) ? List.of("구청장 공약 반영", "공약 철회") : List.of());
    }

    @Test
    void aClosedPlanIsReadOnly() throws Exception {
        long incheon = plan("인천광역시", 2020);
        jdbc.update("update plan set state = 'CLOSED' where id = ?", incheon);
        long first = jdbc.queryForObject("select min(id) from strategy_node where plan_id = ?", Long.class, incheon);
        String before = jdbc.queryForObject("select name from strategy_node where id = ?", String.class, first);
        String html = mvc.perform(get("/plans/" + incheon + "/structure").with(as("incheon.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("2020년 계획은 종료되어 읽기만 할 수 있습니다.").doesNotContain("id=\"add-root-node\"");
        mvc.perform(get("/plans/" + incheon + "/structure/nodes/" + first).with(as("incheon.admin")))
                .andExpect(status().isConflict());
        mvc.perform(get("/plans/" + incheon + "/header").with(as("incheon.admin"))).andExpect(status().isConflict());
        mvc.perform(nodeForm("/plans/" + incheon + "/structure/nodes/" + first, "X", "바뀐 이름", "분야", null)
                        .param("version", "" + version(first)).param("reason", "사유").with(as("incheon.admin")))
                .andExpect(status().isConflict());
        mvc.perform(nodeForm("/plans/" + incheon + "/structure/nodes", "Z9", "새 항목", "분야", null)
                .param("reason", "사유").with(as("incheon.admin"))).andExpect(status().isConflict());
        mvc.perform(post("/plans/" + incheon + "/structure/nodes/" + first + "/delete").param("version", "" + version(first))
                .param("reason", "사유").with(csrf()).with(as("incheon.admin"))).andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select name from strategy_node where id = ?", String.class, first)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from plan_change where plan_id = ?", Long.class, incheon)).isZero();
    }
}
