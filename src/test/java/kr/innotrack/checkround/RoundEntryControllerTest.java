package kr.innotrack.checkround;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import kr.innotrack.organization.Organization;
import kr.innotrack.plan.Plan;
import kr.innotrack.plan.Task;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Role;
import kr.innotrack.shared.StaleEditException;
import kr.innotrack.support.SignedIn;
import kr.innotrack.support.WebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The entry page's three forms on their own: bad input, a stale save or step, success, with the services mocked. */
@WebMvcTest(RoundEntryController.class)
@WebSlice
class RoundEntryControllerTest {

    static final CurrentUser ADMIN = new CurrentUser(1L, "samcheok.admin", "기획 관리자", 7L, null, Role.PLANNING_ADMIN);
    static final CurrentUser OFFICER = new CurrentUser(2L, "samcheok.gijo", "기획조정실 담당", 7L, 11L,
            Role.DEPARTMENT_OFFICER);
    static final CurrentUser OTHER_OFFICER = new CurrentUser(4L, "samcheok.minwon", "민원과 담당", 7L, 12L,
            Role.DEPARTMENT_OFFICER);

    private static final String ENTRY = "/rounds/5/entries/9";

    @Autowired
    MockMvc mvc;

    /** The evidence section (a mock: no panel, no files). */
    @MockitoBean
    kr.innotrack.evidence.EvidenceQueries evidence;

    @MockitoBean
    CheckRoundQueries rounds;

    @MockitoBean
    EntryCommands commands;

    @BeforeEach
    void entry() {
        RoundEntry entry = entry(3L);
        when(rounds.entry(5L, 9L, 7L)).thenReturn(entry);
        when(rounds.entryPage(eq(5L), eq(9L), any())).thenAnswer(call -> page(entry(4L)));
    }

    /** A round in 제출 with one entry of department 11, saved at {@code version}. */
    static RoundEntry entry(long version) {
        Organization org = mock(Organization.class);
        when(org.getId()).thenReturn(7L);
        Plan plan = mock(Plan.class);
        when(plan.getId()).thenReturn(1L);
        when(plan.getOrganization()).thenReturn(org);
        when(plan.getPlanYear()).thenReturn(2021);
        CheckRound round = mock(CheckRound.class);
        when(round.getId()).thenReturn(5L);
        when(round.getPlan()).thenReturn(plan);
        when(round.getPlanId()).thenReturn(1L);
        when(round.getTitle()).thenReturn("2021년 2분기 추진상황 점검");
        when(round.getState()).thenReturn(RoundState.SUBMISSION);
        when(round.getReferenceDate()).thenReturn(LocalDate.of(2021, 6, 30));
        when(round.getDeadline()).thenReturn(LocalDate.of(2021, 7, 10));
        Task task = mock(Task.class);
        when(task.getCode()).thenReturn("가-1-1");
        when(task.getTitle()).thenReturn("시민감사관 운영");
        RoundEntry entry = mock(RoundEntry.class);
        when(entry.getId()).thenReturn(9L);
        when(entry.getRound()).thenReturn(round);
        when(entry.getTask()).thenReturn(task);
        when(entry.getTaskId()).thenReturn(3L);
        when(entry.getDepartmentId()).thenReturn(11L);
        when(entry.getVersion()).thenReturn(version);
        when(entry.getSubmissionState()).thenReturn(SubmissionState.NOT_STARTED);
        when(entry.getAchievements()).thenReturn(version == 3L ? null : "먼저 저장된 실적");
        return entry;
    }

    static CheckRoundQueries.EntryPage page(RoundEntry entry) {
        return new CheckRoundQueries.EntryPage(entry, new SignalCalculator.Result(Signal.GREEN, List.of(), 0, 0, 0),
                List.of(), null, List.of(), true, true, List.of(), new QuestionViews.Thread(List.of(), false, null, true));
    }

    @Test
    void badInputAnswers400WithEveryMessageBesideItsFieldAndSavesNothing() throws Exception {
        mvc.perform(post(ENTRY).with(csrf()).with(SignedIn.as(OFFICER)).param("version", "3")
                        .param("progress", "150").param("action", "submit"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("진척률은 0부터 100 사이로 입력하세요.")))
                .andExpect(content().string(containsString("제출하려면 분기 추진실적을 적으세요.")))
                .andExpect(content().string(containsString("제출하려면 자체 판단")));
        verify(commands, never()).save(any(), any(), any(), anyBoolean(), any());
    }

    @Test
    void anotherDepartmentIsRefusedWith403EvenWithBadInput() throws Exception {
        mvc.perform(post(ENTRY).with(csrf()).with(SignedIn.as(OTHER_OFFICER)).param("version", "3")
                        .param("progress", "150"))
                .andExpect(status().isForbidden());
        verify(commands, never()).save(any(), any(), any(), anyBoolean(), any());
    }

