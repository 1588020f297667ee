package kr.innotrack.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import kr.innotrack.participation.ParticipationContext;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.support.Accounts;
import kr.innotrack.support.SignedIn;
import kr.innotrack.support.TestClock;
import kr.innotrack.support.TestMail;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff notices by e-mail with the test mail server: 바로 mails each notice with an absolute link back, 하루 한 번 모아서
 * mails one digest a day and nothing when nothing is new, 받지 않음 and an account without an address get nothing; 내
 * 계정's form validates the address in words and records the change in the history.
 */
@ParticipationContext
abstract class NoticeMailTests {

    @Autowired
    NoticeCommands notices;
    @Autowired
    NoticeDigest digest;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    MockMvc mvc;

    long organizationId;
    long departmentId;

    @BeforeEach
    void department() {
        organizationId = jdbc.queryForObject("select id from organization where slug = 'samcheok'", Long.class);
        jdbc.update("insert into department (organization_id, name, sort_order) select ?, '알림메일시험과', 99"
                + " where not exists (select 1 from department where name = '알림메일시험과')", organizationId);
        departmentId = jdbc.queryForObject("select id from department where name = '알림메일시험과'", Long.class);
        account("mail.now", "DEPARTMENT_OFFICER", "mail.now@samcheok.example.kr", "IMMEDIATE");
        account("mail.daily", "DEPARTMENT_OFFICER", "mail.daily@samcheok.example.kr", "DAILY");
        account("mail.none", "DEPARTMENT_OFFICER", "mail.none@samcheok.example.kr", "NONE");
        account("mail.noaddr", "DEPARTMENT_OFFICER", null, "NONE");
        account("mail.off", "DEPARTMENT_OFFICER", "mail.off@samcheok.example.kr", "IMMEDIATE");
        account("mail.blank", "DEPARTMENT_OFFICER", null, "IMMEDIATE");
        jdbc.update("update account set enabled = false where username = 'mail.off'");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aNoticeGoesAtOnceToThoseWhoChoseItWithALinkBack() {
        int now = TestMail.messagesTo("mail.now@samcheok.example.kr").size();
        int daily = TestMail.messagesTo("mail.daily@samcheok.example.kr").size();
        long outbox = jdbc.queryForObject("select count(*) from mail_outbox where purpose = 'notice'", Long.class);
        transactions.executeWithoutResult(s -> notices.toDepartment(organizationId, departmentId, NoticeKind.ROUND_OPENED,
                "2분기 점검이 시작되었습니다 (즉시)", "/rounds/77"));
        String text = TestMail.latestText("mail.now@samcheok.example.kr");
        assertThat(TestMail.messagesTo("mail.now@samcheok.example.kr")).hasSize(now + 1);
        assertThat(text).contains("2분기 점검이 시작되었습니다 (즉시)").contains("http://localhost:8080/rounds/77")
                .contains("http://localhost:8080/account#notice-mail");
        assertThat(TestMail.messagesTo("mail.none@samcheok.example.kr")).isEmpty();
        assertThat(TestMail.messagesTo("mail.off@samcheok.example.kr")).isEmpty();
        assertThat(TestMail.messagesTo("mail.daily@samcheok.example.kr")).as("the digest's, not at once").hasSize(daily);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where purpose = 'notice'", Long.class))
                .as("one mail: 바로 with an address, enabled; not 받지 않음, 모아서, disabled or without an address")
                .isEqualTo(outbox + 1);

        // a rolled-back change announces nothing, by notice or by mail
        transactions.executeWithoutResult(s -> {
            notices.toDepartment(organizationId, departmentId, NoticeKind.ROUND_OPENED, "되돌린 알림", "/rounds/78");
            s.setRollbackOnly();
        });
        assertThat(TestMail.messagesTo("mail.now@samcheok.example.kr")).hasSize(now + 1);
    }

    @Test
    void theDigestComesOnceADayWithWhatIsNewAndNothingWhenNothingIs() {
        String daily = "mail.daily@samcheok.example.kr";
        clock.set(LocalDateTime.of(2032, 3, 2, 15, 0));
        transactions.executeWithoutResult(s -> notices.toDepartment(organizationId, departmentId, NoticeKind.DEADLINE_SOON,
                "마감이 사흘 남았습니다 (모아서 1)", "/rounds/80"));
        clock.set(LocalDateTime.of(2032, 3, 3, 8, 0));
        assertThat(digest.sendDigests()).isGreaterThanOrEqualTo(1);
        String first = TestMail.latestText(daily);
        assertThat(first).contains("마감이 사흘 남았습니다 (모아서 1)").contains("http://localhost:8080/rounds/80");
        int after = TestMail.messagesTo(daily).size();

        transactions.executeWithoutResult(s -> notices.toDepartment(organizationId, departmentId, NoticeKind.OVERDUE,
                "마감이 지났습니다 (모아서 2)", "/rounds/80"));
        digest.sendDigests();
        assertThat(TestMail.messagesTo(daily)).as("once a day").hasSize(after);

        clock.set(LocalDateTime.of(2032, 3, 4, 8, 0));
        digest.sendDigests();
        assertThat(TestMail.latestText(daily)).contains("마감이 지났습니다 (모아서 2)").doesNotContain("(모아서 1)");
        assertThat(TestMail.messagesTo(daily)).hasSize(after + 1);

        clock.set(LocalDateTime.of(2032, 3, 5, 8, 0));
        digest.sendDigests();
        assertThat(TestMail.messagesTo(daily)).as("nothing new, no mail").hasSize(after + 1);
        assertThat(TestMail.messagesTo("mail.now@samcheok.example.kr").stream().map(TestMail::text))
                .noneMatch(t -> t.contains("새 알림이"));
    }

    @Test
    void myAccountTakesAnAddressAndAChoiceAndRefusesABadOneInWords() throws Exception {
        CurrentUser me = Accounts.user(jdbc, "mail.noaddr");
        mvc.perform(get("/account").with(SignedIn.as(me))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"notice-mail-form\"")));
        long version = jdbc.queryForObject("select version from account where id = ?", Long.class, me.accountId());

