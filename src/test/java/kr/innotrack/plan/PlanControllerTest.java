package kr.innotrack.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import kr.innotrack.history.HistoryQueries;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Role;
import kr.innotrack.support.SignedIn;
import kr.innotrack.support.SliceFixtures;
import kr.innotrack.support.WebSlice;
import kr.innotrack.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(PlanController.class)
@WebSlice
class PlanControllerTest {

    @Autowired
    MockMvc mvc;

    /** The evidence section (a mock: no panel, no files). */
    @MockitoBean
    kr.innotrack.evidence.EvidenceQueries evidence;

    /** The .xlsx downloads (a mock: the slice checks the pages). */
    @MockitoBean
    TaskSpreadsheets spreadsheets;

    @MockitoBean
    PlanQueries plans;

    @MockitoBean
    TaskQueries tasks;

    @MockitoBean
    TaskCommands editing;

    @MockitoBean
    HistoryQueries history;

    @MockitoBean
    kr.innotrack.organization.DepartmentService departments;

    private static final CurrentUser VIEWER = new CurrentUser(3L, "samcheok.viewer", "열람 전용", 7L, null, Role.VIEWER);

    @BeforeEach
    void plan() {
        Plan plan = SliceFixtures.samcheokPlan();
        when(plans.plan(1L, 7L)).thenReturn(plan);
        when(plans.nodes(1L)).thenReturn(List.of());
        when(tasks.leadDepartments(1L)).thenReturn(List.of());
        when(tasks.list(any(), any())).thenReturn(new TaskQueries.TaskList(List.of(), List.of()));
    }

    @Test
    void badFilterValuesAnswer400WithKoreanMessagesAndAreNotQueried() throws Exception {
        mvc.perform(get("/plans/1/tasks").param("dept", "abc").param("status", "DROP TABLE").param("q", "보약").with(SignedIn.as(VIEWER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("숫자로 된 값이어야 합니다")))
                .andExpect(content().string(containsString("알 수 없는 상태입니다")));
        ArgumentCaptor<TaskFilter> used = ArgumentCaptor.forClass(TaskFilter.class);
        verify(tasks).list(any(), used.capture());
        assertThat(used.getValue().getDept()).isNull();
        assertThat(used.getValue().getStatus()).isNull();
        assertThat(used.getValue().getQ()).isEqualTo("보약");
    }

    @Test
    void tooLongSearchIsRefused() throws Exception {
        mvc.perform(get("/plans/1/tasks").param("q", "가".repeat(101)).with(SignedIn.as(VIEWER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("검색어는 100자 이내로 입력하세요")));
    }

    @Test
    void emptyResultSaysSo() throws Exception {
        mvc.perform(get("/plans/1/tasks").param("q", "없는 과제").with(SignedIn.as(VIEWER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("조건에 맞는 과제가 없습니다")));
    }

    @Test
    void htmxRequestGetsOnlyTheResults() throws Exception {
        mvc.perform(get("/plans/1/tasks").header("HX-Request", "true").with(SignedIn.as(VIEWER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void anonymousIsSentToSignIn() throws Exception {
        mvc.perform(get("/plans/1/tasks"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401));
    }

    @Test
    void nonNumericIdIs400AndMissingPlanIs404() throws Exception {
        mvc.perform(get("/plans/abc").with(SignedIn.as(VIEWER))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("형식이 올바르지 않습니다")));
        when(plans.plan(9L, 7L)).thenThrow(new NotFoundException("계획", 9L));
        mvc.perform(get("/plans/9").with(SignedIn.as(VIEWER))).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("요청하신 계획을 찾을 수 없습니다")))
                .andExpect(content().string(not(containsString("Exception"))));
    }
}
