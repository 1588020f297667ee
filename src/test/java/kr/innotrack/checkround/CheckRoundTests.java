package kr.innotrack.checkround;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.innotrack.checkround.events.RemedyDecided;
import kr.innotrack.checkround.events.RemedyRequested;
import kr.innotrack.checkround.events.RemedySubmitted;
import kr.innotrack.checkround.events.RoundOpened;
import kr.innotrack.checkround.events.SubmissionDeadline;
import kr.innotrack.checkround.events.SubmissionReturned;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
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
@RecordApplicationEvents
abstract class CheckRoundTests {

    @Autowired
    ApplicationEvents events;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RoundCommands roundCommands;

    @Autowired
    EntryCommands entryCommands;

    @Autowired
    RemedyCommands remedyCommands;

    @Autowired
    SignalRuleCommands signalRuleCommands;

    @Autowired
    CheckRoundQueries rounds;

    @Autowired
    DeadlineReminders reminders;

    @Autowired
    kr.innotrack.plan.TaskScheduling taskEditing;

    @Autowired
    TestClock clock;

    @Autowired
    kr.innotrack.shared.Messages messages;

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
        roundCommands.moveTo(roundId, target, version("check_round", roundId), true, admin);
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
        entryCommands.save(roundId, e.getId(), f.toCommand(), true, by);
    }

    void rate(long roundId, String code, Rating rating, String comment) {
        RoundEntry e = entry(roundId, code);
        ReviewForm f = new ReviewForm();
        f.setVersion(e.getVersion());
        f.setRating(rating);
        f.setComment(comment);
        entryCommands.review(roundId, e.getId(), f.toCommand(), admin);
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
        return roundCommands.create(planId, form(period, reference, deadline, RoundScope.FOCUS).toCommand(2021, messages), admin).getId();
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
                remedyCommands.save(remedy.getId(), rf.toCommand(), true, gijo);
                DecisionForm accept = new DecisionForm();
                accept.setAccept(true);
                accept.setVersion(version("remedy", remedy.getId()));
                remedyCommands.decide(remedy.getId(), accept.toCommand(), admin);
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
        assertThatThrownBy(() -> entryCommands.save(roundIds[1], closedEntry.getId(), late.toCommand(), true, minwon))
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

        // A milestone a remedy revised stays: deleting it is refused, saying why (the remedy's record points at it).
        long milestoneVersion = jdbc.queryForObject("select version from milestone where id = ?", Long.class, milestoneId);
        String refused = mvc.perform(post("/plans/" + planId + "/tasks/" + taskId("가-1-1") + "/milestones/" + milestoneId
                        + "/delete").param("version", "" + milestoneVersion).param("confirm", "true")
                        .with(csrf()).with(SignedIn.as(admin)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("개선대책의 일정 조정에 기록되어 있어 삭제할 수 없습니다");
        assertThat(jdbc.queryForObject("select count(*) from milestone where id = ?", Long.class, milestoneId)).isOne();

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
        assertThatThrownBy(() -> roundCommands.create(planId, form("Q1", LocalDate.of(2021, 3, 31), LocalDate.of(2021, 4, 10),
                RoundScope.ALL).toCommand(2021, messages), gijo)).isInstanceOf(AccessDeniedHere.class);
        assertThatThrownBy(() -> roundCommands.moveTo(roundId, RoundState.SUBMISSION, version("check_round", roundId), true, gijo))
                .isInstanceOf(AccessDeniedHere.class);
        assertThatThrownBy(() -> roundCommands.moveTo(roundId, RoundState.SUBMISSION, version("check_round", roundId), true, viewer))
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
        assertThatThrownBy(() -> entryCommands.returnEntry(roundId, e.getId(), back.toCommand(), gijo)).isInstanceOf(AccessDeniedHere.class);
        entryCommands.returnEntry(roundId, e.getId(), back.toCommand(), admin);
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
        entryCommands.save(roundId, fresh.getId(), first.toCommand(), false, chongmu);
        assertThatThrownBy(() -> entryCommands.save(roundId, fresh.getId(), second.toCommand(), false, chongmu))
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

    @Test
    void whatOtherModulesHearOfIsPublishedAsEventsInTheChangesTransaction() {
        long roundId = newRound("Q1", LocalDate.of(2021, 3, 31), LocalDate.of(2021, 4, 10));
        clock.set(LocalDate.of(2021, 4, 9));
        move(roundId, RoundState.SUBMISSION);
        assertThat(events.stream(RoundOpened.class)).singleElement().satisfies(e -> {
            assertThat(e.roundId()).isEqualTo(roundId);
            assertThat(e.organizationId()).isEqualTo(organizationId);
            assertThat(e.deadline()).isEqualTo(LocalDate.of(2021, 4, 10));
            assertThat(e.taskCounts()).containsEntry(gijo.departmentId(), 1L).containsEntry(minwon.departmentId(), 1L)
                    .hasSize(3);
        });
        // Opening a round one day before its deadline reminds every department at once.
        assertThat(events.stream(SubmissionDeadline.class).filter(e -> e.roundId().equals(roundId))).hasSize(3)
                .allSatisfy(e -> assertThat(e.daysLeft()).isEqualTo(1));
        String title = rounds.round(roundId, organizationId).getTitle();
        assertThat(jdbc.queryForList("select message from notice where department_id = ? and kind = 'ROUND_OPENED'"
                + " order by id desc", String.class, gijo.departmentId()).get(0))
                .isEqualTo(kr.innotrack.shared.text.Josa.attach(title, "이(가)") + " 시작되었습니다. 대상 과제 1건, 제출 기한 2021-04-10.");

        submit(roundId, "가-1-1", gijo, 10, Signal.GREEN);
        RoundEntry e = entry(roundId, "가-1-1");
        ReturnForm back = new ReturnForm();
        back.setVersion(e.getVersion());
        back.setComment("실적 수치를 적어 주세요");
        entryCommands.returnEntry(roundId, e.getId(), back.toCommand(), admin);
        assertThat(events.stream(SubmissionReturned.class)).singleElement().satisfies(r -> {
            assertThat(r.entryId()).isEqualTo(e.getId());
            assertThat(r.departmentId()).isEqualTo(gijo.departmentId());
            assertThat(r.reason()).isEqualTo("실적 수치를 적어 주세요");
        });
        submit(roundId, "가-1-1", gijo, 10, Signal.GREEN);
        move(roundId, RoundState.REVIEW);
        rate(roundId, "가-1-1", Rating.POOR, "교육 일정이 늦어졌습니다.");
        assertThat(events.stream(RemedyRequested.class)).singleElement().satisfies(r -> {
            assertThat(r.taskCode()).isEqualTo("가-1-1");
            assertThat(r.rating()).isEqualTo(Rating.POOR);
        });
        move(roundId, RoundState.FEEDBACK);
        Remedy remedy = remedyOf(roundId, "가-1-1");
        RemedyForm rf = RemedyForm.of(remedy, rounds.milestonesOf(taskId("가-1-1")));
        rf.setCause("코로나19로 집합교육 연기");
        rf.setMeasures("비대면 교육으로 전환");
        rf.setDueDate(LocalDate.of(2021, 9, 30));
        remedyCommands.save(remedy.getId(), rf.toCommand(), true, gijo);
        assertThat(events.stream(RemedySubmitted.class)).singleElement()
                .satisfies(r -> assertThat(r.remedyId()).isEqualTo(remedy.getId()));
        DecisionForm returned = new DecisionForm();
        returned.setAccept(false);
        returned.setComment("일정을 구체적으로");
        returned.setVersion(version("remedy", remedy.getId()));
        remedyCommands.decide(remedy.getId(), returned.toCommand(), admin);
        assertThat(events.stream(RemedyDecided.class)).singleElement().satisfies(r -> {
            assertThat(r.accepted()).isFalse();
            assertThat(r.comment()).isEqualTo("일정을 구체적으로");
            assertThat(r.departmentId()).isEqualTo(gijo.departmentId());
        });
        assertThat(noticeCount(gijo.departmentId(), "REMEDY_RETURNED")).isGreaterThanOrEqualTo(1);
    }

    // ------------------------------------------------------------------ SQL statements per page

    @Test
    void pagesIssueTheSameNumberOfStatementsWhateverTheRoundsSize() throws Exception {
        clock.set(LocalDate.of(2021, 6, 20));
        // Both rounds below get a previous round to compare with in their report (the first one this one).
        roundCommands.create(planId, form("Q1", LocalDate.of(2021, 3, 31), LocalDate.of(2021, 4, 10), RoundScope.FOCUS).toCommand(2021, messages), admin);
        long small = roundCommands.create(planId, form("Q2", LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 10), RoundScope.FOCUS).toCommand(2021, messages), admin).getId();
        long large = roundCommands.create(planId, form("Q2", LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 10), RoundScope.ALL).toCommand(2021, messages), admin).getId();
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

    // ------------------------------------------------------------------ issue 13: the round type sets its dates (1)

    String html(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        return http(request, user).getResponse().getContentAsString();
    }

    long roundCount() {
        return jdbc.queryForObject("select count(*) from check_round where plan_id = ?", Long.class, planId);
    }

    @Test
    void theRoundTypeSetsTheReferenceDateDeadlineAndTitleAndADateOutsideItIsRefused() throws Exception {
        clock.set(LocalDate.of(2021, 11, 20));
        // Every period is offered, 1분기 included, and each proposes its own dates and title.
        String list = html(get("/plans/" + planId + "/rounds"), admin);
        assertThat(list).contains("period=Q1").contains("period=Q4").contains("period=H2").contains(">1분기<");
        assertThat(list).contains("id=\"new-round\" href=\"/plans/" + planId + "/rounds/new?period=Q4\"")
                .as("the new-round button proposes the quarter of today");
        String q4 = html(get("/plans/" + planId + "/rounds/new").param("period", "Q4"), admin);
        assertThat(q4).contains("value=\"2021-12-31\"").contains("value=\"2022-01-10\"")
                .contains("placeholder=\"2021년 4분기 추진상황 점검\"")
                .contains("data-reference=\"2021-03-31\"").contains("data-deadline=\"2021-04-10\"")
                .contains("data-title=\"2021년 1분기 추진상황 점검\"");
        String q1 = html(get("/plans/" + planId + "/rounds/new").param("period", "Q1"), admin);
        assertThat(q1).contains("placeholder=\"2021년 1분기 추진상황 점검\"").doesNotContain("placeholder=\"2021년 2분기");
        // A new round checks the 중점과제 when the plan has chosen some, otherwise every task.
        boolean focus = jdbc.queryForObject("select count(*) from task where plan_id = ? and focus = true", Long.class,
                planId) > 0;
        String chosen = "value=\"" + (focus ? "FOCUS" : "ALL") + "\"";
        assertThat(q1).containsPattern("<input(?=[^>]*name=\"scope\")(?=[^>]*" + chosen + ")(?=[^>]*checked)[^>]*>");

        // 4분기 with Q1's dates is refused beside the field, and nothing is saved.
        long before = roundCount();
        MvcResult wrong = http(post("/plans/" + planId + "/rounds").param("period", "Q4").param("referenceDate", "2021-03-31")
                .param("deadline", "2021-04-10").param("scope", "ALL"), admin);
        assertThat(wrong.getResponse().getStatus()).isEqualTo(400);
        assertThat(wrong.getResponse().getContentAsString())
                .contains("기준일이 고른 점검 구분(4분기: 2021-10-01 ~ 2021-12-31) 밖에 있습니다.");
        assertThat(roundCount()).isEqualTo(before);
        // Without JavaScript, "구분에 맞춰 날짜 채우기" fills in the period's dates and saves nothing.
        MvcResult filled = http(post("/plans/" + planId + "/rounds").param("fill", "true").param("period", "H1")
                .param("referenceDate", "2021-03-31").param("deadline", "2021-04-10").param("scope", "ALL"), admin);
        assertThat(filled.getResponse().getStatus()).isEqualTo(200);
        assertThat(filled.getResponse().getContentAsString()).contains("value=\"2021-06-30\"").contains("value=\"2021-07-10\"")
                .contains("‘상반기’에 맞춰 기준일과 제출 기한을 채웠습니다.").doesNotContain("error-summary");
        assertThat(roundCount()).isEqualTo(before);
        // Found by the fuzz suite: a blank or unknown period has nothing to fill (it answered 500): 400 beside the field.
        long aRound = newRound("Q1", LocalDate.of(2021, 3, 31), LocalDate.of(2021, 4, 10));
        clock.set(LocalDate.of(2021, 11, 20));
        before = roundCount();
        for (String path : new String[] {"/plans/" + planId + "/rounds", "/rounds/" + aRound + "/edit"}) {
            for (String period : new String[] {"", "x", "Q9"}) {
                MvcResult nothing = http(post(path).param("fill", "true").param("period", period)
                        .param("referenceDate", "2021-03-31").param("deadline", "2021-04-10").param("scope", "ALL"), admin);
                assertThat(nothing.getResponse().getStatus()).as(path + " period=" + period).isEqualTo(400);
                assertThat(nothing.getResponse().getContentAsString()).contains(period.isEmpty() ? "점검 구분을 고르세요."
                        : "점검 구분은 1~4분기 또는 상·하반기 중에서 고르세요.").contains("error-summary");
            }
        }
        assertThat(roundCount()).isEqualTo(before);

        // The plan's own default deadline (days after the reference date) is what a new round proposes.
        SignalRuleCommands.Settings settings = new SignalRuleCommands.Settings(rounds.rules(planId), 14, rounds.rulesVersion(planId));
        signalRuleCommands.save(planId, settings, admin);
        try {
            assertThat(html(get("/plans/" + planId + "/rounds/new").param("period", "Q2"), admin))
                    .contains("value=\"2021-06-30\"").contains("value=\"2021-07-14\"");
            assertThat(jdbc.queryForObject("select count(*) from change_log where entity_type = 'SIGNAL_RULE'"
                    + " and field = '제출 기한 기본값' and new_value = '기준일 + 14일'", Long.class)).isGreaterThanOrEqualTo(1);
            MvcResult badDays = http(post("/plans/" + planId + "/signal-rules").param("version", "" + rounds.rulesVersion(planId))
                    .param("milestoneGreen", "80").param("milestoneRed", "50").param("kpiGreen", "90").param("kpiRed", "60")
                    .param("progressGreen", "90").param("progressRed", "60").param("deadlineDays", "0"), admin);
            assertThat(badDays.getResponse().getStatus()).isEqualTo(400);
            assertThat(badDays.getResponse().getContentAsString()).contains("제출 기한 기본값은 1일부터 60일 사이로 입력하세요.");
        } finally {
            signalRuleCommands.save(planId, new SignalRuleCommands.Settings(rounds.rules(planId), 10, rounds.rulesVersion(planId)), admin);
        }
        // A blank title becomes the period's. (Q1: the whole-year test compares its Q3 with its own Q2.)
        MvcResult created = http(post("/plans/" + planId + "/rounds").param("period", "Q1").param("referenceDate", "2021-03-31")
                .param("deadline", "2021-04-10").param("scope", "FOCUS"), admin);
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select title from check_round where id = (select max(id) from check_round)",
                String.class)).isEqualTo("2021년 1분기 추진상황 점검");
    }

    // ------------------------------------------------------------------ issue 13: the deadline must make sense (2)

    @Test
    void aDeadlineBeforeTheReferenceDateIsRefusedAndOneAlreadyPastIsWarnedAndConfirmed() throws Exception {
        clock.set(LocalDate.of(2021, 5, 1));
        long before = roundCount();
        MvcResult early = http(post("/plans/" + planId + "/rounds").param("period", "Q1").param("referenceDate", "2021-03-31")
                .param("deadline", "2021-03-10").param("scope", "FOCUS"), admin);
        assertThat(early.getResponse().getStatus()).isEqualTo(400);
        assertThat(early.getResponse().getContentAsString()).contains("제출 기한은 기준일(2021-03-31) 이후여야 합니다.");
        assertThat(roundCount()).isEqualTo(before);

        // Already past when saved: saved, with a warning; the round page keeps warning while it is being prepared.
        MvcResult past = http(post("/plans/" + planId + "/rounds").param("period", "Q1").param("referenceDate", "2021-03-31")
                .param("deadline", "2021-04-10").param("scope", "FOCUS"), admin);
        assertThat(past.getResponse().getStatus()).isEqualTo(302);
        assertThat(past.getFlashMap().get("warning")).asString().contains("제출 기한(2021-04-10)이 이미 지났습니다");
        long roundId = jdbc.queryForObject("select max(id) from check_round", Long.class);
        assertThat(html(get("/rounds/" + roundId), admin)).contains("id=\"deadline-passed\"")
                .contains("/rounds/" + roundId + "/state?target=SUBMISSION");

        // Opening it asks first, and says what the past deadline means.
        String state = "/rounds/" + roundId + "/state";
        long v = version("check_round", roundId);
        MvcResult open = http(post(state).param("target", "SUBMISSION").param("version", "" + v), admin);
        assertThat(open.getResponse().getRedirectedUrl()).isEqualTo(state + "?target=SUBMISSION");
        String page = html(get(state).param("target", "SUBMISSION"), admin);
        assertThat(page).contains("제출 기한(2021-04-10)이 이미 지났습니다").contains("제출 기한이 지난 채로 점검을 시작합니다.")
                .contains("name=\"confirm\"");
        MvcResult unticked = http(post(state).param("target", "SUBMISSION").param("version", "" + v)
                .param("fromConfirmation", "true"), admin);
        assertThat(unticked.getResponse().getStatus()).isEqualTo(400);
        assertThat(unticked.getResponse().getContentAsString()).contains("진행하려면 확인란에 표시하세요.");
        assertThatThrownBy(() -> roundCommands.moveTo(roundId, RoundState.SUBMISSION, v, false, admin))
                .isInstanceOf(NotAllowedNow.class);
        assertThat(rounds.round(roundId, organizationId).getState()).isEqualTo(RoundState.PREPARING);
        assertThat(http(post(state).param("target", "SUBMISSION").param("version", "" + v).param("confirm", "true")
                .param("fromConfirmation", "true"), admin).getResponse().getStatus()).isEqualTo(302);
        assertThat(rounds.round(roundId, organizationId).getState()).isEqualTo(RoundState.SUBMISSION);

        // A deadline in the future opens at once, as before.
        clock.set(LocalDate.of(2021, 6, 28));
        long timely = newRound("Q2", LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 10));
        clock.set(LocalDate.of(2021, 6, 28));
        assertThat(http(post("/rounds/" + timely + "/state").param("target", "SUBMISSION")
                .param("version", "" + version("check_round", timely)), admin).getResponse().getRedirectedUrl())
                .isEqualTo("/rounds/" + timely);
        assertThat(rounds.round(timely, organizationId).getState()).isEqualTo(RoundState.SUBMISSION);
    }

    // ------------------------------------------------------------------ issue 13: a closed round is a record (3, 6)

    @Test
    void aClosedRoundKeepsTheEvidenceAsAtItsReferenceDateWhateverHappensToThePlanAfterwards() throws Exception {
        long task = taskId("나-1-1");
        long kpiTask = taskId("가-2-3");
        long kpiId = jdbc.queryForObject("select id from kpi where task_id = ?", Long.class, kpiTask);
        // 나-1-1's six milestones all fall due by June: one done in February, five not.
        jdbc.update("update milestone set status = 'PLANNED', actual_completion = null where task_id = ?", task);
        jdbc.update("update milestone set status = 'DONE', actual_completion = date '2021-02-20' where task_id = ?"
                + " and description = '시각장애인 및 다문화 가정 등 수요조사'", task);
        jdbc.update("delete from kpi_actual where kpi_id = ?", kpiId);
        jdbc.update("insert into kpi_actual (kpi_id, actual_year, quarter, actual_value) values (?, 2021, 2, 84)", kpiId);

        clock.set(LocalDate.of(2021, 6, 27));
        RoundForm f = form("Q2", LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 10), RoundScope.SELECTED);
        f.setTaskIds(List.of(task, kpiTask));
        long roundId = roundCommands.create(planId, f.toCommand(2021, messages), admin).getId();
        move(roundId, RoundState.SUBMISSION);
        clock.set(LocalDate.of(2021, 7, 5));
        submit(roundId, "나-1-1", minwon, 30, Signal.RED);
        move(roundId, RoundState.REVIEW);
        rate(roundId, "나-1-1", Rating.POOR, "책자 발간이 늦어졌습니다.");
        String evidence = "예정 6건 중 1건 완료, 지연 5건";
        assertThat(entryRow(roundId, "나-1-1").computed().reasons(messages).get(0)).contains(evidence);
        move(roundId, RoundState.FEEDBACK);

        // The remedy moves four of the five late milestones to August–September, and is accepted.
        clock.set(LocalDate.of(2021, 7, 20));
        Remedy remedy = remedyOf(roundId, "나-1-1");
        RemedyForm rf = RemedyForm.of(remedy, rounds.milestonesOf(task));
        rf.setCause("인쇄 업체 선정 지연");
        rf.setMeasures("하반기에 발간·배부");
        rf.setDueDate(LocalDate.of(2021, 9, 30));
        List<String> moved = List.of("사회배려대상자를 위한 민원서비스 확대 계획 수립", "점자 민원안내 책자 발간 의뢰",
                "외국어 민원 신청서 제작 의뢰", "각 기관 및 민원실 비치");
        rf.getLines().stream().filter(l -> moved.stream().anyMatch(l.getDescription()::startsWith)).forEach(l -> {
            l.setNewStart(YearMonth.of(2021, 8));
            l.setNewEnd(YearMonth.of(2021, 9));
        });
        remedyCommands.save(remedy.getId(), rf.toCommand(), true, minwon);
        DecisionForm accept = new DecisionForm();
        accept.setAccept(true);
        accept.setVersion(version("remedy", remedy.getId()));
        remedyCommands.decide(remedy.getId(), accept.toCommand(), admin);
        assertThat(jdbc.queryForObject("select count(*) from milestone where task_id = ? and planned_end = date '2021-09-01'",
                Long.class, task)).as("the plan moved").isEqualTo(4);

        // The open round still judges the plan as it was on June 30, not as the remedy made it.
        assertThat(entryRow(roundId, "나-1-1").computed().reasons(messages).get(0)).contains(evidence);
        // (6) The remedy shows the months it replaced beside the new ones, and its history names the milestones.
        String remedyPage = html(get("/remedies/" + remedy.getId()), admin);
        assertThat(remedyPage).contains("조정 전 계획").contains("점자 민원안내 책자 발간 의뢰")
                .contains("2021-04 ~ 2021-04").contains("2021-08 ~ 2021-09");
        String revisionHistory = jdbc.queryForObject("select new_value from change_log where entity_type = 'REMEDY'"
                + " and entity_id = ? and field = '일정 조정'", String.class, remedy.getId());
        assertThat(revisionHistory).contains("점자 민원안내 책자 발간 의뢰: 2021-04~2021-04 → 2021-08~2021-09")
                .doesNotContain("#");

        clock.set(LocalDate.of(2021, 7, 25));
        move(roundId, RoundState.CLOSED);
        RoundEntry frozen = entry(roundId, "나-1-1");
        assertThat(frozen.getMilestonesDue()).isEqualTo(6);
        assertThat(frozen.getMilestonesDone()).isEqualTo(1);
        assertThat(frozen.getMilestonesDelayed()).isEqualTo(5);
        assertThat(frozen.getFrozenAt()).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from round_entry_evidence where entry_id = ?", Long.class,
                frozen.getId())).isGreaterThanOrEqualTo(2);

        // Afterwards the plan moves on: another milestone is done, the KPI value corrected, the thresholds changed.
        jdbc.update("update milestone set status = 'DONE', actual_completion = date '2021-08-10' where task_id = ?"
                + " and description = '점자 민원안내 책자 시각장애인 각 가정에 배부'", task);
        jdbc.update("update kpi_actual set actual_value = 99 where kpi_id = ? and quarter = 2", kpiId);
        SignalRules strict = new SignalRules(95, 90, 99, 98, 95, 90, true);
        SignalRuleCommands.Settings rules = new SignalRuleCommands.Settings(strict, 10, rounds.rulesVersion(planId));
        signalRuleCommands.save(planId, rules, admin);
        try {
            // Every reader of the closed round reads the record: the entry, the report, the deck, the API, the scoring.
            RoundViews.Row row = entryRow(roundId, "나-1-1");
            assertThat(row.computed().status()).isEqualTo(frozen.getComputedStatus());
            assertThat(row.computed().reasons(messages).get(0)).contains(evidence);
            RoundViews.Row kpiRow = entryRow(roundId, "가-2-3");
            assertThat(kpiRow.computed().kpis()).singleElement().satisfies(k ->
                    assertThat(k.actual()).isEqualByComparingTo("84"));
            long entryId = frozen.getId();
            assertThat(html(get("/rounds/" + roundId + "/entries/" + entryId), viewer)).contains(evidence)
                    .contains("점검을 종료할 때");
            assertThat(html(get("/rounds/" + roundId + "/report"), viewer)).contains(evidence)
                    .doesNotContain("예정 2건 중");
            assertThat(html(get("/present/rounds/" + roundId), viewer)).contains(evidence);
            String api = html(get("/api/rounds/" + roundId), viewer);
            assertThat(api).contains(evidence).contains("\"milestones\":{\"due\":6,\"done\":1,\"delayed\":5}")
                    .contains("\"frozen\":true").contains("\"actual\":84").doesNotContain("\"actual\":99");
            long minwonDepartment = minwon.departmentId();
            assertThat(html(get("/plans/" + planId + "/ranking/departments/" + minwonDepartment), viewer))
                    .contains(rounds.round(roundId, organizationId).getTitle() + " 부진(20)");
        } finally {
            signalRuleCommands.save(planId, new SignalRuleCommands.Settings(SignalRules.DEFAULTS, 10, rounds.rulesVersion(planId)), admin);
        }
    }

    RoundViews.Row entryRow(long roundId, String code) {
        return rounds.view(roundId, organizationId).rows().stream()
                .filter(r -> r.entry().getTask().getCode().equals(code)).findFirst().orElseThrow();
    }

    // ------------------------------------------------------------------ issue 13: irreversible steps ask first (4)

    @Test
    void closingAndDeletingAskFirstAndSayWhatTheyLeaveBehind() throws Exception {
        long roundId = newRound("Q2", LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 10));
        move(roundId, RoundState.SUBMISSION);
        submit(roundId, "가-1-1", gijo, 40, Signal.GREEN);
        rate(roundId, "가-1-1", Rating.NORMAL, null);
        String state = "/rounds/" + roundId + "/state";
        for (RoundState next : new RoundState[] {RoundState.REVIEW, RoundState.FEEDBACK}) {
            assertThat(http(post(state).param("target", next.name()).param("version", "" + version("check_round", roundId)),
                    admin).getResponse().getRedirectedUrl()).isEqualTo("/rounds/" + roundId);
        }
        // The round page offers closing as a link to its confirmation page, never as a one-click form.
        assertThat(html(get("/rounds/" + roundId), admin)).contains("href=\"/rounds/" + roundId + "/state?target=CLOSED\"");
        long v = version("check_round", roundId);
        assertThat(http(post(state).param("target", "CLOSED").param("version", "" + v), admin).getResponse()
                .getRedirectedUrl()).isEqualTo(state + "?target=CLOSED");
        String page = html(get(state).param("target", "CLOSED"), admin);
        assertThat(page).contains("평가하지 않은 과제 2건").contains("제출하지 않은 과제 2건")
                .contains("미평가 2건, 미제출 2건이 있는 채로 종료합니다.").contains("되돌릴 수 없습니다")
                .contains("다시 열 수 없습니다");
        assertThat(http(get(state).param("target", "CLOSED"), gijo).getResponse().getStatus()).isEqualTo(403);
        MvcResult unticked = http(post(state).param("target", "CLOSED").param("version", "" + v)
                .param("fromConfirmation", "true"), admin);
        assertThat(unticked.getResponse().getStatus()).isEqualTo(400);
        assertThatThrownBy(() -> roundCommands.moveTo(roundId, RoundState.CLOSED, v, false, admin)).isInstanceOf(NotAllowedNow.class);
        assertThat(rounds.round(roundId, organizationId).getState()).isEqualTo(RoundState.FEEDBACK);
        // A round with a submission is never deleted, whatever is posted.
        assertThat(html(get("/rounds/" + roundId + "/delete"), admin)).contains("실적이 1건 있는 점검은 삭제할 수 없습니다");
        assertThat(http(post("/rounds/" + roundId + "/delete").param("version", "" + v).param("confirm", "true"), admin)
                .getResponse().getStatus()).isEqualTo(409);
        assertThat(http(post(state).param("target", "CLOSED").param("version", "" + v).param("confirm", "true")
                .param("fromConfirmation", "true"), admin).getResponse().getStatus()).isEqualTo(302);
        assertThat(rounds.round(roundId, organizationId).getState()).isEqualTo(RoundState.CLOSED);

        // A round in 준비 is deleted only after its confirmation page.
        long draft = newRound("Q3", LocalDate.of(2021, 9, 30), LocalDate.of(2021, 10, 10));
        long dv = version("check_round", draft);
        assertThat(http(post("/rounds/" + draft + "/delete").param("version", "" + dv), admin).getResponse()
                .getRedirectedUrl()).isEqualTo("/rounds/" + draft + "/delete");
        assertThat(html(get("/rounds/" + draft), admin)).contains("href=\"/rounds/" + draft + "/delete\"");
        assertThat(html(get("/rounds/" + draft + "/delete"), admin)).contains("대상 과제 3건의 점검 항목이 삭제됩니다.")
                .contains("점검 삭제");
        assertThatThrownBy(() -> roundCommands.delete(draft, dv, false, admin)).isInstanceOf(NotAllowedNow.class);
        assertThat(http(post("/rounds/" + draft + "/delete").param("version", "" + dv).param("confirm", "true"), gijo)
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(http(post("/rounds/" + draft + "/delete").param("version", "" + dv).param("confirm", "true"), admin)
                .getResponse().getRedirectedUrl()).isEqualTo("/plans/" + planId + "/rounds");
        assertThat(jdbc.queryForObject("select count(*) from check_round where id = ?", Long.class, draft)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from change_log where entity_type = 'CHECK_ROUND' and entity_id = ?"
                + " and action = 'DELETE'", Long.class, draft)).isGreaterThanOrEqualTo(1);
    }

    // ------------------------------------------------------------------ issue 13: an error summary on every form (5)

    @Test
    void aRefusedSaveShowsAnErrorSummaryAtTheTopOfItsFormLinkingToTheFields() throws Exception {
        long roundId = newRound("Q2", LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 10));
        move(roundId, RoundState.SUBMISSION);
        long entryId = entry(roundId, "가-1-1").getId();
        String entry = "/rounds/" + roundId + "/entries/" + entryId;
        long v = version("round_entry", entryId);
        String submit = html(post(entry).param("version", "" + v).param("progress", "150").param("action", "submit"), gijo);
        assertThat(submit).contains("고칠 곳 3건").contains("<a href=\"#progress\">").contains("<a href=\"#selfStatus\">")
                .contains("<a href=\"#achievements\">").contains("id=\"selfStatus\"");
        submit(roundId, "가-1-1", gijo, 40, Signal.GREEN);
        v = version("round_entry", entryId);
        String review = html(post(entry + "/review").param("version", "" + v).param("rating", "POOR"), admin);
        int summary = review.indexOf("class=\"error-summary\"");
        assertThat(summary).as("a summary is shown").isPositive();
        assertThat(review.indexOf("id=\"review-form\"")).as("inside the review form, at its top").isLessThan(summary);
        assertThat(review.indexOf("id=\"comment\"")).isGreaterThan(summary);
        assertThat(review.substring(summary)).contains("고칠 곳 1건")
                .contains("<a href=\"#comment\">미흡·부진 평가에는 의견을 적어야 합니다.");
        String back = html(post(entry + "/return").param("version", "" + v), admin);
        assertThat(back).contains("<a href=\"#returnForm-comment\">").contains("id=\"returnForm-comment\"");
        String form = html(post("/plans/" + planId + "/rounds").param("period", "Q2").param("referenceDate", "2021-13-40")
                .param("deadline", "2021-07-10").param("scope", "SELECTED"), admin);
        assertThat(form).contains("<a href=\"#referenceDate\">").contains("<a href=\"#taskIds\">").contains("id=\"taskIds\"");
        // The page loads the script that moves the focus to the summary.
        assertThat(review).contains("/js/forms.js");
        // Nothing of the refused saves was kept.
        assertThat(version("round_entry", entryId)).isEqualTo(v);
    }
}
