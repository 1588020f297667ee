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
import java.util.Set;
import kr.innotrack.plan.Plan;
import kr.innotrack.plan.Task;
import kr.innotrack.shared.StaleEditException;
import kr.innotrack.support.SignedIn;
import kr.innotrack.support.WebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Setting up, moving and deleting a round on their own: bad input, stale saves and steps, success, services mocked. */
@WebMvcTest(CheckRoundController.class)
@WebSlice
class CheckRoundControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CheckRoundQueries rounds;

    @MockitoBean
    RoundCommands commands;

    private CheckRound round;

    @BeforeEach
    void round() {
        round = RoundEntryControllerTest.entry(4L).getRound();
        when(round.getVersion()).thenReturn(4L);
        when(round.getQuarter()).thenReturn(2);
        when(round.getScope()).thenReturn(RoundScope.ALL);
        when(round.getState()).thenReturn(RoundState.PREPARING);
        Plan plan = round.getPlan();
        when(rounds.plan(1L, 7L)).thenReturn(plan);
        when(rounds.round(5L, 7L)).thenReturn(round);
        when(rounds.view(5L, 7L)).thenReturn(new RoundViews.Round(round, List.of(), List.of(), List.of(), 0, 0, 0));
        when(rounds.today()).thenReturn(LocalDate.of(2021, 6, 1));
        when(rounds.deadlineDays(1L)).thenReturn(10);
        when(rounds.coveredTasks(eq(1L), eq(RoundScope.ALL), any())).thenReturn(List.of(mock(Task.class)));
    }

    private static MockHttpServletRequestBuilder setup(String path, String referenceDate, String deadline, String scope) {
        return post(path).with(csrf()).with(SignedIn.as(RoundEntryControllerTest.ADMIN)).param("version", "3")
                .param("period", "Q2").param("referenceDate", referenceDate).param("deadline", deadline)
                .param("scope", scope);
    }

    @Test
    void badInputAnswers400WithEveryMessageBesideItsFieldAndSavesNothing() throws Exception {
        mvc.perform(setup("/plans/1/rounds", "2021-09-30", "2021-09-01", "FOCUS"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("기준일이 고른 점검 구분(2분기: 2021-04-01 ~ 2021-06-30) 밖에 있습니다.")))
                .andExpect(content().string(containsString("제출 기한은 기준일(2021-09-30) 이후여야 합니다.")))
                .andExpect(content().string(containsString("선정된 중점과제가 없습니다.")));
        verify(commands, never()).create(any(), any(), any());
    }

    @Test
    void aNewRoundRedirectsToItWithItsWords() throws Exception {
        CheckRound made = mock(CheckRound.class);
        when(made.getId()).thenReturn(6L);
        when(made.getDeadline()).thenReturn(LocalDate.of(2021, 7, 10));
        when(commands.create(eq(1L), any(), any())).thenReturn(made);
        mvc.perform(setup("/plans/1/rounds", "2021-06-30", "2021-07-10", "ALL"))
                .andExpect(redirectedUrl("/rounds/6"))
                .andExpect(flash().attribute("saved",
                        "점검을 등록했습니다. 대상 과제를 확인한 뒤 ‘제출’ 단계로 넘기면 부서에 알림이 갑니다."));
        verify(commands).create(eq(1L), eq(new RoundCommands.Setup(2021, 2, false, "2021년 2분기 추진상황 점검",
                LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 10), RoundScope.ALL, Set.of(), 3L)), any());
    }

    @Test
    void aStaleSettingAnswers409WithTheConflictAndTheCurrentVersion() throws Exception {
        doThrow(new StaleEditException("점검", 5L)).when(commands).update(eq(5L), any(), any());
        mvc.perform(setup("/rounds/5/edit", "2021-06-30", "2021-07-10", "ALL").param("title", "내 제목"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("다른 사용자가 먼저 저장했습니다")))
                .andExpect(content().string(containsString("내 제목")))
                .andExpect(content().string(containsString("name=\"version\" value=\"4\"")));
    }

    @Test
    void aStaleMoveGoesBackToTheRoundWithAWord() throws Exception {
        when(commands.moveTo(eq(5L), eq(RoundState.SUBMISSION), eq(3L), anyBoolean(), any())).thenReturn(StepOutcome.STALE);
        mvc.perform(post("/rounds/5/state").with(csrf()).with(SignedIn.as(RoundEntryControllerTest.ADMIN))
                        .param("target", "SUBMISSION").param("version", "3"))
                .andExpect(redirectedUrl("/rounds/5"))
                .andExpect(flash().attribute("error",
                        "다른 사용자가 먼저 이 점검을 바꿨습니다. 현재 단계를 확인한 뒤 다시 시도하세요."));
    }

    @Test
    void aStaleDeletionGoesBackToTheRoundWithAWord() throws Exception {
        when(commands.delete(5L, 3L, true, RoundEntryControllerTest.ADMIN)).thenReturn(StepOutcome.STALE);
        mvc.perform(post("/rounds/5/delete").with(csrf()).with(SignedIn.as(RoundEntryControllerTest.ADMIN))
                        .param("version", "3").param("confirm", "true"))
                .andExpect(redirectedUrl("/rounds/5"))
                .andExpect(flash().attribute("error",
                        "다른 사용자가 먼저 이 점검을 바꿨습니다. 현재 내용을 확인한 뒤 다시 시도하세요."));
    }

    @Test
    void anOfficerIsRefusedWith403AndNothingMoves() throws Exception {
        mvc.perform(post("/rounds/5/state").with(csrf()).with(SignedIn.as(RoundEntryControllerTest.OFFICER))
                        .param("target", "SUBMISSION").param("version", "3"))
                .andExpect(status().isForbidden());
        verify(commands, never()).moveTo(any(), any(), any(), anyBoolean(), any());
    }
}
