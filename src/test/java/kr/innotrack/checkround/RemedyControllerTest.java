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
import java.time.YearMonth;
import java.util.List;
import kr.innotrack.shared.StaleEditException;
import kr.innotrack.support.SignedIn;
import kr.innotrack.support.WebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The remedy page's two forms on their own: bad input, a stale save or decision, success, with the services mocked. */
@WebMvcTest(RemedyController.class)
@WebSlice
class RemedyControllerTest {

    private static final String REMEDY = "/remedies/21";

    @Autowired
    MockMvc mvc;

    /** The evidence section (a mock: no panel, no files). */
    @MockitoBean
    kr.innotrack.evidence.EvidenceQueries evidence;

    @MockitoBean
    CheckRoundQueries rounds;

    @MockitoBean
    RemedyCommands commands;

    @BeforeEach
    void remedy() {
        when(rounds.today()).thenReturn(LocalDate.of(2021, 7, 20));
        when(rounds.remedy(21L, 7L)).thenAnswer(call -> remedy(3L, null));
        when(rounds.remedyPage(eq(21L), any())).thenAnswer(call -> page(remedy(4L, "먼저 저장된 원인")));
    }

    /** A requested remedy of department 11's entry, saved at {@code version}. */
    static Remedy remedy(long version, String cause) {
        RoundEntry entry = RoundEntryControllerTest.entry(version);
        Remedy remedy = mock(Remedy.class);
        when(remedy.getId()).thenReturn(21L);
        when(remedy.getEntry()).thenReturn(entry);
        when(remedy.getTaskId()).thenReturn(3L);
        when(remedy.getDepartmentId()).thenReturn(11L);
        when(remedy.getVersion()).thenReturn(version);
        when(remedy.getState()).thenReturn(RemedyState.SUBMITTED);
        when(remedy.getCause()).thenReturn(cause);
        return remedy;
    }

    static CheckRoundQueries.RemedyPage page(Remedy remedy) {
        return new CheckRoundQueries.RemedyPage(remedy, List.of(), true, true, List.of(), false, List.of());
    }

    @Test
    void badInputAnswers400WithEveryMessageBesideItsFieldAndSavesNothing() throws Exception {
        mvc.perform(post(REMEDY).with(csrf()).with(SignedIn.as(RoundEntryControllerTest.OFFICER)).param("version", "3")
                        .param("action", "submit").param("dueDate", "2021-07-01")
                        .param("lines[0].milestoneId", "30").param("lines[0].newStart", "2021-09")
                        .param("lines[0].newEnd", "2021-08"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("제출하려면 원인분석을 적으세요.")))
                .andExpect(content().string(containsString("제출하려면 개선대책을 적으세요.")))
                .andExpect(content().string(containsString("이행 기한은 오늘 이후여야 합니다.")))
                .andExpect(content().string(containsString("종료 월은 시작 월보다 빠를 수 없습니다.")));
        verify(commands, never()).save(any(), any(), anyBoolean(), any());
    }

    @Test
    void anotherDepartmentIsRefusedWith403EvenWithBadInput() throws Exception {
        mvc.perform(post(REMEDY).with(csrf()).with(SignedIn.as(RoundEntryControllerTest.OTHER_OFFICER))
                        .param("version", "3").param("action", "submit"))
                .andExpect(status().isForbidden());
        verify(commands, never()).save(any(), any(), anyBoolean(), any());
    }

    @Test
    void aStaleSaveAnswers409WithBothVersionsAndTheCurrentVersion() throws Exception {
        when(rounds.remedy(21L, 7L)).thenAnswer(call -> remedy(4L, "먼저 저장된 원인"));
        doThrow(new StaleEditException("개선대책", 21L)).when(commands).save(eq(21L), any(), eq(false), any());
        mvc.perform(post(REMEDY).with(csrf()).with(SignedIn.as(RoundEntryControllerTest.OFFICER)).param("version", "3")
                        .param("cause", "둘째 원인"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("다른 사용자가 먼저 저장했습니다")))
                .andExpect(content().string(containsString("먼저 저장된 원인")))
                .andExpect(content().string(containsString("둘째 원인")))
                .andExpect(content().string(containsString("name=\"version\" value=\"4\"")));
    }

    @Test
    void aSubmissionRedirectsWithItsWord() throws Exception {
        mvc.perform(post(REMEDY).with(csrf()).with(SignedIn.as(RoundEntryControllerTest.OFFICER)).param("version", "3")
                        .param("action", "submit").param("cause", " 인쇄 지연 ").param("measures", "하반기 발간")
                        .param("dueDate", "2021-09-30").param("lines[0].milestoneId", "30")
                        .param("lines[0].currentStart", "2021-05").param("lines[0].currentEnd", "2021-06")
                        .param("lines[0].newStart", "2021-08").param("lines[0].newEnd", "2021-09"))
                .andExpect(redirectedUrl(REMEDY))
                .andExpect(flash().attribute("saved", "개선대책을 제출했습니다. 기획부서가 검토합니다."));
        verify(commands).save(eq(21L), eq(new RemedyCommands.Proposal("인쇄 지연", "하반기 발간", LocalDate.of(2021, 9, 30),
                List.of(new RemedyCommands.Revision(30L, YearMonth.of(2021, 8), YearMonth.of(2021, 9))), 3L)),
                eq(true), any());
    }

    @Test
    void aReturnWithoutACommentAnswers400AndAnOfficerGets403() throws Exception {
        mvc.perform(post(REMEDY + "/decision").with(csrf()).with(SignedIn.as(RoundEntryControllerTest.ADMIN))
                        .param("version", "3").param("accept", "false").param("comment", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("보완을 요청할 때는 의견을 적어야 합니다.")));
        mvc.perform(post(REMEDY + "/decision").with(csrf()).with(SignedIn.as(RoundEntryControllerTest.OFFICER))
                        .param("version", "3").param("accept", "true"))
                .andExpect(status().isForbidden());
        verify(commands, never()).decide(any(), any(), any());
    }

    @Test
    void aStaleDecisionGoesBackToThePageWithAWord() throws Exception {
        when(commands.decide(eq(21L), any(), any())).thenReturn(StepOutcome.STALE);
        mvc.perform(post(REMEDY + "/decision").with(csrf()).with(SignedIn.as(RoundEntryControllerTest.ADMIN))
                        .param("version", "3").param("accept", "true"))
                .andExpect(redirectedUrl(REMEDY))
                .andExpect(flash().attribute("error", "그 사이 부서가 개선대책을 고쳤습니다. 현재 내용을 확인한 뒤 다시 결정하세요."));
    }

    @Test
    void anAcceptanceRedirectsWithItsWord() throws Exception {
        when(commands.decide(eq(21L), any(), any())).thenReturn(StepOutcome.DONE);
        mvc.perform(post(REMEDY + "/decision").with(csrf()).with(SignedIn.as(RoundEntryControllerTest.ADMIN))
                        .param("version", "3").param("accept", "true"))
                .andExpect(redirectedUrl(REMEDY))
                .andExpect(flash().attribute("saved", "개선대책을 수용했습니다. 조정한 일정이 과제에 반영되었습니다."));
        verify(commands).decide(eq(21L), eq(new RemedyCommands.Decision(true, null, 3L)), any());
    }
}
