package kr.innotrack.competition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kr.innotrack.evidence.EvidenceSamples;
import kr.innotrack.shared.CurrentUser;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Proposal contests end to end through MockMvc on H2 and PostgreSQL: the seeded Jecheon call as written, the office
 * creating and announcing a call (drafts never public, history, another organization 404, a viewer 403), the period
 * and eligibility rules, the two-step public entry with a code from the test mail server (required documents, a wrong
 * file type refused with nothing saved, one entry per verified address), the entry's files readable by staff only,
 * grading and publishing the winners (mail, masked names), and statement counts that do not grow with the entries.
 * Each test makes its own calls in Samcheok with its own addresses, so the suites sharing the context are undisturbed.
 */
@IntegrationTest
abstract class CompetitionTests {

    /** The H2 and PostgreSQL suites share one test mail server and number their rows alike: addresses per run. */
    final String RUN = Long.toString(System.nanoTime(), 36);


    private static final AtomicInteger NETWORK = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory emf;

    CurrentUser admin;
    CurrentUser viewer;
    CurrentUser incheon;
    LocalDate today;
    String client;

    @BeforeEach
    void fixture() {
        admin = Accounts.user(jdbc, "samcheok.admin");
        viewer = Accounts.user(jdbc, "samcheok.viewer");
        incheon = Accounts.user(jdbc, "incheon.admin");
        today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        client = "10.77." + (NETWORK.incrementAndGet() % 250) + "." + (System.nanoTime() % 250);
    }

