package kr.innotrack.checkround;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.support.Accounts;
import kr.innotrack.support.IntegrationTest;
import kr.innotrack.support.QueryCounter;
import kr.innotrack.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.transaction.annotation.Transactional;

/**
 * 질의·답변 on round entries through MockMvc, on a Samcheok 2021 round made in the test's transaction (rolled back):
 * the office asks and the department answers, each side's notice, who may post (another department and a viewer 403,
 * another organization 404), the round's states (준비 and 종료 refuse), bad input, a double submit, and the round page's
 * statement count with more messages. Runs on H2 and PostgreSQL.
 */
@IntegrationTest
@Transactional
abstract class EntryQuestionsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager em;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    RoundCommands roundCommands;

    @Autowired
    kr.innotrack.shared.Messages messages;

    CurrentUser admin;
    CurrentUser gijo;
    long planId;
    long roundId;
    long entryId;      // 가-1-1, 기획조정실 (samcheok.gijo)
    long otherEntryId; // 나-1-3, 민원과 (samcheok.minwon)
    long gijoDepartment;

    @BeforeEach
    void round() {
        admin = Accounts.user(jdbc, "samcheok.admin");
        gijo = Accounts.user(jdbc, "samcheok.gijo");
        gijoDepartment = gijo.departmentId();
        planId = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시' and p.plan_year = 2021", Long.class);
        RoundForm form = new RoundForm();
        form.setPeriod("Q2");
        form.setReferenceDate(LocalDate.of(2021, 6, 30));
        form.setDeadline(LocalDate.of(2021, 7, 10));
        form.setScope(RoundScope.SELECTED);
        form.setTaskIds(List.of(taskId("가-1-1"), taskId("나-1-3"), taskId("다-1-1")));
        roundId = roundCommands.create(planId, form.toCommand(2021, messages), admin).getId();
        entryId = entryOf("가-1-1");
        otherEntryId = entryOf("나-1-3");
    }

    long taskId(String code) {
        return jdbc.queryForObject("select id from task where code = ? and plan_id = ?", Long.class, code, planId);
    }

    long entryOf(String code) {
        em.flush();
        return jdbc.queryForObject("select id from round_entry where round_id = ? and task_id = ?", Long.class,
                roundId, taskId(code));
    }

    void move(RoundState... targets) {
        for (RoundState target : targets) {
            em.flush();
            long version = jdbc.queryForObject("select version from check_round where id = ?", Long.class, roundId);
            roundCommands.moveTo(roundId, target, version, true, admin);
        }
        em.flush();
    }

    String entryUrl(long entry) {
        return "/rounds/" + roundId + "/entries/" + entry;
    }

    String send(String username, long entry, String body, String token, ResultMatcher expected) throws Exception {
        var request = post(entryUrl(entry) + "/questions").with(csrf()).with(SignedIn.as(Accounts.user(jdbc, username)))
                .param("body", body);
        if (token != null) {
            request.param("token", token);
        }
        String html = mvc.perform(request).andExpect(expected).andReturn().getResponse().getContentAsString();
        em.flush();
        return html;
    }

    String page(String username, String url) throws Exception {
        em.flush();
        em.clear();
        return mvc.perform(get(url).with(SignedIn.as(Accounts.user(jdbc, username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    long count(String sql, Object... args) {
        em.flush();
        return jdbc.queryForObject(sql, Long.class, args);
    }

    long messageCount() {
        return count("select count(*) from entry_message where round_id = ?", roundId);
    }

    long notices(String kind) {
        return count("select count(*) from notice n join organization o on o.id = n.organization_id"
                + " where o.name = '삼척시' and n.kind = ? and n.link like ?", kind, "/rounds/" + roundId + "/%");
    }

    // ------------------------------------------------------------------ both ways

    @Test
    void theOfficeAsksTheDepartmentAnswersAndEachSideIsTold() throws Exception {
        move(RoundState.SUBMISSION);
        assertThat(page("samcheok.admin", "/rounds/" + roundId)).contains("답변 대기 0건");

        send("samcheok.admin", entryId, "교육 일정이\n지연된 사유를 알려 주세요.", "k-1", status().is3xxRedirection());
        assertThat(count("select count(*) from notice where kind = 'QUESTION_ASKED' and audience = 'DEPARTMENT'"
                + " and department_id = ? and link = ?", gijoDepartment, entryUrl(entryId) + "#questions")).isOne();
        assertThat(notices("QUESTION_ANSWERED")).isZero();
        assertThat(jdbc.queryForObject("select message from notice where kind = 'QUESTION_ASKED' and department_id = ?"
                + " and link like ?", String.class, gijoDepartment, "/rounds/" + roundId + "/%"))
                .contains("가-1-1").contains("교육 일정이 지연된 사유를 알려 주세요.");
        assertThat(page("samcheok.admin", "/rounds/" + roundId)).contains("답변 대기 1건");

        // The department's to-do list shows the question waiting for it.
        assertThat(page("samcheok.gijo", "/my/rounds")).contains(entryUrl(entryId) + "#questions").contains("답변 대기");
        String officerPage = page("samcheok.gijo", entryUrl(entryId));
        assertThat(officerPage).contains("id=\"questions-awaiting\"").contains("교육 일정이\n지연된 사유를 알려 주세요.")
                .contains("id=\"question-form\"").contains("답변 올리기").contains("기획부서");

        send("samcheok.gijo", entryId, "코로나19로 집합교육을 미뤘습니다.", "k-2", status().is3xxRedirection());
        assertThat(count("select count(*) from notice where kind = 'QUESTION_ANSWERED' and audience = 'PLANNING'"
                + " and link = ?", entryUrl(entryId) + "#questions")).isOne();
        assertThat(jdbc.queryForList("select side from entry_message where entry_id = ? order by id", String.class, entryId))
                .containsExactly("OFFICE", "DEPARTMENT");
        assertThat(count("select count(*) from change_log where entity_type = 'ENTRY_MESSAGE'"
                + " and entity_id in (select id from entry_message where entry_id = ?)", entryId)).isEqualTo(2);

        String adminPage = page("samcheok.admin", entryUrl(entryId));
        assertThat(adminPage).contains("코로나19로 집합교육을 미뤘습니다.").contains("id=\"questions-answered\"")
                .doesNotContain("id=\"questions-awaiting\"").contains("질의 올리기");
        assertThat(page("samcheok.admin", "/rounds/" + roundId)).contains("답변 대기 0건").contains("답변 완료");
        assertThat(page("samcheok.gijo", "/my/rounds")).contains("답변 완료").doesNotContain(">답변 대기<");
    }

    @Test
    void aDepartmentMayWriteFirstAndTheOfficeIsTold() throws Exception {
        move(RoundState.SUBMISSION);
        send("samcheok.gijo", entryId, "실적 작성 기준을 문의합니다.", null, status().is3xxRedirection());
        assertThat(notices("QUESTION_ANSWERED")).isOne();
        assertThat(page("samcheok.admin", entryUrl(entryId))).contains("문의").doesNotContain("id=\"questions-awaiting\"");
        assertThat(page("samcheok.admin", "/rounds/" + roundId)).contains("답변 대기 0건");
    }

    // ------------------------------------------------------------------ who may post

    @Test
    void anotherDepartmentAndAViewerAre403AnotherOrganization404AndNothingIsSaved() throws Exception {
        move(RoundState.SUBMISSION);
        send("samcheok.minwon", entryId, "다른 부서의 글", null, status().isForbidden());
        send("samcheok.viewer", entryId, "열람 전용의 글", null, status().isForbidden());
        send("incheon.admin", entryId, "다른 기관의 글", null, status().isNotFound());
        // 403 comes before any word about the input.
        send("samcheok.minwon", entryId, "", null, status().isForbidden());
        assertThat(messageCount()).isZero();
        assertThat(notices("QUESTION_ASKED") + notices("QUESTION_ANSWERED")).isZero();
        // The other department's own entry is theirs to answer.
        send("samcheok.minwon", otherEntryId, "민원과 답변", null, status().is3xxRedirection());
        assertThat(messageCount()).isOne();
        // A viewer reads the thread, without a form.
        String viewerPage = page("samcheok.viewer", entryUrl(otherEntryId));
        assertThat(viewerPage).contains("민원과 답변").contains("id=\"questions-readonly\"").doesNotContain("id=\"question-form\"");
        mvc.perform(get(entryUrl(entryId)).with(SignedIn.as(Accounts.user(jdbc, "incheon.admin"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRoundBeforeSubmissionOrClosedRefusesMessagesAndTheClosedThreadIsReadOnly() throws Exception {
        send("samcheok.admin", entryId, "준비 단계의 질의", null, status().isConflict());
        assertThat(messageCount()).isZero();
        move(RoundState.SUBMISSION);
        send("samcheok.admin", entryId, "제출 단계의 질의", null, status().is3xxRedirection());
        move(RoundState.REVIEW, RoundState.FEEDBACK);
        send("samcheok.gijo", entryId, "환류 단계의 답변", null, status().is3xxRedirection());
        move(RoundState.CLOSED);
        String html = send("samcheok.gijo", entryId, "종료 후의 답변", null, status().isConflict());
        assertThat(html).contains("종료");
        send("samcheok.admin", entryId, "", null, status().isConflict());
        assertThat(messageCount()).isEqualTo(2);
        assertThat(page("samcheok.admin", entryUrl(entryId))).contains("환류 단계의 답변")
                .contains("id=\"questions-readonly\"").contains("읽기 전용").doesNotContain("id=\"question-form\"");
    }

    // ------------------------------------------------------------------ bad input, double submit

    @Test
    void badInputAnswers400BesideTheFieldAndSavesNothing() throws Exception {
        move(RoundState.SUBMISSION);
        assertThat(send("samcheok.admin", entryId, "  \u200B ", null, status().isBadRequest())).contains("내용을 적으세요.");
        assertThat(send("samcheok.admin", entryId, "가".repeat(2001), null, status().isBadRequest()))
                .contains("내용은 2,000자까지 적을 수 있습니다.").contains("가".repeat(2001));
        assertThat(send("samcheok.admin", entryId, "질의", "../../x", status().isBadRequest()))
                .contains("화면을 새로 고친 뒤 다시 올리세요.");
        assertThat(messageCount()).isZero();
        assertThat(notices("QUESTION_ASKED")).isZero();
        send("samcheok.admin", entryId, "가".repeat(2000), null, status().is3xxRedirection());
        assertThat(messageCount()).isOne();
    }

    @Test
    void theSameFormSentTwiceIsOneMessage() throws Exception {
        move(RoundState.SUBMISSION);
        String html = page("samcheok.admin", entryUrl(entryId));
        String token = html.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
        assertThat(token).hasSizeBetween(30, 40);
        send("samcheok.admin", entryId, "한 번만 올라갈 질의", token, status().is3xxRedirection());
        send("samcheok.admin", entryId, "한 번만 올라갈 질의", token, status().is3xxRedirection());
        assertThat(messageCount()).isOne();
        assertThat(notices("QUESTION_ASKED")).isOne();
    }

    // ------------------------------------------------------------------ statement count

    @Test
    void theRoundPagesStatementCountDoesNotGrowWithMessages() throws Exception {
        move(RoundState.SUBMISSION);
        QueryCounter counter = new QueryCounter(emf);
        page("samcheok.admin", "/rounds/" + roundId);
        long before = counter.count(() -> page("samcheok.admin", "/rounds/" + roundId));
        for (int i = 0; i < 3; i++) {
            send("samcheok.admin", entryId, "질의 " + i, null, status().is3xxRedirection());
            send("samcheok.gijo", entryId, "답변 " + i, null, status().is3xxRedirection());
            send("samcheok.admin", otherEntryId, "민원과 질의 " + i, null, status().is3xxRedirection());
        }
        String html = page("samcheok.admin", "/rounds/" + roundId);
        assertThat(html).contains("답변 대기 1건");
        long after = counter.count(() -> page("samcheok.admin", "/rounds/" + roundId));
        assertThat(after).isEqualTo(before);
        long entryBefore = counter.count(() -> page("samcheok.admin", entryUrl(entryOf("다-1-1"))));
        long entryAfter = counter.count(() -> page("samcheok.admin", entryUrl(entryId)));
        assertThat(entryAfter).isEqualTo(entryBefore);
    }
}