    @Test
    void aStaleSaveAnswers409WithBothVersionsAndTheCurrentVersion() throws Exception {
        when(rounds.entry(5L, 9L, 7L)).thenAnswer(call -> entry(4L));
        doThrow(new StaleEditException("점검 실적", 9L)).when(commands).save(eq(5L), eq(9L), any(), eq(false), any());
        mvc.perform(post(ENTRY).with(csrf()).with(SignedIn.as(OFFICER)).param("version", "3")
                        .param("progress", "20").param("achievements", "둘째 저장"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("다른 사용자가 먼저 저장했습니다")))
                .andExpect(content().string(containsString("먼저 저장된 실적")))
                .andExpect(content().string(containsString("둘째 저장")))
                .andExpect(content().string(containsString("name=\"version\" value=\"4\"")));
    }

    @Test
    void aSubmissionRedirectsWithItsWord() throws Exception {
        mvc.perform(post(ENTRY).with(csrf()).with(SignedIn.as(OFFICER)).param("version", "3").param("action", "submit")
                        .param("progress", "20").param("selfStatus", "GREEN").param("achievements", " 실적 "))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(ENTRY))
                .andExpect(flash().attribute("saved", "실적을 제출했습니다."));
        verify(commands).save(eq(5L), eq(9L),
                eq(new EntryCommands.Report(20, Signal.GREEN, "실적", null, null, 3L)), eq(true), any());
    }

    @Test
    void aPoorRatingWithoutACommentAnswers400AndSavesNothing() throws Exception {
        mvc.perform(post(ENTRY + "/review").with(csrf()).with(SignedIn.as(ADMIN)).param("version", "3")
                        .param("rating", "POOR").param("comment", "  "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("미흡·부진 평가에는 의견을 적어야 합니다.")));
        verify(commands, never()).review(any(), any(), any(), any());
    }

    @Test
    void aStaleReviewGoesBackToThePageWithAWord() throws Exception {
        when(commands.review(eq(5L), eq(9L), any(), any())).thenReturn(StepOutcome.STALE);
        mvc.perform(post(ENTRY + "/review").with(csrf()).with(SignedIn.as(ADMIN)).param("version", "3")
                        .param("rating", "POOR").param("comment", "원인을 적어 주세요"))
                .andExpect(redirectedUrl(ENTRY))
                .andExpect(flash().attribute("error",
                        "그 사이 담당 부서나 다른 관리자가 이 과제를 바꿨습니다. 아래 현재 내용을 확인한 뒤 다시 평가하세요."));
    }

    @Test
    void aReviewRedirectsWithItsWord() throws Exception {
        when(commands.review(eq(5L), eq(9L), any(), any())).thenReturn(StepOutcome.DONE);
        mvc.perform(post(ENTRY + "/review").with(csrf()).with(SignedIn.as(ADMIN)).param("version", "3")
                        .param("rating", "POOR").param("comment", "원인을 적어 주세요"))
                .andExpect(redirectedUrl(ENTRY))
                .andExpect(flash().attribute("saved",
                        "평가를 저장했습니다. 담당 부서에 원인분석·개선대책 작성을 요청했습니다."));
    }

    @Test
    void aReturnWithoutAReasonAnswers400AndAnOfficerGets403() throws Exception {
        when(rounds.entryPage(eq(5L), eq(9L), any())).thenAnswer(call -> {
            RoundEntry submitted = entry(4L);
            when(submitted.submitted()).thenReturn(true);
            when(submitted.getSubmissionState()).thenReturn(SubmissionState.SUBMITTED);
            return page(submitted);
        });
        mvc.perform(post(ENTRY + "/return").with(csrf()).with(SignedIn.as(ADMIN)).param("version", "3")
                        .param("comment", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("무엇을 보완할지 적어 주세요.")));
        mvc.perform(post(ENTRY + "/return").with(csrf()).with(SignedIn.as(OFFICER)).param("version", "3")
                        .param("comment", "수치를 적어 주세요"))
                .andExpect(status().isForbidden());
        verify(commands, never()).returnEntry(any(), any(), any(), any());
    }

    @Test
    void aReturnRedirectsWithItsWord() throws Exception {
        when(commands.returnEntry(eq(5L), eq(9L), any(), any())).thenReturn(StepOutcome.DONE);
        mvc.perform(post(ENTRY + "/return").with(csrf()).with(SignedIn.as(ADMIN)).param("version", "3")
                        .param("comment", "수치를 적어 주세요"))
                .andExpect(redirectedUrl(ENTRY))
                .andExpect(flash().attribute("saved", "보완을 요청했습니다. 부서가 고쳐서 다시 제출할 수 있습니다."));
        verify(commands).returnEntry(eq(5L), eq(9L), eq(new EntryCommands.Return("수치를 적어 주세요", 3L)), any());
    }
}