    private static String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder b) {
        return b.with(request -> {
            request.setRemoteAddr(client);
            return request;
        });
    }

    /** A call made through the staff form: receipt period from..to, ages 9–24, individual or team of 2–4. */
    private long createCall(String title, LocalDate from, LocalDate to) throws Exception {
        MvcResult r = mvc.perform(post("/competitions").with(csrf()).with(SignedIn.as(admin))
                        .param("title", title).param("theme", "우리 지역 문제를 청소년의 시각으로")
                        .param("contestStart", from.toString()).param("contestEnd", to.toString())
                        .param("receiptStart", from.toString()).param("receiptEnd", to.toString())
                        .param("eligibility", "9~24세 청소년\n※ 개인 또는 팀 (2~4명)")
                        .param("minAge", "9").param("maxAge", "24")
                        .param("individualAllowed", "true").param("teamAllowed", "true")
                        .param("minTeamSize", "2").param("maxTeamSize", "4")
                        .param("submissionMethod", "온라인 접수")
                        .param("documents[0].name", "정책제안참가신청서(개인정보동의서)").param("documents[0].required", "true")
                        .param("documents[1].name", "정책제안서").param("documents[1].required", "true")
                        .param("documents[2].name", "참고자료").param("documents[2].required", "false"))
                .andExpect(status().isFound()).andReturn();
        return Long.parseLong(r.getResponse().getRedirectedUrl().replace("/competitions/", ""));
    }

    private void announce(long id) throws Exception {
        long version = jdbc.queryForObject("select version from competition where id = ?", Long.class, id);
        mvc.perform(post("/competitions/" + id + "/announce").with(csrf()).with(SignedIn.as(admin))
                .param("version", String.valueOf(version)).param("confirm", "true")).andExpect(status().isFound());
    }

    private long openCall(String title) throws Exception {
        long id = createCall(title, today.minusDays(1), today.plusDays(10));
        announce(id);
        return id;
    }

    private MockHttpServletRequestBuilder step1(long id, String email, int age) {
        return step1(id, email, age, false).param("consent", "true");
    }

    private MockHttpServletRequestBuilder step1(long id, String email, int age, boolean team) {
        return from(post("/public/samcheok/competitions/" + id + "/enter").with(csrf())
                .param("title", "청소년 버스 노선 개선").param("summary", "통학 버스 노선을 학생 의견으로 다시 짭니다.")
                .param("applicantName", "홍길동").param("birthYear", String.valueOf(today.getYear() - age))
                .param("team", String.valueOf(team)).param("email", email));
    }

    private MockMultipartHttpServletRequestBuilder step2(long id, String email, String code, MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder b = multipart("/public/samcheok/competitions/" + id + "/enter/confirm");
        for (MockMultipartFile f : files) {
            b.file(f);
        }
        b.param("title", "청소년 버스 노선 개선").param("summary", "통학 버스 노선을 학생 의견으로 다시 짭니다.")
                .param("applicantName", "홍길동").param("birthYear", String.valueOf(today.getYear() - 15))
                .param("team", "false").param("email", email).param("consent", "true").param("code", code);
        b.with(csrf()).with(request -> {
            request.setRemoteAddr(client);
            return request;
        });
        return b;
    }

    private static byte[] samplePdf;

    private static synchronized byte[] samplePdf() throws Exception {
        if (samplePdf == null) {
            samplePdf = EvidenceSamples.pdf();
        }
        return samplePdf;
    }

    private static MockMultipartFile pdf(int index, String name) throws Exception {
        return new MockMultipartFile("files[" + index + "]", name, "application/pdf", samplePdf());
    }

    /** Enters the call with a fresh code and both required documents; returns the new entry's id. */
    private long enter(long id, String email) throws Exception {
        int before = TestMail.messagesTo(email).size();
        mvc.perform(step1(id, email, 15)).andExpect(status().isOk());
        String code = TestMail.latestCode(email, before);
        MvcResult r = mvc.perform(step2(id, email, code, pdf(0, "신청서.pdf"), pdf(1, "제안서.pdf"))).andReturn();
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(302);
        return jdbc.queryForObject("select max(id) from competition_entry where competition_id = ?", Long.class, id);
    }

    @Test
    void theSeededJecheonCallIsShownAsWrittenClosedWithNoEntries() throws Exception {
        long id = jdbc.queryForObject("select c.id from competition c join organization o on o.id = c.organization_id"
                + " where o.slug = 'jecheon'", Long.class);
        String page = body(mvc.perform(get("/public/jecheon/competitions/" + id)).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("6회 제천시 청소년 정책제안콘서트 공모전")
                .contains("2023. 5. 16. ~ 6. 15. (30일간)")
                .contains("제천시에 주소를 둔 9~24세 청소년")
                .contains("※ 개인 또는 팀별 응모가능 (팀원 2~4명이내)")
                .contains("우리 지역의 다양한 문제를 청소년의 시각으로 해결하기 위한 정책")
                .contains("정책제안참가신청서(개인정보동의서)").contains("정책제안서")
                .contains("방문 또는 우편접수, 이메일(붙임파일 참고)")
                .contains("접수 마감").contains("총 0명 참여")
                .doesNotContain("/enter\"");
        assertThat(jdbc.queryForList("select min_age, max_age, individual_allowed, team_allowed, min_team_size,"
                + " max_team_size, receipt_start, receipt_end, state from competition where id = ?", id).get(0))
                .containsValues(9, 24, true, 2, 4, "ANNOUNCED");
        assertThat(jdbc.queryForObject("select count(*) from competition_entry where competition_id = ?", Integer.class, id))
                .isZero();
        String list = body(mvc.perform(get("/public/jecheon/competitions")).andExpect(status().isOk()).andReturn());
        assertThat(list).contains("6회 제천시 청소년 정책제안콘서트 공모전").contains("총 0명 참여");
        // closed: the entry form sends the citizen back to the call, and a posted entry is refused
        mvc.perform(get("/public/jecheon/competitions/" + id + "/enter")).andExpect(status().isFound());
        mvc.perform(post("/public/jecheon/competitions/" + id + "/enter").with(csrf()).param("title", "x"))
                .andExpect(status().isConflict());
        // another organization's address does not show it
        mvc.perform(get("/public/samcheok/competitions/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/public/nowhere/competitions")).andExpect(status().isNotFound());
    }

    @Test
    void theOfficeCreatesAndAnnouncesACallDraftsStayPrivateAndTheHistoryKeepsIt() throws Exception {
        long id = createCall("2026 청소년 정책 공모", today.plusDays(5), today.plusDays(35));
        mvc.perform(get("/public/samcheok/competitions/" + id)).andExpect(status().isNotFound());
        assertThat(body(mvc.perform(get("/public/samcheok/competitions")).andReturn())).doesNotContain("2026 청소년 정책 공모");
        mvc.perform(get("/competitions/" + id).with(SignedIn.as(incheon))).andExpect(status().isNotFound());
        mvc.perform(get("/competitions/" + id).with(SignedIn.as(viewer))).andExpect(status().isForbidden());
        mvc.perform(get("/competitions").with(SignedIn.as(viewer))).andExpect(status().isForbidden());
        mvc.perform(post("/competitions/" + id + "/announce").with(csrf()).with(SignedIn.as(incheon))
                .param("version", "0").param("confirm", "true")).andExpect(status().isNotFound());

        // announcing asks first
        assertThat(body(mvc.perform(get("/competitions/" + id + "/announce").with(SignedIn.as(admin)))
                .andExpect(status().isOk()).andReturn())).contains("name=\"confirm\"");
        announce(id);
        String page = body(mvc.perform(get("/public/samcheok/competitions/" + id)).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("2026 청소년 정책 공모").contains("접수 예정").contains("(30일간)");
        // announced: no more edits
        long version = jdbc.queryForObject("select version from competition where id = ?", Long.class, id);
        mvc.perform(post("/competitions/" + id + "/edit").with(csrf()).with(SignedIn.as(admin))
                        .param("version", String.valueOf(version)).param("title", "바뀐 이름").param("theme", "t")
                        .param("contestStart", today.toString()).param("contestEnd", today.toString())
                        .param("receiptStart", today.toString()).param("receiptEnd", today.toString())
                        .param("eligibility", "e").param("individualAllowed", "true").param("submissionMethod", "m"))
                .andExpect(status().isConflict());
        List<String> fields = jdbc.queryForList("select field from change_log where entity_type = 'competition'"
                + " and entity_id = ? order by id", String.class, id);
        assertThat(fields).contains("공모명", "접수기간", "상태");
        assertThat(body(mvc.perform(get("/competitions/" + id).with(SignedIn.as(admin))).andReturn()))
                .contains("2026 청소년 정책 공모").contains("공고");
    }

    @Test
    void theCallFormRefusesPeriodsOutOfOrderAndBadRulesBesideTheFields() throws Exception {
        int before = jdbc.queryForObject("select count(*) from competition", Integer.class);
        MvcResult r = mvc.perform(post("/competitions").with(csrf()).with(SignedIn.as(admin))
                .param("title", "잘못된 공모").param("theme", "t")
                .param("contestStart", "2026-06-15").param("contestEnd", "2026-05-16")
                .param("receiptStart", "2026-06-15").param("receiptEnd", "2026-05-16")
                .param("eligibility", "e").param("minAge", "24").param("maxAge", "9")
                .param("individualAllowed", "false").param("teamAllowed", "true").param("minTeamSize", "4")
                .param("maxTeamSize", "2").param("submissionMethod", "m")
                .param("minTeamSize", "x")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(r)).contains("종료일이 시작일보다 앞섭니다").contains("최대 나이가 최소 나이보다 작습니다");
        assertThat(jdbc.queryForObject("select count(*) from competition", Integer.class)).isEqualTo(before);
    }

    @Test
    void aCitizenEntersWithACodeAndTheDocumentsAndTheRulesAreEnforced() throws Exception {
        long id = openCall("입력 규칙 공모");
        String email = "entrant." + id + "." + RUN + "@example.kr";
        // eligibility: age outside 9–24, a team of 5, no consent
        assertThat(body(mvc.perform(step1(id, email, 30)).andExpect(status().isBadRequest()).andReturn()))
                .contains("참가 나이는 9~24세입니다");
        assertThat(body(mvc.perform(step1(id, email, 15, true).param("consent", "true").param("teamSize", "5")
                .param("teamMembers", "가\n나\n다\n라")).andExpect(status().isBadRequest()).andReturn()))
                .contains("팀 인원은 2~4명이어야 합니다");
        assertThat(body(mvc.perform(step1(id, email, 15, false))
                .andExpect(status().isBadRequest()).andReturn())).contains("개인정보 수집·이용에 동의해야");
        assertThat(TestMail.messagesTo(email)).isEmpty();

        int before = TestMail.messagesTo(email).size();
        String confirm = body(mvc.perform(step1(id, email, 15)).andExpect(status().isOk()).andReturn());
        assertThat(confirm).contains("enctype=\"multipart/form-data\"").contains("name=\"files[1]\"")
                .contains("type=\"hidden\"");
        String code = TestMail.latestCode(email, before);

        // a required document missing; a file whose content is not what its name says; a wrong code
        assertThat(body(mvc.perform(step2(id, email, code, pdf(0, "신청서.pdf"))).andExpect(status().isBadRequest())
                .andReturn())).contains("정책제안서 파일을 첨부하세요");
        MvcResult wrongType = mvc.perform(step2(id, email, code, pdf(0, "신청서.pdf"),
                new MockMultipartFile("files[1]", "제안서.pdf", "application/pdf", EvidenceSamples.png()))).andReturn();
        assertThat(wrongType.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(wrongType)).contains("이름은 PDF 파일인데 내용은 PNG 파일입니다").contains("field-error");
        String wrong = code.equals("000000") ? "000001" : "000000";
        assertThat(body(mvc.perform(step2(id, email, wrong, pdf(0, "a.pdf"), pdf(1, "b.pdf")))
                .andExpect(status().isBadRequest()).andReturn())).contains("인증번호가 맞지 않습니다");
        assertThat(jdbc.queryForObject("select count(*) from competition_entry where competition_id = ?", Integer.class, id))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from evidence_attachment where owner_kind = 'COMPETITION_ENTRY'"
                + " and owner_id in (select id from competition_entry where competition_id = ?)", Integer.class, id)).isZero();

        // the code still works after the refusals (nothing was used up)
        MvcResult ok = mvc.perform(step2(id, email, code, pdf(0, "신청서.pdf"), pdf(1, "제안서.pdf"))).andReturn();
        assertThat(ok.getResponse().getStatus()).as(body(ok)).isEqualTo(302);
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/public/samcheok/competitions/" + id + "?submitted");
        assertThat(ok.getRequest().getSession(false)).isNull();
        assertThat(SessionCookie.setBy(ok)).as("no session in the database either").isFalse();
        long entryId = jdbc.queryForObject("select id from competition_entry where competition_id = ?", Long.class, id);
        assertThat(jdbc.queryForList("select file_name from evidence_attachment where owner_kind = 'COMPETITION_ENTRY'"
                + " and owner_id = ? order by id", String.class, entryId)).containsExactly("신청서.pdf", "제안서.pdf");
        assertThat(jdbc.queryForObject("select email from competition_entry where id = ?", String.class, entryId))
                .isEqualTo(email);
        assertThat(body(mvc.perform(get("/public/samcheok/competitions/" + id + "?submitted")).andReturn()))
                .contains("응모가 접수되었습니다").contains("총 1명 참여");

        // one entry per verified address per call
        int again = TestMail.messagesTo(email).size();
        mvc.perform(step1(id, email.toUpperCase(), 15)).andExpect(status().isOk());
        String second = TestMail.latestCode(email, again);
        assertThat(body(mvc.perform(step2(id, email, second, pdf(0, "a.pdf"), pdf(1, "b.pdf")))
                .andExpect(status().isBadRequest()).andReturn())).contains("이미 응모했습니다");
        assertThat(jdbc.queryForObject("select count(*) from competition_entry where competition_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void aFilledHoneypotIsAnsweredAsAcceptedAndNothingIsSentOrSaved() throws Exception {
        long id = openCall("허니팟 공모");
        String email = "bot." + id + "." + RUN + "@example.kr";
        mvc.perform(step1(id, email, 15).param("website", "http://spam.example"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/public/samcheok/competitions/" + id + "?submitted"));
        assertThat(jdbc.queryForObject("select count(*) from participation_code where subject_id = ? and purpose_kind = 'competition'",
                Integer.class, id)).isZero();
        assertThat(TestMail.messagesTo(email)).isEmpty();
    }

    @Test
    void oddlyNamedFilePartsAreIgnoredNeverAServerError() throws Exception {
        long id = openCall("파일 이름 공모");
        String email = "odd." + id + "." + RUN + "@example.kr";
        for (String name : List.of("files", "files[]", "files[-1]", "files[a]", "files[1.5]", "files[99]")) {
            MockMultipartHttpServletRequestBuilder b = multipart("/public/samcheok/competitions/" + id + "/enter/confirm");
            b.file(new MockMultipartFile(name, "a.pdf", "application/pdf", samplePdf()));
            b.param("title", "t").param("summary", "s").param("applicantName", "홍길동")
                    .param("birthYear", String.valueOf(today.getYear() - 15)).param("email", email)
                    .param("consent", "true").param("code", "123456").with(csrf());
            MvcResult r = mvc.perform(b).andReturn();
            assertThat(r.getResponse().getStatus()).as(name).isBetween(400, 499);
        }
        assertThat(jdbc.queryForObject("select count(*) from competition_entry where competition_id = ?", Integer.class, id)).isZero();
    }

    @Test
    void theEntrysFilesAreForTheOrganizationsStaffOnly() throws Exception {
        long id = openCall("서류 열람 공모");
        long entryId = enter(id, "files." + id + "." + RUN + "@example.kr");
        Long fileId = jdbc.queryForObject("select min(id) from evidence_attachment where owner_kind = 'COMPETITION_ENTRY'"
                + " and owner_id = ?", Long.class, entryId);
        MvcResult d = mvc.perform(get("/evidence/files/" + fileId).with(SignedIn.as(admin))).andExpect(status().isOk())
                .andReturn();
        assertThat(d.getResponse().getContentAsByteArray()).isEqualTo(samplePdf());
        mvc.perform(get("/evidence/files/" + fileId).with(SignedIn.as(incheon))).andExpect(status().isNotFound());
        mvc.perform(get("/evidence/files/" + fileId).with(SignedIn.as(Accounts.user(jdbc, "samcheok.gijo"))))
                .andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/evidence/files/" + fileId)).andReturn().getResponse().getStatus())
                .isIn(302, 401, 403);
        assertThat(mvc.perform(get("/public/samcheok/evidence/files/" + fileId)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        // staff cannot replace or remove an applicant's file
        mvc.perform(post("/evidence/files/" + fileId + "/delete").with(csrf()).with(SignedIn.as(admin)))
                .andExpect(status().isForbidden());
        String staff = body(mvc.perform(get("/competitions/" + id).with(SignedIn.as(admin))).andExpect(status().isOk())
                .andReturn());
        assertThat(staff).contains("/evidence/files/" + fileId).contains("신청서.pdf").contains("홍길동");
        String pub = body(mvc.perform(get("/public/samcheok/competitions/" + id)).andReturn());
        assertThat(pub).doesNotContain("/evidence/files/").doesNotContain("홍길동").doesNotContain("files." + id);
    }

    @Test
    void theOfficeGradesAfterTheReceiptClosesPublishesTheWinnersAndMailsEachApplicant() throws Exception {
        long id = openCall("수상작 발표 공모");
        String first = "winner." + id + "." + RUN + "@example.kr";
        String second = "other." + id + "." + RUN + "@example.kr";
        long winner = enter(id, first);
        long other = enter(id, second);
        // still receiving: no grading yet
        mvc.perform(post("/competitions/" + id + "/entries/" + winner + "/grade").with(csrf()).with(SignedIn.as(admin))
                .param("grade", "GRAND").param("version", "0")).andExpect(status().isConflict());
        jdbc.update("update competition set receipt_end = ? where id = ?", today.minusDays(1), id);

        QueryCounter counter = new QueryCounter(emf);
        long staffTwo = counter.count(() -> mvc.perform(get("/competitions/" + id).with(SignedIn.as(admin)))
                .andExpect(status().isOk()));
        long publicTwo = counter.count(() -> mvc.perform(get("/public/samcheok/competitions/" + id))
                .andExpect(status().isOk()));

        mvc.perform(post("/competitions/" + id + "/entries/" + winner + "/grade").with(csrf()).with(SignedIn.as(incheon))
                .param("grade", "GRAND").param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(post("/competitions/" + id + "/entries/" + winner + "/grade").with(csrf()).with(SignedIn.as(admin))
                .param("grade", "NOPE").param("version", "0")).andExpect(status().isBadRequest());
        mvc.perform(post("/competitions/" + id + "/entries/" + winner + "/grade").with(csrf()).with(SignedIn.as(admin))
                .param("grade", "GRAND").param("version", "0")).andExpect(status().isFound());
        // a stale grade form
        mvc.perform(post("/competitions/" + id + "/entries/" + winner + "/grade").with(csrf()).with(SignedIn.as(admin))
                .param("grade", "MERIT").param("version", "0")).andExpect(status().isConflict());
        assertThat(body(mvc.perform(get("/competitions/" + id + "/results").with(SignedIn.as(admin))).andReturn()))
                .contains("미선정으로 발표됩니다");

        long version = jdbc.queryForObject("select version from competition where id = ?", Long.class, id);
        mvc.perform(post("/competitions/" + id + "/results").with(csrf()).with(SignedIn.as(admin))
                .param("version", String.valueOf(version)).param("confirm", "true")).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select grade from competition_entry where id = ?", String.class, other))
                .isEqualTo("NONE");
        assertThat(TestMail.latestText(first)).contains("대상").contains("청소년 버스 노선 개선");
        assertThat(TestMail.latestText(second)).contains("선정되지 않았습니다");

        String page = body(mvc.perform(get("/public/samcheok/competitions/" + id)).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("심사 완료").contains("홍*동").contains("청소년 버스 노선 개선").contains("대상")
                .doesNotContain("홍길동").doesNotContain(first);
        // after publishing: no more grades, no second publication
        mvc.perform(post("/competitions/" + id + "/entries/" + other + "/grade").with(csrf()).with(SignedIn.as(admin))
                .param("grade", "MERIT").param("version", "1")).andExpect(status().isConflict());
        List<String> history = jdbc.queryForList("select field from change_log where entity_type = 'competition'"
                + " and entity_id = ?", String.class, id);
        assertThat(history).contains("선정 등급: 청소년 버스 노선 개선", "수상작");

        // statement counts do not grow with the entries
        jdbc.update("update competition set receipt_end = ?, state = 'ANNOUNCED' where id = ?", today.plusDays(1), id);
        enter(id, "third." + id + "." + RUN + "@example.kr");
        enter(id, "fourth." + id + "." + RUN + "@example.kr");
        jdbc.update("update competition set receipt_end = ? where id = ?", today.minusDays(1), id);
        long staffFour = counter.count(() -> mvc.perform(get("/competitions/" + id).with(SignedIn.as(admin)))
                .andExpect(status().isOk()));
        long publicFour = counter.count(() -> mvc.perform(get("/public/samcheok/competitions/" + id))
                .andExpect(status().isOk()));
        assertThat(staffFour).isEqualTo(staffTwo).isLessThanOrEqualTo(10);
        assertThat(publicFour).isEqualTo(publicTwo).isLessThanOrEqualTo(6);
    }

    @Test
    void junkIsAnsweredWithoutAServerError() throws Exception {
        long id = openCall("잘못된 입력 공모");
        String base = "/public/samcheok/competitions/" + id;
        List<MockHttpServletRequestBuilder> junk = List.of(
                from(post(base + "/enter/confirm").with(csrf()).param("files", "abc").param("birthYear", "x")),
                from(post(base + "/enter/confirm").with(csrf()).param("files[999]", "abc")),
                from(post(base + "/enter/confirm").with(csrf()).param("files[3]", "abc").param("code", "1".repeat(300))),
                from(post(base + "/enter").with(csrf()).param("title", "가".repeat(5000)).param("teamSize", "-1")
                        .param("team", "true").param("email", "@")),
                from(post("/public/samcheok/competitions/abc/enter").with(csrf())),
                from(post("/public/samcheok/competitions/999999/enter").with(csrf())),
                from(post("/public/incheon/competitions/" + id + "/enter/confirm").with(csrf())),
                post("/competitions/" + id + "/entries/999999/grade").with(csrf()).with(SignedIn.as(admin))
                        .param("grade", "GRAND").param("version", "0"),
                post("/competitions/" + id + "/edit").with(csrf()).with(SignedIn.as(admin))
                        .param("documents[0].name", "x".repeat(500)).param("minAge", "abc"),
                post("/competitions").with(csrf()).with(SignedIn.as(admin)).param("documents[7].name", "x"),
                post("/competitions/" + id + "/results").with(csrf()).with(SignedIn.as(admin)).param("version", "x"));
        for (MockHttpServletRequestBuilder request : junk) {
            MvcResult r = mvc.perform(request).andReturn();
            assertThat(r.getResponse().getStatus()).as(r.getRequest().getRequestURI() + " " + body(r))
                    .isBetween(400, 499);
        }
        assertThat(jdbc.queryForObject("select count(*) from competition_entry where competition_id = ?", Integer.class, id))
                .isZero();
    }
}
