package kr.innotrack.organization;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import kr.innotrack.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Signing in with a password against the account table (BCrypt), through the real security filter chain. */
@IntegrationTest
class SignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void demoAccountSignsIn() throws Exception {
        mvc.perform(formLogin("/login").user("samcheok.chongmu").password("innotrack-demo"))
                .andExpect(authenticated().withUsername("samcheok.chongmu").withRoles("DEPARTMENT_OFFICER"))
                .andExpect(redirectedUrl("/start"));
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin("/login").user("samcheok.chongmu").password("wrong-password"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    @Transactional
    void disabledAccountCannotSignIn() throws Exception {
        jdbc.update("update account set enabled = false where username = 'samcheok.minwon'");
        mvc.perform(formLogin("/login").user("samcheok.minwon").password("innotrack-demo"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void signInPageIsKoreanAndCarriesACsrfToken() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("로그인")))
                .andExpect(content().string(Matchers.containsString("name=\"_csrf\"")));
    }

    /** Issue 12 removed HTTP Basic: the right password over Basic no longer opens the API (tokens do, see HardeningTests). */
    @Test
    void apiRefusesHttpBasic() throws Exception {
        mvc.perform(get("/api/plans").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.httpBasic("samcheok.viewer", "innotrack-demo")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/plans/1").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.httpBasic("samcheok.viewer", "innotrack-demo")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    /** Found by the attack on issue 15: an oversized form post is a Korean 413, read by nothing (no stack traces). */
    @Test
    void anOversizedFormPostIsRefusedBeforeAnythingReadsIt() throws Exception {
        byte[] body = ("username=x&password=" + "a".repeat(3 * 1024 * 1024)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                        .contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED).content(body))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(Matchers.containsString("보낸 내용이 너무 큽니다")))
                .andExpect(content().string(Matchers.containsString("(2MB)")));
    }
}
