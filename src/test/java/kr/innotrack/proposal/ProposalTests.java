package kr.innotrack.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.util.UUID;
import kr.innotrack.support.Accounts;
import kr.innotrack.support.IntegrationTest;
import kr.innotrack.support.QueryCounter;
import kr.innotrack.support.SessionCookie;
import kr.innotrack.support.SignedIn;
import kr.innotrack.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Citizen proposals end to end through MockMvc on H2 and PostgreSQL: the submission rules (consent, length, honeypot,
 * related task), moderation and triage with their illegal steps, stale versions, tenancy and rights, the history, the
 * decision mail (and the address deleted after it), one support per voice with a replayed code refused, the adoption
 * statistics and the task's 「국민 제안」 badge. Every test makes its own proposals (titles with a run-unique tag) and
 * commits them (the mail goes out after the commit); the statistics use an organization of their own.
 */
@IntegrationTest
abstract class ProposalTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory emf;

    String tag;
    long samcheok;

    @BeforeEach
    void fixture() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        samcheok = jdbc.queryForObject("select id from organization where slug = 'samcheok'", Long.class);
    }

    private RequestPostProcessor as(String username) {
        return SignedIn.as(Accounts.user(jdbc, username));
    }

    private MockHttpServletRequestBuilder submission(String slug, String title, String body) {
        return post("/public/" + slug + "/proposals").with(csrf()).param("title", title).param("body", body)
                .param("consent", "true").param("_consent", "on");
    }

    private long submitted(String title) {
        return jdbc.queryForObject("select id from proposal where title = ?", Long.class, title);
    }

    private int count(String title) {
        return jdbc.queryForObject("select count(*) from proposal where title = ?", Integer.class, title);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from proposal where id = ?", Long.class, id);
    }

    private ResultActions step(long id, String step, String username, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post("/proposals/" + id + "/" + step).with(csrf()).with(as(username))
                .param("version", String.valueOf(version(id)));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    private long newProposal(String title, String email) throws Exception {
        MockHttpServletRequestBuilder request = submission("samcheok", title, "본문 " + title);
        if (email != null) {
            request.param("email", email);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        return submitted(title);
    }

    private long published(String title, String email) throws Exception {
        long id = newProposal(title, email);
        step(id, "publish", "samcheok.admin").andExpect(status().is3xxRedirection());
        return id;
    }

    private long task(String code) {
        return jdbc.queryForObject("select t.id from task t join plan p on p.id = t.plan_id join organization o"
                + " on o.id = p.organization_id where o.slug = 'samcheok' and p.plan_year = 2021 and t.code = ?",
                Long.class, code);
    }

    private String html(MockHttpServletRequestBuilder request, int expected) throws Exception {
        MvcResult result = mvc.perform(request).andExpect(status().is(expected)).andReturn();
        return result.getResponse().getContentAsString();
    }

    // ---- submitting

    @Test
    void aProposalWithConsentIsSavedForReviewAndTheListSaysSoWithoutASession() throws Exception {
        String title = "제안 " + tag;
        MvcResult result = mvc.perform(submission("samcheok", title, "버스 노선을 늘려 주세요.")
                        .param("category", "TRANSPORT").param("email", "a" + tag + "@example.kr"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/public/samcheok/proposals?submitted");
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(SessionCookie.setBy(result)).as("no session in the database either").isFalse();
        assertThat(jdbc.queryForMap("select publication, triage, category, answer_email, consented_at from proposal"
                + " where title = ?", title))
                .containsEntry("publication", "PENDING").containsEntry("triage", "RECEIVED")
                .containsEntry("category", "TRANSPORT").containsEntry("answer_email", "a" + tag + "@example.kr")
                .extractingByKey("consented_at").isNotNull();
        String list = html(get("/public/samcheok/proposals?submitted"), 200);
        assertThat(list).contains("기획부서의 검토를 거친 뒤 이 목록에 공개됩니다").doesNotContain(title);
        html(get("/public/samcheok/proposals/" + submitted(title)), 404);
    }

    @Test
    void withoutConsentNothingIsSavedAndTheMessageIsBesideTheBox() throws Exception {
        String title = "동의 없음 " + tag;
        String page = html(post("/public/samcheok/proposals").with(csrf()).param("title", title)
                .param("body", "내용").param("_consent", "on"), 400);
        assertThat(page).contains("개인정보 수집·이용에 동의해야 제안할 수 있습니다.");
        assertThat(count(title)).isZero();
    }

    @Test
    void thousandCharactersAreAcceptedAndOneThousandAndOneAreNot() throws Exception {
        String title = "길이 " + tag;
        String page = html(submission("samcheok", title, "가".repeat(1001)), 400);
        assertThat(page).contains("제안 내용은 1,000자까지 쓸 수 있습니다.");
        assertThat(count(title)).isZero();
        mvc.perform(submission("samcheok", title, "가".repeat(1000))).andExpect(status().is3xxRedirection());
        assertThat(count(title)).isOne();
    }

    @Test
    void aMissingTitleAndABadAddressAreRefusedBesideTheirFields() throws Exception {
        String page = html(submission("samcheok", "", "내용 " + tag).param("email", "not-an-address"), 400);
        assertThat(page).contains("제목을 입력하세요.").contains("전자우편 주소를 이름@도메인 형식으로 입력하세요.");
        assertThat(jdbc.queryForObject("select count(*) from proposal where body = ?", Integer.class, "내용 " + tag))
                .isZero();
    }

    @Test
    void theHoneypotAnswersAsAcceptedAndStoresNothing() throws Exception {
        String title = "봇 " + tag;
        MvcResult result = mvc.perform(submission("samcheok", title, "스팸").param("homepage", "http://spam.example"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/public/samcheok/proposals?submitted");
        assertThat(count(title)).isZero();
    }

    @Test
    void aRelatedTaskMustBeOneOfTheOrganizationsPublishedPlansAndNoneIsFine() throws Exception {
        long incheonTask = jdbc.queryForObject("select min(t.id) from task t join plan p on p.id = t.plan_id"
                + " join organization o on o.id = p.organization_id where o.slug = 'incheon'", Long.class);
        String title = "관련 과제 " + tag;
        String page = html(submission("samcheok", title, "내용").param("relatedTaskId", String.valueOf(incheonTask)), 400);
        assertThat(page).contains("관련 과제는 목록에 있는 과제 중에서 고르세요.");
        assertThat(count(title)).isZero();
        // a task of a plan the office has not published is not the public's to name
        html(submission("samcheok", title, "내용").param("relatedTaskId", String.valueOf(task("가-1-1"))), 400);
        assertThat(count(title)).isZero();
        long planId = jdbc.queryForObject("select plan_id from task where id = ?", Long.class, task("가-1-1"));
        long organizationId = jdbc.queryForObject("select organization_id from plan where id = ?", Long.class, planId);
        jdbc.update("insert into publication (organization_id, subject_kind, subject_id, published_at, published_by)"
                + " values (?, 'PLAN', ?, current_timestamp, 'test')", organizationId, planId);
        try {
            mvc.perform(submission("samcheok", title, "내용").param("relatedTaskId", String.valueOf(task("가-1-1"))))
                    .andExpect(status().is3xxRedirection());
        } finally {
            jdbc.update("delete from publication where subject_kind = 'PLAN' and subject_id = ? and published_by = 'test'", planId);
        }
        assertThat(jdbc.queryForObject("select related_task_id from proposal where title = ?", Long.class, title))
                .isEqualTo(task("가-1-1"));
    }

    @Test
    void anUnknownOrganizationHasNoProposalPages() throws Exception {
        html(get("/public/no-such-place/proposals"), 404);
        html(get("/public/no-such-place/proposals/new"), 404);
    }

    @Test
    void junkIsA400NeverA500() throws Exception {
        long id = published("잡값 " + tag, null);
        mvc.perform(submission("samcheok", "잡값 제안 " + tag, "내용").param("category", "NOPE"))
                .andExpect(status().isBadRequest());
        mvc.perform(submission("samcheok", "잡값 제안 " + tag, "내용").param("relatedTaskId", "abc"))
                .andExpect(status().isBadRequest());
        mvc.perform(submission("samcheok", "가".repeat(101), "내용")).andExpect(status().isBadRequest());
        mvc.perform(submission("samcheok", "잡값 제안 " + tag, "내용").param("email", "a".repeat(300) + "@example.kr"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/public/samcheok/proposals/" + id + "/support/code").with(csrf()).param("email", "x"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/public/samcheok/proposals/" + id + "/support").with(csrf())
                .param("email", "j" + tag + "@example.kr").param("code", "9".repeat(50))).andExpect(status().isBadRequest());
        mvc.perform(post("/public/samcheok/proposals/abc/support").with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(get("/public/samcheok/proposals").param("page", "abc")).andExpect(status().isBadRequest());
        assertThat(html(get("/public/samcheok/proposals").param("page", "99999"), 200)).contains("id=\"proposal-list\"");
        step(id, "hide", "samcheok.admin", "reason", "가".repeat(501)).andExpect(status().isBadRequest());
        mvc.perform(post("/proposals/" + id + "/publish").with(csrf()).with(as("samcheok.admin")).param("version", "x"))
                .andExpect(status().isBadRequest());
        assertThat(count("잡값 제안 " + tag)).isZero();
    }

    // ---- moderation

    @Test
    void publishingShowsItHidingNeedsAReasonAndHidesItForGood() throws Exception {
        String title = "공개 " + tag;
        long id = newProposal(title, null);
        step(id, "publish", "samcheok.admin").andExpect(status().is3xxRedirection());
        assertThat(html(get("/public/samcheok/proposals"), 200)).contains(title);
        assertThat(html(get("/public/samcheok/proposals/" + id), 200)).contains(title).contains("총 0명 참여");

        assertThat(html(post("/proposals/" + id + "/hide").with(csrf()).with(as("samcheok.admin"))
                .param("version", String.valueOf(version(id))).param("reason", " "), 400))
                .contains("숨김 사유를 입력하세요.");
        step(id, "hide", "samcheok.admin", "reason", "개인정보 노출").andExpect(status().is3xxRedirection());
        html(get("/public/samcheok/proposals/" + id), 404);
        assertThat(html(get("/public/samcheok/proposals"), 200)).doesNotContain(title);
        assertThat(html(get("/public/samcheok/proposals/" + id).with(as("samcheok.admin")), 404)).doesNotContain("개인정보 노출");

        step(id, "publish", "samcheok.admin").andExpect(status().isConflict());
        step(id, "hide", "samcheok.admin", "reason", "또").andExpect(status().isConflict());
        String staff = html(get("/proposals/" + id).with(as("samcheok.admin")), 200);
        assertThat(staff).contains("개인정보 노출").contains("검토 대기 → 공개").contains("공개 → 숨김");
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
        long id = newProposal("낡은 판 " + tag, null);
        long stale = version(id);
        step(id, "review", "samcheok.admin").andExpect(status().is3xxRedirection());
        mvc.perform(post("/proposals/" + id + "/publish").with(csrf()).with(as("samcheok.admin"))
                .param("version", String.valueOf(stale))).andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select publication from proposal where id = ?", String.class, id))
                .isEqualTo("PENDING");
    }

    @Test
    void anotherOrganizationGets404AndAViewer403() throws Exception {
        long id = newProposal("남의 기관 " + tag, null);
        html(get("/proposals/" + id).with(as("incheon.admin")), 404);
        step(id, "publish", "incheon.admin").andExpect(status().isNotFound());
        html(get("/proposals/" + id).with(as("samcheok.viewer")), 403);
        step(id, "publish", "samcheok.viewer").andExpect(status().isForbidden());
        html(get("/proposals").with(as("samcheok.viewer")), 403);
        assertThat(html(get("/proposals").with(as("incheon.admin")), 200)).doesNotContain("남의 기관 " + tag);
        assertThat(html(get("/public/incheon/proposals/" + id), 404)).doesNotContain("남의 기관");
        assertThat(jdbc.queryForObject("select publication from proposal where id = ?", String.class, id))
                .isEqualTo("PENDING");
    }

    @Test
    void theListFiltersByState() throws Exception {
        long pending = newProposal("대기 " + tag, null);
        long shown = published("공개됨 " + tag, null);
        String pendingOnly = html(get("/proposals").param("publication", "PENDING").with(as("samcheok.admin")), 200);
        assertThat(pendingOnly).contains("대기 " + tag).doesNotContain("공개됨 " + tag);
        step(shown, "review", "samcheok.admin").andExpect(status().is3xxRedirection());
        String reviewing = html(get("/proposals").param("triage", "REVIEWING").with(as("samcheok.admin")), 200);
        assertThat(reviewing).contains("공개됨 " + tag).doesNotContain("대기 " + tag);
        html(get("/proposals").param("triage", "NONSENSE").with(as("samcheok.admin")), 400);
        assertThat(pending).isPositive();
    }

    // ---- triage

    @Test
    void adoptionNeedsReviewAndATaskOfAConfirmedPlanThenMarksTheTaskAndMailsTheProposer() throws Exception {
        String address = "adopt" + tag + "@example.kr";
        String title = "채택 " + tag;
        long id = published(title, address);
        long taskId = task("나-1-1");
        step(id, "adopt", "samcheok.admin", "taskId", String.valueOf(taskId)).andExpect(status().isConflict());
        step(id, "review", "samcheok.admin").andExpect(status().is3xxRedirection());
        step(id, "review", "samcheok.admin").andExpect(status().isConflict());
        assertThat(step(id, "adopt", "samcheok.admin").andExpect(status().isBadRequest()).andReturn()
                .getResponse().getContentAsString()).contains("채택할 과제를 확정된 계획의 과제 중에서 고르세요.");
        long incheonTask = jdbc.queryForObject("select min(t.id) from task t join plan p on p.id = t.plan_id"
                + " join organization o on o.id = p.organization_id where o.slug = 'incheon'", Long.class);
        step(id, "adopt", "samcheok.admin", "taskId", String.valueOf(incheonTask)).andExpect(status().isBadRequest());
        step(id, "adopt", "samcheok.admin", "taskId", "abc").andExpect(status().isBadRequest());

        step(id, "adopt", "samcheok.admin", "taskId", String.valueOf(taskId)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForMap("select triage, adopted_task_id, answer_email from proposal where id = ?", id))
                .containsEntry("triage", "ADOPTED").containsEntry("answer_email", null);
        assertThat(jdbc.queryForObject("select citizen_proposal_id from task where id = ?", Long.class, taskId))
                .isNotNull();
        String mail = TestMail.latestText(address);
        assertThat(mail).contains(title).contains("채택되어").contains("나-1-1");

        long planId = jdbc.queryForObject("select plan_id from task where id = ?", Long.class, taskId);
        String taskPage = html(get("/plans/" + planId + "/tasks/" + taskId).with(as("samcheok.viewer")), 200);
        assertThat(taskPage).contains("id=\"citizen-proposal-badge\"").contains("국민 제안")
                .contains("/public/samcheok/proposals/");
        assertThat(html(get("/plans/" + planId + "/tasks").with(as("samcheok.viewer")), 200))
                .contains("badge citizen");
        String publicPage = html(get("/public/samcheok/proposals/" + id), 200);
        // the plan is not published (공개 관리): the public learns the decision, not the task
        assertThat(publicPage).contains("채택").doesNotContain("/public/samcheok/tasks/" + taskId).doesNotContain(address);
        step(id, "reject", "samcheok.admin", "reason", "늦었다").andExpect(status().isConflict());
        String staff = html(get("/proposals/" + id).with(as("samcheok.admin")), 200);
        assertThat(staff).contains("검토 중 → 채택").contains("(입력됨) → (삭제됨)").doesNotContain(address);
    }

    @Test
    void rejectionNeedsAReasonThatIsPublishedAndMailed() throws Exception {
        String address = "reject" + tag + "@example.kr";
        long id = published("불채택 " + tag, address);
        step(id, "review", "samcheok.admin").andExpect(status().is3xxRedirection());
        step(id, "reject", "samcheok.admin", "reason", "").andExpect(status().isBadRequest());
        step(id, "reject", "samcheok.admin", "reason", "이미 시행 중인 사업입니다.").andExpect(status().is3xxRedirection());
        assertThat(TestMail.latestText(address)).contains("채택되지 않았습니다").contains("이미 시행 중인 사업입니다.");
        assertThat(jdbc.queryForObject("select answer_email from proposal where id = ?", String.class, id)).isNull();
        assertThat(html(get("/public/samcheok/proposals/" + id), 200)).contains("이미 시행 중인 사업입니다.")
                .contains("불채택").doesNotContain("id=\"support-code-form\"");
    }

    @Test
    void aDecisionWithoutAnAddressSendsNothing() throws Exception {
        long id = published("주소 없음 " + tag, null);
        int before = TestMail.server().getReceivedMessages().length;
        step(id, "review", "samcheok.admin").andExpect(status().is3xxRedirection());
        step(id, "reject", "samcheok.admin", "reason", "사유").andExpect(status().is3xxRedirection());
        Thread.sleep(300);
        assertThat(java.util.Arrays.stream(TestMail.server().getReceivedMessages()).skip(before)
                .map(TestMail::text).filter(t -> t.contains("주소 없음 " + tag)).toList()).isEmpty();
    }

    // ---- support

    private String requestCode(long id, String address) throws Exception {
        String mailbox = address.strip().toLowerCase(java.util.Locale.ROOT);
        int before = TestMail.messagesTo(mailbox).size();
        String page = html(post("/public/samcheok/proposals/" + id + "/support/code").with(csrf())
                .param("email", address), 200);
        assertThat(page).contains("id=\"support-form\"").contains("value=\"" + address.strip() + "\"");
        return TestMail.latestCode(mailbox, before);
    }

    private ResultActions support(long id, String address, String code) throws Exception {
        return mvc.perform(post("/public/samcheok/proposals/" + id + "/support").with(csrf())
                .param("email", address).param("code", code));
    }

    private int supports(long id) {
        return jdbc.queryForObject("select support_count from proposal where id = ?", Integer.class, id);
    }

    @Test
    void oneSupportPerPersonAndAReplayedCodeIsRefused() throws Exception {
        long id = published("공감 " + tag, null);
        String address = "fan" + tag + "@example.kr";
        String code = requestCode(id, address);
        support(id, address, code).andExpect(status().is3xxRedirection());
        assertThat(supports(id)).isOne();
        assertThat(html(get("/public/samcheok/proposals/" + id + "?supported"), 200)).contains("총 1명 참여");

        assertThat(support(id, address, code).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString()).contains("field-error");
        String again = requestCode(id, " FAN" + tag + "@Example.kr ");
        assertThat(support(id, address, again).andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString()).contains("이미 공감하셨습니다.");
        assertThat(supports(id)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from proposal_support where proposal_id = ?", Integer.class, id))
                .isOne();
        assertThat(jdbc.queryForObject("select voice from proposal_support where proposal_id = ?", String.class, id))
                .hasSize(64).doesNotContain("fan");

        String other = "second" + tag + "@example.kr";
        support(id, other, requestCode(id, other)).andExpect(status().is3xxRedirection());
        assertThat(supports(id)).isEqualTo(2);
    }

    @Test
    void aWrongCodeStaysOnTheCodeStepAndAddsNothing() throws Exception {
        long id = published("틀린 코드 " + tag, null);
        String address = "wrong" + tag + "@example.kr";
        String code = requestCode(id, address);
        String page = support(id, address, code.equals("000000") ? "000001" : "000000")
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"support-form\"").contains("field-error");
        support(id, address, "").andExpect(status().isBadRequest());
        assertThat(supports(id)).isZero();
    }

    @Test
    void onlyPublishedUndecidedProposalsTakeSupport() throws Exception {
        long pending = newProposal("대기 공감 " + tag, null);
        mvc.perform(post("/public/samcheok/proposals/" + pending + "/support/code").with(csrf())
                .param("email", "p" + tag + "@example.kr")).andExpect(status().isNotFound());
        long decided = published("결정 공감 " + tag, null);
        String address = "late" + tag + "@example.kr";
        String code = requestCode(decided, address);
        step(decided, "review", "samcheok.admin").andExpect(status().is3xxRedirection());
        step(decided, "reject", "samcheok.admin", "reason", "끝").andExpect(status().is3xxRedirection());
        assertThat(support(decided, address, code).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString()).contains("더 이상 공감을 받지 않습니다");
        assertThat(supports(decided)).isZero();
    }

    // ---- statistics, seed, statements

    @Test
    void theAdoptionStatisticsCountPerYearWithoutHiddenOnes() throws Exception {
        String slug = "stats-" + tag;
        jdbc.update("insert into organization (name, full_name, kind, region, enabled, created_at, slug)"
                + " values (?, ?, 'BASIC', '강원도', true, current_timestamp, ?)", "통계시" + tag, "통계시" + tag, slug);
        long org = jdbc.queryForObject("select id from organization where slug = ?", Long.class, slug);
        String[][] rows = {
                {"2022-03-01 10:00:00", "PUBLISHED", "ADOPTED"}, {"2022-05-01 10:00:00", "PUBLISHED", "REJECTED"},
                {"2022-06-01 10:00:00", "PUBLISHED", "REJECTED"}, {"2022-07-01 10:00:00", "PENDING", "RECEIVED"},
                {"2022-08-01 10:00:00", "HIDDEN", "REJECTED"}, {"2023-01-10 10:00:00", "PUBLISHED", "REVIEWING"}};
        for (String[] r : rows) {
            jdbc.update("insert into proposal (organization_id, title, body, publication, triage, support_count,"
                    + " submitted_at, version) values (?, ?, '내용', ?, ?, 0, cast(? as timestamp), 0)",
                    org, "통계 " + r[0], r[1], r[2], r[0]);
        }
        String page = html(get("/public/" + slug + "/proposals"), 200);
        String y2022 = page.substring(page.indexOf("data-year=\"2022\""));
        y2022 = y2022.substring(0, y2022.indexOf("</tr>"));
        assertThat(y2022).contains("class=\"num received\">4<").contains("class=\"num adopted\">1<")
                .contains("class=\"num rejected\">2<").contains("33.3%");
        String y2023 = page.substring(page.indexOf("data-year=\"2023\""));
        y2023 = y2023.substring(0, y2023.indexOf("</tr>"));
        assertThat(y2023).contains("class=\"num received\">1<").contains("class=\"num rate\">-<");
        assertThat(page.indexOf("data-year=\"2023\"")).isLessThan(page.indexOf("data-year=\"2022\""));
        assertThat(page).contains("공개된 제안 (4건)");
    }

    @Test
    void theSeededPlatformProposalsArePublishedToTheMinistryWithNoSupport() throws Exception {
        String page = html(get("/public/mois/proposals"), 200);
        assertThat(page).contains("저출산에 대한 국가의 안일한 정책에 대하여. ( 경력단절인력의 재취업률 제고 )")
                .contains("우리 아이들을 위협하는 천장재 문제 반드시 해결해야합니다.")
                .contains("정부 발표의 세컨홈 정책 재검토되어야 합니다.")
                .doesNotContain("국민신청실명제");
        assertThat(jdbc.queryForObject("select count(*) from proposal p join organization o on o.id = p.organization_id"
                + " where o.slug = 'mois' and p.title like '%천장재%' and p.support_count = 0 and p.triage = 'RECEIVED'",
                Integer.class)).isOne();
    }

    @Test
    void theOfficesProposalPageDoesNotGrowWithTheHistory() throws Exception {
        QueryCounter counter = new QueryCounter(emf);
        long id = newProposal("문장 수 " + tag, null);
        long first = counter.count(() -> html(get("/proposals/" + id).with(as("samcheok.admin")), 200));
        step(id, "publish", "samcheok.admin").andExpect(status().is3xxRedirection());
        step(id, "review", "samcheok.admin").andExpect(status().is3xxRedirection());
        step(id, "hide", "samcheok.admin", "reason", "광고").andExpect(status().is3xxRedirection());
        long later = counter.count(() -> html(get("/proposals/" + id).with(as("samcheok.admin")), 200));
        assertThat(later).isEqualTo(first).isLessThanOrEqualTo(8);
    }
}