        mvc.perform(post("/account/notice-mail").with(SignedIn.as(me)).with(csrf())
                        .param("email", "not-an-address").param("noticeMail", "IMMEDIATE").param("version", "" + version))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("전자우편 주소를 확인하세요")));
        mvc.perform(post("/account/notice-mail").with(SignedIn.as(me)).with(csrf())
                        .param("email", "").param("noticeMail", "DAILY").param("version", "" + version))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("전자우편 주소를 입력하세요")));
        mvc.perform(post("/account/notice-mail").with(SignedIn.as(me)).with(csrf())
                        .param("email", "x@example.kr").param("noticeMail", "HOURLY").param("version", "" + version))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("목록에서 알림 메일 방식을 고르세요")));
        assertThat(jdbc.queryForObject("select notice_mail from account where id = ?", String.class, me.accountId()))
                .isEqualTo("NONE");

        mvc.perform(post("/account/notice-mail").with(SignedIn.as(me)).with(csrf())
                        .param("email", " Mail.NoAddr@samcheok.example.kr ").param("noticeMail", "IMMEDIATE")
                        .param("version", "" + version))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/account#notice-mail"));
        assertThat(jdbc.queryForMap("select email, notice_mail from account where id = ?", me.accountId()))
                .containsEntry("email", "Mail.NoAddr@samcheok.example.kr").containsEntry("notice_mail", "IMMEDIATE");
        assertThat(jdbc.queryForObject("select count(*) from change_log where entity_type = 'ACCOUNT' and entity_id = ?"
                + " and new_value = 'Mail.NoAddr@samcheok.example.kr'", Long.class, me.accountId())).isEqualTo(1);

        mvc.perform(post("/account/notice-mail").with(SignedIn.as(me)).with(csrf())
                        .param("email", "a@example.kr").param("noticeMail", "NONE").param("version", "" + version))
                .andExpect(status().isConflict());
        jdbc.update("update account set email = null, notice_mail = 'NONE' where id = ?", me.accountId());

        mvc.perform(post("/account/notice-mail").with(SignedIn.as(Accounts.user(jdbc, "operator"))).with(csrf())
                        .param("email", "op@example.kr").param("noticeMail", "IMMEDIATE").param("version", "0"))
                .andExpect(status().isForbidden());
    }

    private void account(String username, String role, String email, String choice) {
        jdbc.update("""
                insert into account (organization_id, department_id, username, display_name, password_hash, role,
                    enabled, created_at, email, notice_mail)
                select ?, ?, ?, ?, 'x', ?, true, current_timestamp, ?, ? where not exists
                    (select 1 from account where username = ?)""",
                organizationId, departmentId, username, username, role, email, choice, username);
    }
}
