package kr.innotrack.checkround;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kr.innotrack.plan.Plan;
import kr.innotrack.plan.TaskScheduling;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Role;
import kr.innotrack.shared.StaleEditException;
import kr.innotrack.support.SignedIn;
import kr.innotrack.support.SliceFixtures;
import kr.innotrack.support.WebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The check-round settings controller on its own: bad input, a stale save and a viewer, with the services mocked. */
@WebMvcTest(CheckSettingsController.class)
@WebSlice
class CheckroundControllersTest {

    private static final CurrentUser ADMIN = new CurrentUser(1L, "samcheok.admin", "기획 관리자", 7L, null, Role.PLANNING_ADMIN);
    private static final CurrentUser VIEWER = new CurrentUser(3L, "samcheok.viewer", "열람 전용", 7L, null, Role.VIEWER);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CheckRoundQueries rounds;

    @MockitoBean
    SignalRuleCommands commands;

    @MockitoBean
    TaskScheduling taskEditing;

    @BeforeEach
    void plan() {
        Plan plan = SliceFixtures.samcheokPlan();
        when(rounds.plan(1L, 7L)).thenReturn(plan);
        when(rounds.rulesVersion(1L)).thenReturn(4L);
        when(rounds.rules(1L)).thenReturn(SignalRules.DEFAULTS);
        when(rounds.deadlineDays(1L)).thenReturn(10);
    }

    private static MockHttpServletRequestBuilder rules(String milestoneRed) {
        return post("/plans/1/signal-rules").with(csrf()).param("version", "3").param("milestoneGreen", "50")
                .param("milestoneRed", milestoneRed).param("kpiGreen", "90").param("kpiRed", "60")
                .param("progressGreen", "90").param("progressRed", "60").param("deadlineDays", "10");
    }

    @Test
    void badInputAnswers400WithTheMessageBesideTheFieldAndSavesNothing() throws Exception {
        mvc.perform(rules("80").with(SignedIn.as(ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("주의 기준은 정상 기준보다 클 수 없습니다.")));
        verify(commands, never()).save(any(), any(), any());
    }

    @Test
    void aStaleSaveAnswers409WithTheConflictNoticeAndTheCurrentVersion() throws Exception {
        doThrow(new StaleEditException("판정 기준", 1L)).when(commands).save(eq(1L), any(), any());
        mvc.perform(rules("40").with(SignedIn.as(ADMIN)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("다른 관리자가 먼저 기준을 바꿨습니다.")))
                .andExpect(content().string(containsString("name=\"version\" value=\"4\"")));
    }

    @Test
    void aViewerIsRefusedWith403() throws Exception {
        mvc.perform(get("/plans/1/focus-tasks").with(SignedIn.as(VIEWER)))
                .andExpect(status().isForbidden());
        mvc.perform(rules("40").with(SignedIn.as(VIEWER)))
                .andExpect(status().isForbidden());
        verify(commands, never()).save(any(), any(), any());
    }
}
