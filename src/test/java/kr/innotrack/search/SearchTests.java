package kr.innotrack.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import kr.innotrack.support.Accounts;
import kr.innotrack.support.IntegrationTest;
import kr.innotrack.support.QueryCounter;
import kr.innotrack.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The global search through MockMvc on the seeded data, with texts planted by SQL in the test's transaction (rolled
 * back): Korean substrings, Latin case, tenancy, drafts, escaping of % and _, the statement count, the query rules.
 */
@IntegrationTest
@Transactional
abstract class SearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager em;

    @Autowired
    EntityManagerFactory emf;

    private RequestPostProcessor as(String username) {
        return SignedIn.as(Accounts.user(jdbc, username));
    }

    private long plan(String organization) {
        return jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = ? order by p.plan_year limit 1", Long.class, organization);
    }

    /** Gives the first n tasks of the organization's plan (in plan order) the title. */
    private void retitle(String organization, int n, String title) {
        jdbc.update("update task set title = ? where id in (select id from (select t.id from task t where t.plan_id = ?"
                + " order by t.sort_order limit " + n + ") x)", title, plan(organization));
    }

    private String search(String username, String q) throws Exception {
        em.flush();
        em.clear(); // the rows changed by SQL are read again, not taken from the test's persistence context
        return mvc.perform(get("/search").param("q", q).with(as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aKoreanSubstringFindsTheWordItIsPartOfAndMarksIt() throws Exception {
        retitle("삼척시", 1, "스마트 민원처리센터 구축");
        String html = search("samcheok.viewer", "민원처");
        assertThat(html).contains("id=\"group-task\"").contains("스마트 <mark>민원처</mark>리센터 구축");
    }

    @Test
    void latinLettersMatchWhateverTheirCase() throws Exception {
        retitle("삼척시", 1, "SmartCity 플랫폼");
        assertThat(search("samcheok.viewer", "smartcity")).contains("<mark>SmartCity</mark> 플랫폼");
        assertThat(search("samcheok.viewer", "SMARTCITY")).contains("<mark>SmartCity</mark> 플랫폼");
    }

    @Test
    void milestonesAreFoundWithTheirTaskAndLinkToIt() throws Exception {
        long task = jdbc.queryForObject("select min(task_id) from milestone m join task t on t.id = m.task_id"
                + " where t.plan_id = ?", Long.class, plan("삼척시"));
        jdbc.update("update milestone set description = '찾기전용 일정문구' where id = (select min(id) from milestone"
                + " where task_id = ?)", task);
        String html = search("samcheok.viewer", "일정문구");
        assertThat(html).contains("id=\"group-milestone\"").contains("찾기전용 <mark>일정문구</mark>")
                .contains("/tasks/" + task + "#milestones");
    }

    @Test
    void anotherOrganizationsTextIsNeverFound() throws Exception {
        retitle("서울특별시 중구", 1, "타기관전용 고유문구");
        assertThat(search("samcheok.admin", "고유문구")).doesNotContain("고유문구</mark>").contains("id=\"search-none\"");
        assertThat(search("junggu.admin", "고유문구")).contains("<mark>고유문구</mark>");
    }

    @Test
    void aDraftPlanIsFoundByPlanningAdminsOnly() throws Exception {
        retitle("삼척시", 1, "초안계획 고유과제");
        jdbc.update("update plan set state = 'DRAFT' where id = ?", plan("삼척시"));
        assertThat(search("samcheok.viewer", "고유과제")).doesNotContain("<mark>고유과제</mark>");
        assertThat(search("samcheok.chongmu", "고유과제")).doesNotContain("<mark>고유과제</mark>");
        assertThat(search("samcheok.admin", "고유과제")).contains("<mark>고유과제</mark>");
    }

    @Test
    void percentAndUnderscoreAreLettersNotWildcards() throws Exception {
        long plan = plan("삼척시");
        jdbc.update("update task set title = '완료율 100% 달성' where plan_id = ? and sort_order ="
                + " (select min(sort_order) from task where plan_id = ?)", plan, plan);
        jdbc.update("update task set title = '완료율 1000건 달성' where plan_id = ? and sort_order ="
                + " (select max(sort_order) from task where plan_id = ?)", plan, plan);
        String percent = search("samcheok.viewer", "0% 달");
        assertThat(percent).contains("완료율 10<mark>0% 달</mark>성").doesNotContain("1000건");

        jdbc.update("update task set title = 'A_B 연계사업' where plan_id = ? and sort_order ="
                + " (select min(sort_order) from task where plan_id = ?)", plan, plan);
        jdbc.update("update task set title = 'AxB 연계사업' where plan_id = ? and sort_order ="
                + " (select max(sort_order) from task where plan_id = ?)", plan, plan);
        String underscore = search("samcheok.viewer", "a_b");
        assertThat(underscore).contains("<mark>A_B</mark> 연계사업").doesNotContain("AxB");
    }

    @Test
    void resultsComeAFewPerKindWithAPageOfTheirOwn() throws Exception {
        retitle("삼척시", 30, "묶음검색 과제");
        String summary = search("samcheok.viewer", "묶음검색");
        assertThat(summary.split("class=\"search-hit\"", -1).length - 1).isEqualTo(SearchQueries.PER_GROUP);
        assertThat(summary).contains("kind=TASK").contains("과제 더 보기");

        em.flush();
        String first = mvc.perform(get("/search").param("q", "묶음검색").param("kind", "TASK").with(as("samcheok.viewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(first.split("class=\"search-hit\"", -1).length - 1).isEqualTo(SearchQueries.PER_PAGE);
        assertThat(first).contains("rel=\"next\"");
        String second = mvc.perform(get("/search").param("q", "묶음검색").param("kind", "TASK").param("page", "2")
                        .with(as("samcheok.viewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second.split("class=\"search-hit\"", -1).length - 1).isEqualTo(10);
        assertThat(second).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void statementsDoNotGrowWithTheHits() throws Exception {
        QueryCounter counter = new QueryCounter(emf);
        long plan = plan("삼척시");
        retitle("삼척시", 1, "세는검색 과제");
        jdbc.update("update milestone set description = '세는검색 일정' where id = (select min(id) from milestone"
                + " where task_id = (select min(id) from task where plan_id = ?))", plan);
        em.flush();
        long few = counter.count(() -> mvc.perform(get("/search").param("q", "세는검색").with(as("samcheok.viewer")))
                .andExpect(status().isOk()));
        retitle("삼척시", 1000, "세는검색 과제");
        jdbc.update("update milestone set description = '세는검색 일정' where task_id in (select id from task"
                + " where plan_id = ?)", plan);
        em.flush();
        long many = counter.count(() -> mvc.perform(get("/search").param("q", "세는검색").with(as("samcheok.viewer")))
                .andExpect(status().isOk()));
        long kindPage = counter.count(() -> mvc.perform(get("/search").param("q", "세는검색").param("kind", "MILESTONE")
                .param("page", "3").with(as("samcheok.viewer"))).andExpect(status().isOk()));
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(6);
        assertThat(kindPage).isLessThanOrEqualTo(2);
    }

    @Test
    void findingsAreSearchedWithTheirProgressLog() throws Exception {
        long finding = jdbc.queryForObject("select min(f.id) from audit_finding f join organization o"
                + " on o.id = f.organization_id where o.name = '인천광역시'", Long.class);
        jdbc.update("update audit_finding set title = '감사검색 지적 제목' where id = ?", finding);
        String byTitle = search("incheon.admin", "감사검색");
        assertThat(byTitle).contains("id=\"group-finding\"").contains("/audit-findings/" + finding)
                .contains("<mark>감사검색</mark> 지적 제목");
        assertThat(search("samcheok.admin", "감사검색")).doesNotContain("group-finding");
    }

    @Test
    void aQueryTooShortSearchesNothingAndSaysSo() throws Exception {
        QueryCounter counter = new QueryCounter(emf);
        long none = counter.count(() -> mvc.perform(get("/search").with(as("samcheok.viewer"))).andExpect(status().isOk()));
        long one = counter.count(() -> mvc.perform(get("/search").param("q", "민").with(as("samcheok.viewer")))
                .andExpect(status().isOk()));
        assertThat(one).isEqualTo(none);
        assertThat(search("samcheok.viewer", " 민 ")).contains("id=\"search-too-short\"").doesNotContain("search-hit");
        assertThat(search("samcheok.viewer", "")).contains("id=\"search-empty-query\"");
    }

    @Test
    void aQueryTooLongIsRefusedBesideTheField() throws Exception {
        String html = mvc.perform(get("/search").param("q", "가".repeat(101)).with(as("samcheok.viewer")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"q-error\"").contains("검색어는 100자 이내로 입력하세요.")
                .doesNotContain("search-hit");
        mvc.perform(get("/search").param("q", "민원").param("kind", "NOPE").with(as("samcheok.viewer")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/search").param("q", "민원").param("kind", "TASK").param("page", "0")
                .with(as("samcheok.viewer"))).andExpect(status().isBadRequest());
    }
}
