package kr.innotrack.checkround;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.Role;
import kr.innotrack.shared.StaleEditException;
import kr.innotrack.support.QueryCounter;
import kr.innotrack.support.SignedIn;
import kr.innotrack.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The quarterly check-and-feedback cycle against the seeded Samcheok 2021 plan: a whole year of rounds (four
 * quarters on the focus tasks 가-1-1 기획조정실, 나-1-3 민원과, 다-1-1 총무과), who may do what, bad input, stale
 * saves, notices, reminders, the read API and the SQL statement counts of the pages. Runs on H2 and PostgreSQL.
 */
@SpringBootTest(properties = {"spring.jpa.properties.hibernate.generate_statistics=true",
        "innotrack.scheduling.enabled=false"})
@AutoConfigureMockMvc
@Import(TestClock.Config.class)
abstract class CheckRoundTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RoundCycle cycle;

    @Autowired
    CheckRoundService rounds;

    @Autowired
    DeadlineReminders reminders;

    @Autowired
    kr.innotrack.plan.TaskEditing taskEditing;

    @Autowired
    TestClock clock;

    @Autowired
    EntityManagerFactory emf;

    long planId;
    long organizationId;
    CurrentUser admin;
    CurrentUser gijo;
    CurrentUser minwon;
    CurrentUser chongmu;
    CurrentUser viewer;

    @BeforeEach
    void fixture() {
        planId = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시' and p.plan_year = 2021", Long.class);
        organizationId = jdbc.queryForObject("select id from organization where name = '삼척시'", Long.class);
        admin = user("samcheok.admin");
        gijo = user("samcheok.gijo");
        minwon = user("samcheok.minwon");
        chongmu = user("samcheok.chongmu");
        viewer = user("samcheok.viewer");
        taskEditing.selectFocusTasks(planId, Set.of(taskId("가-1-1"), taskId("나-1-3"), taskId("다-1-1")), admin);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    CurrentUser user(String username) {
        return kr.innotrack.support.Accounts.user(jdbc, username);
    }

    long taskId(String code) {
        return jdbc.queryForObject("select id from task where code = ? and plan_id = ?", Long.class, code, planId);
    }

    RoundForm form(String period, LocalDate reference, LocalDate deadline, RoundScope scope) {
        RoundForm f = new RoundForm();
        f.setPeriod(period);
        f.setReferenceDate(reference);
        f.setDeadline(deadline);
        f.setScope(scope);
        return f;
    }

    long version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    RoundEntry entry(long roundId, String code) {
        return rounds.view(roundId, organizationId).rows().stream().map(RoundViews.Row::entry)
                .filter(e -> e.getTask().getCode().equals(code)).findFirst().orElseThrow();
    }

    void move(long roundId, RoundState target) {
        cycle.moveTo(roundId, target, version("check_round", roundId), admin);
    }

    void submit(long roundId, String code, CurrentUser by, int progress, Signal self) {
        RoundEntry e = entry(roundId, code);
        EntryForm f = new EntryForm();
        f.setVersion(e.getVersion());
        f.setProgress(progress);
        f.setSelfStatus(self);
        f.setAchievements(code + " 분기 실적");
        f.setProblems("예산 집행 지연");
        f.setNextPlan("다음 분기 계획");
        cycle.saveEntry(roundId, e.getId(), f, true, by);
    }

    void rate(long roundId, String code, Rating rating, String comment) {
        RoundEntry e = entry(roundId, code);
        ReviewForm f = new ReviewForm();
        f.setVersion(e.getVersion());
        f.setRating(rating);
        f.setComment(comment);
        cycle.review(roundId, e.getId(), f, admin);
    }

    Remedy remedyOf(long roundId, String code) {
        return rounds.remedyOfEntry(entry(roundId, code).getId()).orElseThrow();
    }

    long noticeCount(long departmentId, String kind) {
        return jdbc.queryForObject("select count(*) from notice where department_id = ? and kind = ?", Long.class,
                departmentId, kind);
    }

    long newRound(String period, LocalDate reference, LocalDate deadline) {
        clock.set(reference.minusDays(3));
        return cycle.create(planId, form(period, reference, deadline, RoundScope.FOCUS), admin).getId();
    }

    // ------------------------------------------------------------------ a whole year

    @Test
    void aWholeYearOfTheCycle() throws Exception {
        long milestoneId = jdbc.queryForObject("select id from milestone where task_id = ? and schedule_text = '2021. 6~7월'",
                Long.class, taskId("가-1-1"));
        long[] roundIds = new long[4];
        for (int q = 1; q <= 4; q++) {
            LocalDate reference = YearMonth.of(2021, q * 3).atEndOfMonth();
            long roundId = newRound("Q" + q, reference, reference.plusDays(10));
            roundIds[q - 1] = roundId;
            assertThat(rounds.view(roundId, organizationId).rows()).extracting(r -> r.entry().getTask().getCode())
                    .containsExactly("가-1-1", "나-1-3", "다-1-1");
            long openedBefore = noticeCount(gijo.departmentId(), "ROUND_OPENED");
            move(roundId, RoundState.SUBMISSION);
            assertThat(noticeCount(gijo.departmentId(), "ROUND_OPENED")).isEqualTo(openedBefore + 1);

            clock.set(reference.plusDays(5));
            submit(roundId, "가-1-1", gijo, q * 25, Signal.GREEN);
            submit(roundId, "다-1-1", chongmu, q * 20, Signal.AMBER);
            clock.set(reference.plusDays(12)); // two days after the deadline
            submit(roundId, "나-1-3", minwon, q * 25, Signal.GREEN);
            RoundViews.Round view = rounds.view(roundId, organizationId);
            assertThat(view.submitted()).isEqualTo(3);
            assertThat(view.late()).isEqualTo(1);
            assertThat(entry(roundId, "나-1-3").isLate()).isTrue();
            assertThat(view.departments()).filteredOn(d -> d.name().equals("민원과")).singleElement()
                    .satisfies(d -> assertThat(d.lateSubmitted()).isEqualTo(1));

            move(roundId, RoundState.REVIEW);
            rate(roundId, "가-1-1", q == 2 || q == 3 ? Rating.POOR : Rating.NORMAL, "교육 일정이 늦어졌습니다.");
            rate(roundId, "나-1-3", Rating.EXCELLENT, null);
            rate(roundId, "다-1-1", q == 3 ? Rating.INSUFFICIENT : Rating.NORMAL, "실적 보완 필요");
            move(roundId, RoundState.FEEDBACK);

            if (q == 2) {
                Remedy remedy = remedyOf(roundId, "가-1-1");
                assertThat(remedy.getState()).isEqualTo(RemedyState.REQUESTED);
                assertThat(noticeCount(gijo.departmentId(), "REMEDY_REQUESTED")).isGreaterThanOrEqualTo(1);
                RemedyForm rf = RemedyForm.of(remedy, rounds.milestonesOf(taskId("가-1-1")));
                rf.setCause("코로나19로 집합교육 연기");
                rf.setMeasures("비대면 교육으로 전환해 3분기에 실시");
                rf.setDueDate(LocalDate.of(2021, 9, 30));
                rf.getLines().stream().filter(l -> l.getMilestoneId().equals(milestoneId)).findFirst().orElseThrow()
                        .setNewStart(YearMonth.of(2021, 8));
                rf.getLines().stream().filter(l -> l.getMilestoneId().equals(milestoneId)).findFirst().orElseThrow()
                        .setNewEnd(YearMonth.of(2021, 9));
                cycle.saveRemedy(remedy.getId(), rf, true, gijo);
                DecisionForm accept = new DecisionForm();
                accept.setAccept(true);
                accept.setVersion(version("remedy", remedy.getId()));
                cycle.decideRemedy(remedy.getId(), accept, admin);
                Map<String, Object> m = jdbc.queryForMap("select planned_start, planned_end, original_start, original_end"
                        + " from milestone where id = ?", milestoneId);
                assertThat(m.get("planned_start").toString()).startsWith("2021-08-01");
                assertThat(m.get("planned_end").toString()).startsWith("2021-09-01");
                assertThat(m.get("original_start").toString()).startsWith("2021-06-01");
                assertThat(m.get("original_end").toString()).startsWith("2021-07-01");
                assertThat(noticeCount(gijo.departmentId(), "REMEDY_ACCEPTED")).isEqualTo(1);
            }
            move(roundId, RoundState.CLOSED);
        }

        // Closed rounds keep what was reported and decided, and refuse changes.
        RoundEntry closed = entry(roundIds[1], "가-1-1");
        assertThat(closed.getRating()).isEqualTo(Rating.POOR);
        assertThat(closed.getComputedStatus()).isNotNull();
        assertThat(closed.getComputedReasons()).contains("추진일정");
        assertThat(closed.getRemedyStateAtClose()).isEqualTo(RemedyState.ACCEPTED);
        assertThatThrownBy(() -> rate(roundIds[1], "가-1-1", Rating.NORMAL, null)).isInstanceOf(NotAllowedNow.class);
        assertThatThrownBy(() -> move(roundIds[1], RoundState.FEEDBACK)).isInstanceOf(NotAllowedNow.class);
        RoundEntry closedEntry = entry(roundIds[1], "나-1-3");
        EntryForm late = EntryForm.of(closedEntry);
        assertThatThrownBy(() -> cycle.saveEntry(roundIds[1], closedEntry.getId(), late, true, minwon))
                .isInstanceOf(NotAllowedNow.class);

        // Q3's remedies were never written: they are still open, and the Q4 round showed them as carried over.
        assertThat(remedyOf(roundIds[2], "가-1-1").getState()).isEqualTo(RemedyState.REQUESTED);
        assertThat(remedyOf(roundIds[2], "다-1-1").getState()).isEqualTo(RemedyState.REQUESTED);
        long q5 = newRound("H2", LocalDate.of(2021, 12, 31), LocalDate.of(2022, 1, 10));
        assertThat(rounds.view(q5, organizationId).carriedOver()).extracting(r -> r.getEntry().getTask().getCode())
                .containsExactlyInAnyOrder("가-1-1", "다-1-1");

        // The report of Q3 compares with Q2 and lists the under-performing tasks.
        RoundViews.Report report = rounds.report(roundIds[2], organizationId);
        assertThat(report.previous().getId()).isEqualTo(roundIds[1]);
        assertThat(report.underPerforming()).extracting(r -> r.entry().getTask().getCode())
                .containsExactly("가-1-1", "다-1-1");
        assertThat(report.ratingTotal().count("부진")).isEqualTo(1);
        assertThat(report.ratingTotal().count("미흡")).isEqualTo(1);
        assertThat(report.ratingTotal().count("우수")).isEqualTo(1);
        assertThat(report.previousRatingTotal().count("정상")).isEqualTo(1);
        assertThat(report.changes()).extracting(c -> c.row().entry().getTask().getCode()).contains("다-1-1");
        assertThat(report.departments()).extracting(RoundViews.Line::name).containsExactlyInAnyOrder("기획조정실", "민원과", "총무과");

        String html = mvc.perform(get("/rounds/" + roundIds[2] + "/report").with(SignedIn.as(viewer)))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("미흡·부진 과제").contains("2021년 2분기 추진상황 점검 대비").contains("기한 후 제출");

        // Everything is in the tasks' history.
        long taskHistory = jdbc.queryForObject("select count(*) from change_log where task_id = ? and entity_type in"
                + " ('ROUND_ENTRY', 'REMEDY')", Long.class, taskId("가-1-1"));
        assertThat(taskHistory).isGreaterThanOrEqualTo(4 * 2 + 3);
        assertThat(jdbc.queryForObject("select count(*) from change_log where entity_type = 'MILESTONE' and entity_id = ?"
                + " and entity_label like '%개선대책 수용%'", Long.class, milestoneId)).isGreaterThanOrEqualTo(1);

        // The read API.
        String list = mvc.perform(get("/api/plans/" + planId + "/rounds").with(SignedIn.as(viewer)))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("\"quarter\":2").contains("\"state\":\"CLOSED\"").contains("\"taskCount\":3")
                .contains("\"submitted\":3").contains("\"late\":1").contains("\"referenceDate\":\"2021-06-30\"");
        String detail = mvc.perform(get("/api/rounds/" + roundIds[1]).with(SignedIn.as(viewer)))
                .andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("\"code\":\"가-1-1\"").contains("\"department\":\"기획조정실\"")
                .contains("\"rating\":\"POOR\"").contains("\"computedStatus\"").contains("\"computedReasons\"")
                .contains("\"state\":\"ACCEPTED\"").contains("\"dueDate\":\"2021-09-30\"")
                .contains("\"selfStatus\":\"GREEN\"").contains("\"late\":true");
    }

    // ------------------------------------------------------------------ who may do what

    @Test
    void onlyTheOfficeRunsRoundsAndOnlyTheDepartmentWritesItsEntries() {
        long roundId = newRound("Q1", LocalDate.of(2021, 3, 31), LocalDate.of(2021, 4, 10));
        assertThatThrownBy(() -> cycle.create(planId, form("Q1", LocalDate.of(2021, 3, 31), LocalDate.of(2021, 4, 10),
                RoundScope.ALL), gijo)).isInstanceOf(AccessDeniedHere.class);
        assertThatThrownBy(() -> cycle.moveTo(roundId, RoundState.SUBMISSION, version("check_round", roundId), gijo))
                .isInstanceOf(AccessDeniedHere.class);
        assertThatThrownBy(() -> cycle.moveTo(roundId, RoundState.SUBMISSION, version("check_round", roundId), viewer))
                .isInstanceOf(AccessDeniedHere.class);
        // Not yet open: nobody writes.
        assertThatThrownBy(() -> submit(roundId, "가-1-1", gijo, 10, Signal.GREEN)).isInstanceOf(NotAllowedNow.class);
        move(roundId, RoundState.SUBMISSION);
        assertThatThrownBy(() -> submit(roundId, "가-1-1", minwon, 10, Signal.GREEN)).isInstanceOf(AccessDeniedHere.class);
        assertThatThrownBy(() -> submit(roundId, "가-1-1", viewer, 10, Signal.GREEN)).isInstanceOf(AccessDeniedHere.class);
        submit(roundId, "가-1-1", gijo, 10, Signal.GREEN);
        // Submitted entries are locked until returned.
        assertThatThrownBy(() -> submit(roundId, "가-1-1", gijo, 20, Signal.GREEN)).isInstanceOf(NotAllowedNow.class);
        rate(roundId, "가-1-1", Rating.NORMAL, null); // the office may rate as soon as an entry is submitted
        RoundEntry e = entry(roundId, "가-1-1");
        ReturnForm back = new ReturnForm();
        back.setVersion(e.getVersion());
        back.setComment("실적 수치를 적어 주세요");
        assertThatThrownBy(() -> cycle.returnEntry(roundId, e.getId(), back, gijo)).isInstanceOf(AccessDeniedHere.class);
        cycle.returnEntry(roundId, e.getId(), back, admin);
        assertThat(entry(roundId, "가-1-1").getSubmissionState()).isEqualTo(SubmissionState.RETURNED);
        assertThat(noticeCount(gijo.departmentId(), "SUBMISSION_RETURNED")).isGreaterThanOrEqualTo(1);
        submit(roundId, "가-1-1", gijo, 20, Signal.GREEN);
        assertThat(entry(roundId, "가-1-1").getProgress()).isEqualTo(20);
        // Another organization cannot even see the round.
        CurrentUser stranger = new CurrentUser(999L, "x", "x", 999L, null, Role.PLANNING_ADMIN);
        assertThatThrownBy(() -> rounds.view(roundId, stranger.organizationId())).isInstanceOf(NotFoundException.class);
        // A stale save is refused, not silently applied.
        RoundEntry fresh = entry(roundId, "다-1-1");
        EntryForm first = EntryForm.of(fresh);
        first.setProgress(30);
        EntryForm second = EntryForm.of(fresh);
        second.setProgress(40);
        cycle.saveEntry(roundId, fresh.getId(), first, false, chongmu);
        assertThatThrownBy(() -> cycle.saveEntry(roundId, fresh.getId(), second, false, chongmu))
                .isInstanceOf(StaleEditException.class);
        assertThat(entry(roundId, "다-1-1").getProgress()).isEqualTo(30);
    }

    MvcResult http(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        request.with(csrf());
        if (!request.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI().startsWith("/api/")) {
            request.accept(MediaType.TEXT_HTML);
        }
        return mvc.perform(user == null ? request : request.with(SignedIn.as(user))).andReturn();
    }

    @Test
    void theHttpEndpointsAnswerEachPersonaAsTheRulesSay() throws Exception {
        long roundId = newRound("Q2", LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 10));
        long entryId = entry(roundId, "가-1-1").getId();
        String state = "/rounds/" + roundId + "/state";
        assertThat(http(post(state).param("target", "SUBMISSION").param("version", "0"), null).getResponse().getStatus())
                .isEqualTo(302); // to the sign-in page
        assertThat(http(post(state).param("target", "SUBMISSION").param("version", "0"), viewer).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(http(post(state).param("target", "SUBMISSION").param("version", "0"), gijo).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(http(post(state).param("target", "CLOSED").param("version", String.valueOf(version("check_round", roundId))), admin)
                .getResponse().getStatus()).isEqualTo(409);
        assertThat(http(post(state).param("target", "SUBMISSION").param("version", String.valueOf(version("check_round", roundId))), admin)
                .getResponse().getStatus()).isEqualTo(302);
        assertThat(http(get("/rounds/" + roundId), viewer).getResponse().getStatus()).isEqualTo(200);
        String todo = http(get("/my/rounds"), gijo).getResponse().getContentAsString();
        assertThat(todo).contains("가-1-1").doesNotContain("나-1-3").contains("미작성");
        assertThat(http(get("/my/rounds/block"), viewer).getResponse().getContentAsString()).contains("부서가 지정되지 않은 계정");
        CurrentUser stranger = new CurrentUser(999L, "x", "x", 999L, null, Role.PLANNING_ADMIN);
        assertThat(http(get("/rounds/" + roundId), stranger).getResponse().getStatus()).isEqualTo(404);
        assertThat(http(get("/api/rounds/" + roundId), stranger).getResponse().getStatus()).isEqualTo(404);

        String entry = "/rounds/" + roundId + "/entries/" + entryId;
        long v = version("round_entry", entryId);
        assertThat(http(post(entry).param("version", "" + v).param("progress", "10"), minwon).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(http(post(entry + "/review").param("version", "" + v).param("rating", "POOR").param("comment", "x"), gijo)
                .getResponse().getStatus()).isEqualTo(403);
        // Bad input: a Korean message next to the field, 400, nothing saved.
        MvcResult bad = http(post(entry).param("version", "" + v).param("progress", "150").param("action", "submit"), gijo);
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentAsString()).contains("진척률은 0부터 100 사이로 입력하세요.")
                .contains("제출하려면 분기 추진실적을 적으세요.").contains("제출하려면 자체 판단");
        MvcResult notANumber = http(post(entry).param("version", "" + v).param("progress", "많이"), gijo);
        assertThat(notANumber.getResponse().getStatus()).isEqualTo(400);
        assertThat(notANumber.getResponse().getContentAsString()).contains("숫자로 입력하세요.");
        assertThat(version("round_entry", entryId)).isEqualTo(v);
        MvcResult noComment = http(post(entry + "/review").param("version", "" + v).param("rating", "POOR"), admin);
        assertThat(noComment.getResponse().getStatus()).isEqualTo(400);
        assertThat(noComment.getResponse().getContentAsString()).contains("미흡·부진 평가에는 의견을 적어야 합니다.");
        // A draft, then a stale second save answers 409 with both versions side by side.
        assertThat(http(post(entry).param("version", "" + v).param("progress", "10").param("achievements", "첫 저장"), gijo)
                .getResponse().getStatus()).isEqualTo(302);
        MvcResult stale = http(post(entry).param("version", "" + v).param("progress", "20").param("achievements", "둘째 저장"), gijo);
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stale.getResponse().getContentAsString()).contains("첫 저장").contains("둘째 저장");
        // Round form: a focus round needs focus tasks; a selected round needs a task.
        taskEditing.selectFocusTasks(planId, Set.of(), admin);
        MvcResult noFocus = http(post("/plans/" + planId + "/rounds").param("period", "Q3").param("referenceDate", "2021-09-30")
                .param("deadline", "2021-10-10").param("scope", "FOCUS"), admin);
        assertThat(noFocus.getResponse().getStatus()).isEqualTo(400);
        assertThat(noFocus.getResponse().getContentAsString()).contains("선정된 중점과제가 없습니다.");
        MvcResult badDate = http(post("/plans/" + planId + "/rounds").param("period", "Q3").param("referenceDate", "2021-13-40")
                .param("deadline", "2021-10-10").param("scope", "ALL"), admin);
        assertThat(badDate.getResponse().getStatus()).isEqualTo(400);
        assertThat(badDate.getResponse().getContentAsString()).contains("날짜 형식(예: 2021-06-30)으로 입력하세요.");
        assertThat(http(get("/plans/" + planId + "/focus-tasks"), gijo).getResponse().getStatus()).isEqualTo(403);
        assertThat(http(post("/plans/" + planId + "/signal-rules").param("version", "-1").param("milestoneGreen", "50")
                .param("milestoneRed", "80").param("kpiGreen", "90").param("kpiRed", "60").param("progressGreen", "90")
                .param("progressRed", "60"), admin).getResponse().getContentAsString())
                .contains("주의 기준은 정상 기준보다 클 수 없습니다.");
    }

    // ------------------------------------------------------------------ notices and reminders

    @Test
    void departmentsAreRemindedOnceBeforeAndOnceAfterTheDeadline() throws Exception {
        long roundId = newRound("Q1", LocalDate.of(2021, 3, 31), LocalDate.of(2021, 4, 10));
        clock.set(LocalDate.of(2021, 4, 1));
        move(roundId, RoundState.SUBMISSION);
        submit(roundId, "가-1-1", gijo, 25, Signal.GREEN);
        long soonBefore = noticeCount(minwon.departmentId(), "DEADLINE_SOON");
        clock.set(LocalDate.of(2021, 4, 8));
        reminders.remind();
        reminders.remind();
        assertThat(noticeCount(minwon.departmentId(), "DEADLINE_SOON")).isEqualTo(soonBefore + 1);
        assertThat(jdbc.queryForObject("select count(*) from notice where dedupe_key = ?", Long.class,
                "round-" + roundId + "-dept-" + gijo.departmentId() + "-soon")).isZero(); // it had submitted
        clock.set(LocalDate.of(2021, 4, 11));
        reminders.remind();
        reminders.remind();
        assertThat(jdbc.queryForObject("select count(*) from notice where dedupe_key = ?", Long.class,
                "round-" + roundId + "-dept-" + chongmu.departmentId() + "-overdue")).isEqualTo(1);
        // The officer sees unread notices in the header badge and reads one.
        String badge = http(get("/notices/badge"), chongmu).getResponse().getContentAsString();
        assertThat(badge).containsPattern("<b>\\d+</b>");
        long noticeId = jdbc.queryForObject("select id from notice where dedupe_key = ?", Long.class,
                "round-" + roundId + "-dept-" + chongmu.departmentId() + "-overdue");
        MvcResult open = http(post("/notices/" + noticeId + "/open"), chongmu);
        assertThat(open.getResponse().getRedirectedUrl()).isEqualTo("/rounds/" + roundId);
        assertThat(jdbc.queryForObject("select count(*) from notice_read where notice_id = ? and account_id = ?",
                Long.class, noticeId, chongmu.accountId())).isEqualTo(1);
        // Another department's officer cannot open it.
        assertThat(http(post("/notices/" + noticeId + "/open"), gijo).getResponse().getStatus()).isEqualTo(404);
    }

    // ------------------------------------------------------------------ SQL statements per page

    @Test
    void pagesIssueTheSameNumberOfStatementsWhateverTheRoundsSize() throws Exception {
        clock.set(LocalDate.of(2021, 6, 20));
        // Both rounds below get a previous round to compare with in their report (the first one this one).
        cycle.create(planId, form("Q1", LocalDate.of(2021, 3, 31), LocalDate.of(2021, 4, 10), RoundScope.FOCUS), admin);
        long small = cycle.create(planId, form("Q2", LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 10), RoundScope.FOCUS), admin).getId();
        long large = cycle.create(planId, form("Q2", LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 10), RoundScope.ALL), admin).getId();
        for (long id : new long[] {small, large}) {
            move(id, RoundState.SUBMISSION);
            submit(id, "가-1-1", gijo, 50, Signal.GREEN);
            move(id, RoundState.REVIEW);
            rate(id, "가-1-1", Rating.POOR, "부진");
        }
        QueryCounter counter = new QueryCounter(emf);
        for (String page : new String[] {"/rounds/%d", "/rounds/%d/report", "/api/rounds/%d"}) {
            long a = counter.count(() -> http(get(page.formatted(small)), viewer));
            long b = counter.count(() -> http(get(page.formatted(large)), viewer));
            assertThat(http(get(page.formatted(large)), viewer).getResponse().getStatus()).as(page).isEqualTo(200);
            assertThat(b).as(page + " statements, 37 tasks vs 3").isEqualTo(a);
            assertThat(b).as(page).isLessThanOrEqualTo(15);
        }
        long entryId = entry(large, "가-1-1").getId();
        long entryPage = counter.count(() -> http(get("/rounds/" + large + "/entries/" + entryId), viewer));
        assertThat(entryPage).isLessThanOrEqualTo(15);
    }
}
