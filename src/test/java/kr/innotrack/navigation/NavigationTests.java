package kr.innotrack.navigation;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import kr.innotrack.checkround.RoundCommands;
import kr.innotrack.checkround.RoundScope;
import kr.innotrack.support.Accounts;
import kr.innotrack.support.IntegrationTest;
import kr.innotrack.support.SessionCookie;
import kr.innotrack.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The header and where people land (issue 16): the landing page by role after signing in, a deep link winning over
 * it, only the menus the organization uses, breadcrumbs on the pages below a plan.
 */
@IntegrationTest
@Transactional
abstract class NavigationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RoundCommands rounds;

    @Autowired
    jakarta.persistence.EntityManager em;

    private RequestPostProcessor as(String username) {
        return SignedIn.as(Accounts.user(jdbc, username));
    }

    private long plan(String organization) {
        return jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = ? order by p.plan_year desc limit 1", Long.class, organization);
    }

    private long task(long planId, String code) {
        return jdbc.queryForObject("select id from task where plan_id = ? and code = ?", Long.class, planId, code);
    }

    // ------------------------------------------------------------------ landing

    private static org.springframework.test.web.servlet.RequestBuilder signIn(String username, SessionCookie session) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                .param("username", username).param("password", "innotrack-demo").with(session)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
    }

    @Test
    void signingInWithoutADeepLinkGoesToTheLandingPage() throws Exception {
        for (String username : new String[] {"samcheok.chongmu", "samcheok.admin", "samcheok.viewer"}) {
            mvc.perform(formLogin("/login").user(username).password("innotrack-demo")).andExpect(redirectedUrl("/start"));
        }
        mvc.perform(formLogin("/login").user("operator").password("innotrack-demo"))
                .andExpect(redirectedUrl("/operator/organizations"));
    }

    @Test
    void anOfficerLandsOnTheirDepartmentsTasks() throws Exception {
        mvc.perform(get("/start").with(as("samcheok.chongmu"))).andExpect(redirectedUrl("/my/tasks"));
    }

    @Test
    void anAdminAndAViewerLandOnTheCurrentPlansOverview() throws Exception {
        long samcheok = plan("삼척시");
        mvc.perform(get("/start").with(as("samcheok.admin"))).andExpect(redirectedUrl("/plans/" + samcheok));
        mvc.perform(get("/start").with(as("samcheok.viewer"))).andExpect(redirectedUrl("/plans/" + samcheok));
        mvc.perform(get("/start").with(as("incheon.admin"))).andExpect(redirectedUrl("/plans/" + plan("인천광역시")));
    }

    @Test
    void theLatestConfirmedPlanIsTheCurrentOneAndWithoutOneThePlanListIs() throws Exception {
        long samcheok = plan("삼척시");
        long organization = jdbc.queryForObject("select organization_id from plan where id = ?", Long.class, samcheok);
        jdbc.update("insert into plan (organization_id, plan_year, title, state) values (?, 2099, '작성 중인 계획', 'DRAFT')",
                organization);
        em.flush();
        mvc.perform(get("/start").with(as("samcheok.admin"))).andExpect(redirectedUrl("/plans/" + samcheok));

        jdbc.update("update plan set state = 'CLOSED' where id = ?", samcheok);
        em.flush();
        em.clear();
        mvc.perform(get("/start").with(as("samcheok.admin"))).andExpect(redirectedUrl("/"));
    }

    @Test
    void aDeepLinkBeforeSigningInStillWins() throws Exception {
        long samcheok = plan("삼척시");
        SessionCookie session = SessionCookie.from(mvc.perform(get("/plans/{id}/tasks", samcheok))
                .andExpect(status().is3xxRedirection()).andReturn());
        org.assertj.core.api.Assertions.assertThat(session.value()).as("the deep link is kept in a new session").isNotNull();
        mvc.perform(signIn("samcheok.chongmu", session))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(result.getResponse().getRedirectedUrl())
                        .contains("/plans/" + samcheok + "/tasks"));
    }

    /** A form sent after the session ended is an expired sign-in, not a missing right (walkthrough of issue 19). */
    @Test
    void aFormSentAfterTheSessionEndedAsksToSignInAgain() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/account/sessions/end-others")
                        .param("_csrf", "a-token-of-an-ended-session"))
                .andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/login").param("expired", ""))
                .andExpect(content().string(containsString("로그인이 만료되어 보낸 내용을 저장하지 못했습니다")));
        // signed in, a bad token is still refused with the 403 page
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/account/sessions/end-others")
                        .param("_csrf", "forged").with(as("samcheok.admin")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theBareRootIsNoDeepLink() throws Exception {
        SessionCookie session = SessionCookie.from(mvc.perform(get("/"))
                .andExpect(status().is3xxRedirection()).andReturn());
        mvc.perform(signIn("samcheok.chongmu", session))
                .andExpect(redirectedUrl("/start"));
    }

    // ------------------------------------------------------------------ menus the organization uses

    @Test
    void samcheokHasNoAuditOrBudgetMenuAndIncheonHasBoth() throws Exception {
        mvc.perform(get("/plans/{id}", plan("삼척시")).with(as("samcheok.admin"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"nav-group-plan\""),
                        not(containsString("id=\"nav-budget\"")), not(containsString("id=\"nav-audit\"")),
                        not(containsString("id=\"nav-group-money\"")))));
        mvc.perform(get("/plans/{id}", plan("인천광역시")).with(as("incheon.admin"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"nav-group-money\""),
                        containsString("id=\"nav-budget\""), containsString("id=\"nav-audit\""))));
        // without a plan on the page the audit menu is still there, the budget one (which needs a plan) is not
        mvc.perform(get("/notices").with(as("incheon.admin"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"nav-audit\""),
                        not(containsString("id=\"nav-budget\"")))));
    }

    @Test
    void theMenuFollowsTheData() throws Exception {
        long samcheok = plan("삼척시");
        long organization = jdbc.queryForObject("select organization_id from plan where id = ?", Long.class, samcheok);
        jdbc.update("""
                insert into audit_finding (organization_id, finding_year, management_number, finding_type, title,
                    status, finding_text, version) values (?, 2021, 'T-1', 'ACTION', '시험 지적', 'IN_PROGRESS', '내용', 0)""",
                organization);
        em.flush();
        mvc.perform(get("/plans/{id}", samcheok).with(as("samcheok.viewer"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"nav-audit\""), not(containsString("id=\"nav-budget\"")))));
    }

    @Test
    void theDeadEndPagesStillAnswerAndSayWhyTheyAreEmpty() throws Exception {
        long samcheok = plan("삼척시");
        mvc.perform(get("/plans/{id}/budget", samcheok).with(as("samcheok.admin"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"budget-empty\""),
                        containsString("분기별 예산 계획"), containsString("id=\"budget-empty-structure\""))));
        mvc.perform(get("/plans/{id}/budget", samcheok).with(as("samcheok.viewer"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"budget-empty-tasks\""),
                        not(containsString("id=\"budget-empty-structure\"")))));
        mvc.perform(get("/audit-findings").with(as("samcheok.admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"findings-empty\"")));
    }

    @Test
    void theHeaderHasTheSearchSlotAndTheMenuButton() throws Exception {
        mvc.perform(get("/plans/{id}", plan("삼척시")).with(as("samcheok.viewer"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"global-search\""),
                        containsString("role=\"search\""), containsString("id=\"global-search-q\""),
                        containsString("name=\"q\""), containsString("id=\"menu-toggle\""),
                        containsString("aria-controls=\"nav-list-plan\""))));
    }

    @Test
    void theCurrentPageAndItsGroupAreMarked() throws Exception {
        long samcheok = plan("삼척시");
        String html = mvc.perform(get("/plans/{id}/tasks", samcheok).with(as("samcheok.viewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(html)
                .containsPattern("id=\"nav-group-plan\"[^>]*aria-current=\"true\"")
                .containsPattern("aria-current=\"page\"[^>]*>과제 목록<|href=\"/plans/" + samcheok
                        + "/tasks\"[^>]*aria-current=\"page\"");
    }

    // ------------------------------------------------------------------ breadcrumbs

    @Test
    void aTaskPageShowsPlanAreaFocusAndTask() throws Exception {
        long samcheok = plan("삼척시");
        String html = mvc.perform(get("/plans/{p}/tasks/{t}", samcheok, task(samcheok, "다-1-1")).with(as("samcheok.viewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String trail = html.substring(html.indexOf("<nav class=\"breadcrumbs\""), html.indexOf("</nav>", html.indexOf("<nav class=\"breadcrumbs\"")));
        org.assertj.core.api.Assertions.assertThat(trail)
                .contains("aria-label=\"현재 위치\"")
                .contains("href=\"/plans/" + samcheok + "\"")
                .contains("area=").contains("focus=").contains("다-1 ")
                .containsPattern("<span aria-current=\"page\">다-1-1 공공데이터 개방·활용 확대</span>");
    }

    @Test
    void aRoundEntryPageShowsPlanRoundsRoundAndEntry() throws Exception {
        long samcheok = plan("삼척시");
        var admin = Accounts.user(jdbc, "samcheok.admin");
        long round = rounds.create(samcheok, new RoundCommands.Setup(2021, 2, false, "2021년 2분기 추진상황 점검",
                LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 10), RoundScope.ALL, Set.of(), null), admin).getId();
        em.flush();
        long entry = jdbc.queryForObject("select e.id from round_entry e join task t on t.id = e.task_id"
                + " where e.round_id = ? and t.code = '다-1-1'", Long.class, round);
        String html = mvc.perform(get("/rounds/{r}/entries/{e}", round, entry).with(as("samcheok.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String trail = html.substring(html.indexOf("<nav class=\"breadcrumbs\""), html.indexOf("</nav>", html.indexOf("<nav class=\"breadcrumbs\"")));
        org.assertj.core.api.Assertions.assertThat(trail)
                .contains("href=\"/plans/" + samcheok + "\"")
                .contains("href=\"/plans/" + samcheok + "/rounds\"").contains("분기 점검")
                .contains("href=\"/rounds/" + round + "\"").contains("2021년 2분기 추진상황 점검")
                .contains("<span aria-current=\"page\">다-1-1 공공데이터 개방·활용 확대</span>");
    }

    @Test
    void theSingleMilestoneAndKpiFormsShowPlanTaskAndForm() throws Exception {
        long samcheok = plan("삼척시");
        long task = task(samcheok, "다-1-1");
        long milestone = jdbc.queryForObject("select min(id) from milestone where task_id = ?", Long.class, task);
        long kpi = jdbc.queryForObject("select min(id) from kpi where task_id = ?", Long.class, task);
        String[][] forms = {
                {"/plans/" + samcheok + "/tasks/" + task + "/milestones/" + milestone + "/edit", "추진일정 수정"},
                {"/plans/" + samcheok + "/tasks/" + task + "/milestones/new", "추진일정 추가"},
                {"/plans/" + samcheok + "/tasks/" + task + "/kpis/" + kpi + "/actual", "성과지표 실적"}};
        for (String[] form : forms) {
            String html = mvc.perform(get(form[0]).with(as("samcheok.admin")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            org.assertj.core.api.Assertions.assertThat(html).as(form[0]).contains("<nav class=\"breadcrumbs\"");
            String trail = html.substring(html.indexOf("<nav class=\"breadcrumbs\""),
                    html.indexOf("</nav>", html.indexOf("<nav class=\"breadcrumbs\"")));
            org.assertj.core.api.Assertions.assertThat(trail).as(form[0])
                    .contains("aria-label=\"현재 위치\"")
                    .contains("href=\"/plans/" + samcheok + "\"")
                    .contains("href=\"/plans/" + samcheok + "/tasks/" + task + "\"").contains("다-1-1 공공데이터 개방·활용 확대")
                    .containsPattern("<span aria-current=\"page\">" + form[1] + "[^<]*</span>");
        }
    }
}
