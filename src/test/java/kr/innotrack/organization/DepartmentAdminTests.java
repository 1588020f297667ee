package kr.innotrack.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kr.innotrack.support.Accounts;
import kr.innotrack.support.IntegrationTest;
import kr.innotrack.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** The planning admin manages departments: create, place, 정원/현원, close and reopen, never delete. */
@IntegrationTest
@Transactional
abstract class DepartmentAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private RequestPostProcessor as(String username) {
        return SignedIn.as(Accounts.user(jdbc, username));
    }

    private long id(String name) {
        return jdbc.queryForObject("select d.id from department d join organization o on o.id = d.organization_id"
                + " where o.name = '삼척시' and d.name = ?", Long.class, name);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from department where id = ?", Long.class, id);
    }

    @Test
    void theListShowsTheTreeWithPeopleAndOnlyAdminsReachIt() throws Exception {
        String html = mvc.perform(get("/admin/departments").with(as("samcheok.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("부서 관리", "기획조정실", "총무과", "민원과");
        for (String user : new String[] {"samcheok.gijo", "samcheok.viewer", "operator"}) {
            mvc.perform(get("/admin/departments").with(as(user))).andExpect(status().isForbidden());
        }
    }

    @Test
    void everyProblemShowsBesideItsFieldAndNothingIsSaved() throws Exception {
        long before = jdbc.queryForObject("select count(*) from department", Long.class);
        String html = mvc.perform(post("/admin/departments").param("name", "총무과").param("sortOrder", "abc")
                        .param("authorized", "-1").param("current", "12").with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("이 기관에 같은 이름의 부서가 이미 있습니다.", "정원과 현원은 0부터 100000까지의 정수로 입력하세요.");
        html = mvc.perform(post("/admin/departments").param("name", " ").param("sortOrder", "1")
                        .param("parentId", "999999").with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("부서명을 입력하세요.", "상위 부서는 이 기관의 운영 중인 부서에서 고르세요.");
        assertThat(jdbc.queryForObject("select count(*) from department", Long.class)).isEqualTo(before);
    }

    @Test
    void aNewDepartmentSitsUnderItsOfficeWithItsHeadcount() throws Exception {
        long office = id("기획조정실");
        mvc.perform(post("/admin/departments").param("name", "혁신정책담당관").param("parentId", "" + office)
                        .param("sortOrder", "5").param("authorized", "12").param("current", "11")
                        .with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/departments"));
        long created = id("혁신정책담당관");
        assertThat(jdbc.queryForObject("select parent_id from department where id = ?", Long.class, created))
                .isEqualTo(office);
        String html = mvc.perform(get("/admin/departments/" + created).with(as("samcheok.admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("value=\"12\"", "value=\"11\"");
        assertThat(jdbc.queryForList("select field || '=' || new_value from change_log where entity_type = 'DEPARTMENT'"
                + " and entity_id = ?", String.class, created)).contains("부서명=혁신정책담당관", "상위 부서=기획조정실");

        String accountForm = mvc.perform(get("/admin/accounts/new").with(as("samcheok.admin")))
                .andReturn().getResponse().getContentAsString();
        assertThat(accountForm).contains("혁신정책담당관");
    }

    @Test
    void aStaleEditShowsTheConflictAndAnOfficeCannotGoUnderItsOwnUnit() throws Exception {
        long office = id("기획조정실");
        mvc.perform(post("/admin/departments").param("name", "혁신담당").param("parentId", "" + office)
                .param("sortOrder", "1").with(csrf()).with(as("samcheok.admin"))).andExpect(status().isFound());
        long unit = id("혁신담당");

        String html = mvc.perform(post("/admin/departments/" + office).param("name", "기획조정실")
                        .param("parentId", "" + unit).param("sortOrder", "0").param("version", "" + version(office))
                        .with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("부서를 자기 자신이나 자기 하위 부서 아래에 둘 수 없습니다.");

        long stale = version(unit);
        mvc.perform(post("/admin/departments/" + unit).param("name", "혁신기획담당").param("parentId", "" + office)
                .param("sortOrder", "1").param("version", "" + stale).with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().isFound());
        html = mvc.perform(post("/admin/departments/" + unit).param("name", "혁신협력담당").param("parentId", "" + office)
                        .param("sortOrder", "1").param("version", "" + stale).with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("혁신기획담당", "혁신협력담당");
        assertThat(jdbc.queryForObject("select name from department where id = ?", String.class, unit))
                .isEqualTo("혁신기획담당");
    }

    @Test
    void aDepartmentClosesOnlyWhenNobodyIsLeftInItAndCanReopen() throws Exception {
        long minwon = id("민원과");
        String html = mvc.perform(post("/admin/departments/" + minwon + "/close").param("version", "" + version(minwon))
                        .with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("민원과에 아직 사용 중인 계정 1개").contains("id=\"close-form\"");

        jdbc.update("update account set enabled = false where username = 'samcheok.minwon'");
        for (String day : new String[] {"2999-01-01", "1900-01-01", "9999-99-99"}) {
            mvc.perform(post("/admin/departments/" + minwon + "/close").param("version", "" + version(minwon))
                    .param("closedOn", day).with(csrf()).with(as("samcheok.admin"))).andExpect(status().isBadRequest());
        }
        assertThat(jdbc.queryForObject("select closed_on from department where id = ?", String.class, minwon)).isNull();
        mvc.perform(post("/admin/departments/" + minwon + "/close").param("version", "" + version(minwon))
                        .param("closedOn", "2026-07-01").with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select closed_on from department where id = ?", String.class, minwon))
                .isEqualTo("2026-07-01");
        assertThat(mvc.perform(get("/admin/accounts/new").with(as("samcheok.admin"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain(">민원과<");
        assertThat(mvc.perform(get("/admin/departments").with(as("samcheok.admin"))).andReturn().getResponse()
                .getContentAsString()).contains("2026-07-01 폐지");
        long minwonOfficer = jdbc.queryForObject("select id from account where username = 'samcheok.minwon'", Long.class);
        html = mvc.perform(post("/admin/accounts/" + minwonOfficer).param("displayName", "민원과 담당자")
                        .param("role", "DEPARTMENT_OFFICER").param("departmentId", "" + minwon).param("enabled", "true")
                        .param("version", "" + jdbc.queryForObject("select version from account where id = ?", Long.class,
                                minwonOfficer)).with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("민원과는 폐지된 부서입니다");

        mvc.perform(post("/admin/departments/" + minwon + "/reopen").param("version", "" + version(minwon))
                .with(csrf()).with(as("samcheok.admin"))).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select closed_on from department where id = ?", String.class, minwon)).isNull();
    }

    /** A loop already in the data (two moves that raced before the tree lock) never hangs the cycle check. */
    @Test
    @org.junit.jupiter.api.Timeout(30)
    void aLoopInTheDataDoesNotHangTheCheck() throws Exception {
        long chongmu = id("총무과");
        long minwon = id("민원과");
        jdbc.update("update department set parent_id = ? where id = ?", minwon, chongmu);
        jdbc.update("update department set parent_id = ? where id = ?", chongmu, minwon);
        long bokji = id("복지정책과");
        mvc.perform(post("/admin/departments/" + bokji).param("name", "복지정책과").param("parentId", "" + chongmu)
                        .param("sortOrder", "0").param("version", "" + version(bokji)).with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().isFound());
        mvc.perform(post("/admin/departments/" + chongmu).param("name", "총무과").param("parentId", "" + minwon)
                        .param("sortOrder", "0").param("version", "" + version(chongmu)).with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().isBadRequest());
    }
}
