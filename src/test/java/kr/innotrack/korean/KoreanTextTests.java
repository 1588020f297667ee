package kr.innotrack.korean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kr.innotrack.support.Accounts;
import kr.innotrack.support.IntegrationTest;
import kr.innotrack.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Korean that reads as written by a person (issue 16): plan titles say their year and their quotes once, the check
 * rules are a page of the app, the 403 page fits the refusal, no bare 「-」 joined with a state, particles resolved.
 */
@IntegrationTest
@Transactional
abstract class KoreanTextTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private RequestPostProcessor as(String username) {
        return SignedIn.as(Accounts.user(jdbc, username));
    }

    private long plan(String organization) {
        return jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = ? order by p.plan_year limit 1", Long.class, organization);
    }

    private String page(String address, String username) throws Exception {
        return mvc.perform(get(address).accept(MediaType.TEXT_HTML).with(as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aTitleThatStartsWithItsYearIsNotGivenTheYearAgain() throws Exception {
        long incheon = plan("인천광역시");
        String overview = page("/plans/" + incheon, "incheon.admin");
        assertThat(overview).contains("인천광역시 · 2020 주요업무 추진계획").doesNotContain("2020 2020")
                .contains("<title>2020 주요업무 추진계획 · ");
        assertThat(page("/plans/" + incheon + "/tasks", "incheon.admin")).doesNotContain("2020년 2020")
                .doesNotContain("2020 2020");
        String samcheok = page("/plans/" + plan("삼척시"), "samcheok.viewer");
        assertThat(samcheok).contains("삼척시 · 2021년 삼척시 혁신 실행계획").contains("「삼척시 혁신 실행계획」");
    }

    @Test
    void aTitleThatQuotesASloganIsNotQuotedAgain() throws Exception {
        String overview = page("/plans/" + plan("서울특별시 중구"), "junggu.admin");
        assertThat(overview).contains("「열린 중구3.0」 확산 추진계획").doesNotContain("「「").doesNotContain("」」");
    }

    @Test
    void theCheckRulesAreAPageOfTheAppWithThePlansThresholds() throws Exception {
        long samcheok = plan("삼척시");
        String help = page("/plans/" + samcheok + "/help/check-cycle", "samcheok.viewer");
        assertThat(help).contains("<h1>점검·판정 규칙</h1>", "이 계획의 판정 기준", "80% 이상", "50% 미만", "90% 이상",
                "기준일 현재의 자료", "이전 점검에서 이어지는 개선대책").doesNotContain("docs/");

        // the plan's own rule, as the office saved it
        jdbc.update("delete from signal_rule where plan_id = ?", samcheok);
        jdbc.update("insert into signal_rule (plan_id, milestone_green_pct, milestone_red_pct, kpi_green_pct, kpi_red_pct,"
                + " progress_green_pct, progress_red_pct, missing_kpi_is_caution, deadline_days)"
                + " values (?, 75, 45, 90, 60, 90, 60, false, 14)", samcheok);
        assertThat(page("/plans/" + samcheok + "/help/check-cycle", "samcheok.viewer"))
                .contains("75% 이상", "45% 미만", "<strong>14일</strong>", "판정에서 뺍니다").doesNotContain("80% 이상");
        assertThat(page("/plans/" + samcheok + "/signal-rules", "samcheok.viewer"))
                .contains("/plans/" + samcheok + "/help/check-cycle").doesNotContain("docs/");
        assertThat(page("/plans/" + samcheok + "/rounds", "samcheok.viewer"))
                .contains("/plans/" + samcheok + "/help/check-cycle");
        // another organization's plan: not found
        mvc.perform(get("/plans/" + samcheok + "/help/check-cycle").accept(MediaType.TEXT_HTML).with(as("incheon.admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRefusedChangeOnSomethingOneMayReadSaysSo() throws Exception {
        long samcheok = plan("삼척시");
        long task = jdbc.queryForObject("select min(id) from task where plan_id = ?", Long.class, samcheok);
        String refused = mvc.perform(get("/plans/" + samcheok + "/tasks/" + task + "/milestones/new")
                        .accept(MediaType.TEXT_HTML).with(as("samcheok.viewer")))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("바꿀 권한이 없습니다", "이 자료는 볼 수 있지만 이 작업은 할 수 없습니다")
                .doesNotContain("이 화면을 볼 권한이 없습니다");
    }

    @Test
    void theDeckSaysWhatIsMissingInWords() throws Exception {
        long samcheok = plan("삼척시");
        String deck = page("/present/plans/" + samcheok, "samcheok.viewer");
        assertThat(deck).contains("2021년 삼척시 혁신 실행계획 추진 현황");
        // laggard slides of the seeded plan (nothing done at the year's end), no remedy requested yet
        assertThat(deck).contains("class=\"remedy\"", "개선대책을 요청하지 않았습니다");
        assertThat(deck).doesNotContain("- · ").doesNotContain(">- ·");
    }
}
