package kr.innotrack.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** The operator (운영자) onboards organizations and their first admin; they never see an organization's data. */
@IntegrationTest
@Transactional
abstract class OperatorTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private RequestPostProcessor as(String username) {
        return SignedIn.as(Accounts.user(jdbc, username));
    }

    private MockHttpServletRequestBuilder newOrganization(String name, String username, String password,
                                                          String confirm) {
        return post("/operator/organizations").param("name", name).param("fullName", "전라남도 " + name)
                .param("kind", "BASIC").param("region", "전라남도").param("adminUsername", username)
                .param("adminDisplayName", "기획예산실 혁신담당").param("password", password)
                .param("passwordConfirm", confirm).with(csrf()).with(as("operator"));
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void theOperatorSignsInToTheOrganizationListAndSeesNoPlans() throws Exception {
        mvc.perform(formLogin("/login").user("operator").password("innotrack-demo"))
                .andExpect(authenticated().withRoles("OPERATOR"))
                .andExpect(redirectedUrl("/operator/organizations"));
        String html = mvc.perform(get("/operator/organizations").with(as("operator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("삼척시", "인천광역시", "서울특별시 중구", "기관 관리")
                .contains("class=\"brand\" href=\"/operator/organizations\"").doesNotContain("notice-badge");

        mvc.perform(get("/").with(as("operator"))).andExpect(status().isForbidden());
        mvc.perform(get("/plans/1").with(as("operator"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/plans").with(as("operator"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts").with(as("operator"))).andExpect(status().isForbidden());
        mvc.perform(get("/account").with(as("operator"))).andExpect(status().isOk());
    }

    @Test
    void nobodyElseReachesTheOperatorPages() throws Exception {
        for (String user : new String[] {"samcheok.admin", "samcheok.gijo", "samcheok.viewer"}) {
            mvc.perform(get("/operator/organizations").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(newOrganization("해남군", "haenam.admin", "Sunrise-Budget-77", "Sunrise-Budget-77")
                            .with(as(user)))
                    .andExpect(status().isForbidden());
        }
        assertThat(count("select count(*) from organization where name = '해남군'")).isZero();
    }

    @Test
    void everyProblemOfANewOrganizationShowsAtOnceAndNothingIsSaved() throws Exception {
        long before = count("select count(*) from organization");
        String html = mvc.perform(newOrganization("삼척시", "samcheok.admin", "Sunrise-Budget-77", "Sunrise-Budget-77"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("이미 등록된 기관명입니다.", "이 아이디는 쓸 수 없습니다");

        html = mvc.perform(newOrganization("", "x", "short", "other"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("기관명을 입력하세요.", "아이디는 영문 소문자, 숫자, . _ - 로 3~40자입니다.")
                .doesNotContain("value=\"short\"");
        assertThat(count("select count(*) from organization")).isEqualTo(before);
    }

    @Test
    void aNewOrganizationGetsItsFirstAdminWhoSignsIn() throws Exception {
        mvc.perform(newOrganization("해남군", "haenam.admin", "Sunrise-Budget-77", "Sunrise-Budget-77"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/operator/organizations"));

        long organizationId = count("select id from organization where name = '해남군'");
        assertThat(jdbc.queryForMap("select kind, region, full_name, enabled from organization where id = ?",
                organizationId)).containsEntry("kind", "BASIC").containsEntry("region", "전라남도")
                .containsEntry("full_name", "전라남도 해남군").containsEntry("enabled", true);
        assertThat(jdbc.queryForMap("select role, organization_id, department_id from account where username = ?",
                "haenam.admin")).containsEntry("role", "PLANNING_ADMIN").containsEntry("department_id", null);
        assertThat(jdbc.queryForList("select field || '=' || new_value from change_log where organization_id = ?"
                + " and entity_type = 'ORGANIZATION' and action = 'CREATE'", String.class, organizationId))
                .contains("기관명=해남군", "구분=기초", "첫 기획부서 관리자=haenam.admin");
        assertThat(count("select count(*) from security_event where organization_id = ? and type in"
                + " ('ORGANIZATION_CREATED', 'ACCOUNT_CREATED')", organizationId)).isEqualTo(2);

        mvc.perform(formLogin("/login").user("haenam.admin").password("Sunrise-Budget-77"))
                .andExpect(authenticated().withRoles("PLANNING_ADMIN")).andExpect(redirectedUrl("/start"));
        mvc.perform(get("/").with(as("haenam.admin"))).andExpect(status().isOk());
        mvc.perform(get("/admin/accounts").with(as("haenam.admin"))).andExpect(status().isOk());
    }

    @Test
    void aDisabledOrganizationsPeopleCannotSignInAndTheirSessionsEnd() throws Exception {
        long samcheok = count("select id from organization where name = '삼척시'");
        long stampBefore = count("select security_stamp from account where username = 'samcheok.gijo'");
        RequestPostProcessor signedInBefore = SignedIn.as(Accounts.user(jdbc, "samcheok.gijo"), stampBefore);

        mvc.perform(post("/operator/organizations/" + samcheok + "/enabled").param("enabled", "false")
                .with(csrf()).with(as("operator"))).andExpect(status().isFound());

        mvc.perform(formLogin("/login").user("samcheok.gijo").password("innotrack-demo"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/plans/1").with(signedInBefore)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(formLogin("/login").user("incheon.admin").password("innotrack-demo")).andExpect(authenticated());

        mvc.perform(post("/operator/organizations/" + samcheok + "/enabled").param("enabled", "true")
                .with(csrf()).with(as("operator"))).andExpect(status().isFound());
        mvc.perform(formLogin("/login").user("samcheok.gijo").password("innotrack-demo")).andExpect(authenticated());
        // a session of before the disabling stays ended after the enabling
        mvc.perform(get("/plans/1").with(signedInBefore)).andExpect(redirectedUrl("/login?ended"));
    }

    @Test
    void aPlanningAdminCannotMakeAnOperator() throws Exception {
        String html = mvc.perform(post("/admin/accounts").param("username", "sneaky.operator")
                        .param("displayName", "몰래").param("role", "OPERATOR").param("password", "Sneaky-pass-2026")
                        .param("passwordConfirm", "Sneaky-pass-2026").with(csrf()).with(as("samcheok.admin")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("기관 안에서 줄 수 있는 역할");
        assertThat(count("select count(*) from account where username = 'sneaky.operator'")).isZero();
    }
}
