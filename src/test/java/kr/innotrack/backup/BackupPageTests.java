package kr.innotrack.backup;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kr.innotrack.support.Accounts;
import kr.innotrack.support.IntegrationTest;
import kr.innotrack.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The operator's 백업 page in the shared contexts, whose databases (H2 in memory, PostgreSQL) cannot be backed up from
 * inside: the page says where backups come from instead and a press is refused with 409 in words, writing nothing;
 * nobody but the operator reaches it. The backup itself on an H2 file: {@link H2OnlineBackupTest}.
 */
@IntegrationTest
abstract class BackupPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOperatorIsToldThisDatabaseIsNotBackedUpHereAndAPressIsRefused() throws Exception {
        var operator = Accounts.user(jdbc, "operator");
        mvc.perform(get("/operator/backup").with(SignedIn.as(operator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("pg_dump")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("back-up-now"))));
        mvc.perform(post("/operator/backup").with(SignedIn.as(operator)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("내장 데이터베이스")));
    }

    @Test
    void nobodyButTheOperatorReachesThePage() throws Exception {
        for (String username : new String[] {"samcheok.admin", "samcheok.viewer", "samcheok.chongmu"}) {
            var someone = Accounts.user(jdbc, username);
            mvc.perform(get("/operator/backup").with(SignedIn.as(someone))).andExpect(status().isForbidden());
            mvc.perform(post("/operator/backup").with(SignedIn.as(someone)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/operator/backup")).andExpect(status().is3xxRedirection());
    }
}
