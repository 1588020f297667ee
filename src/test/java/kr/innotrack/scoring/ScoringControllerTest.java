package kr.innotrack.scoring;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.innotrack.history.HistoryQueries;
import kr.innotrack.plan.Plan;
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

/** The scoring controllers on their own: input errors, lost races, refusals and the CSV, with the services mocked. */
@WebMvcTest({ScoringController.class, RankingController.class})
@WebSlice
class ScoringControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ScoringQueries scoring;

    @MockitoBean
    ScoringCommands work;

    @MockitoBean
    HistoryQueries history;

    /** The contest page asks for the plan's 국민 투표 (issue 18): none here. */
    @MockitoBean
    kr.innotrack.publicvote.PublicVotes publicVotes;

    private static final CurrentUser ADMIN = new CurrentUser(1L, "samcheok.admin", "기획 관리자", 7L, null, Role.PLANNING_ADMIN);
    private static final CurrentUser VIEWER = new CurrentUser(3L, "samcheok.viewer", "열람 전용", 7L, null, Role.VIEWER);

    private static final ScoringSettings SETTINGS = new ScoringSettings(60, 40, 0, 0, 0, 0, 0, 30, 100, 30, 70, 3, null,
            50, true, java.math.BigDecimal.ZERO, true);

    @BeforeEach
    void plan() {
        Plan plan = SliceFixtures.samcheokPlan();
        when(scoring.plan(1L, 7L)).thenReturn(plan);
        when(scoring.model(1L)).thenReturn(new ScoringQueries.ModelView(3, SETTINGS, SETTINGS.weights()));
        when(scoring.modelHistory(1L)).thenReturn(List.of());
        when(scoring.modelPage(eq(1L), any())).thenAnswer(call -> new ScoringQueries.ModelPage(plan,
                scoring.model(1L), List.of(), ((CurrentUser) call.getArgument(1)).admin()));
    }

    /** The model form with every value valid (60/40 weights, the defaults otherwise), based on version 2. */
    private static MockHttpServletRequestBuilder saveModel() {
        return saveModel("100");
    }

    private static MockHttpServletRequestBuilder saveModel(String kpiCap) {
        return post("/plans/1/scoring-model").with(csrf()).param("basedOn", "2").param("milestone", "60")
                .param("kpi", "40").param("rating", "0").param("timeliness", "0").param("remedy", "0")
                .param("contest", "0").param("collaboration", "0").param("collaboratorShare", "30")
                .param("kpiCap", kpiCap).param("panelWeight", "30").param("voteWeight", "70")
                .param("votesPerAccount", "3").param("minCoverage", "50").param("requireLeadTask", "true")
                .param("minAwardScore", "0").param("excludeOwnVotes", "true");
    }

    @Test
    void badInputAnswers400WithTheMessageBesideTheField() throws Exception {
        mvc.perform(saveModel("500").with(SignedIn.as(ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("100부터 200 사이")));
        verify(work, never()).saveModel(any(), any(), anyInt(), any());
    }

    @Test
    void aModelSavedMeanwhileAnswers409AndKeepsTheInput() throws Exception {
        when(work.saveModel(eq(1L), any(), eq(2), any())).thenThrow(new StaleEditException("평가 모델", 1L));
        mvc.perform(saveModel().with(SignedIn.as(ADMIN)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("다른 관리자가 먼저 모델을 저장했습니다")))
                .andExpect(content().string(containsString("name=\"basedOn\" value=\"3\"")));
    }

    @Test
    void aStaleAnswerToAnObjectionAnswers409OnTheDepartmentsPage() throws Exception {
        objectionAnsweredMeanwhile();
        mvc.perform(answer().with(SignedIn.as(ADMIN)))
                .andExpect(status().isConflict())
                // the department's page again (not the global 409 page), where the office answers objections
                .andExpect(content().string(containsString("id=\"objections\"")));
    }

    @Test
    void theSavedStateOfAnObjectionIsNotTakenFromTheRequest() throws Exception {
        objectionAnsweredMeanwhile();
        mvc.perform(answer().param("state", "").with(SignedIn.as(ADMIN)))
                .andExpect(status().isConflict())
                // a blank 'state' once reached the conflict view as null (500, found by the fuzz suite)
                .andExpect(content().string(containsString("id=\"objections\"")));
    }

    /** Objection 5 of department 11, answered by someone else since version 3 was read. */
    private void objectionAnsweredMeanwhile() {
        ScoreObjection objection = mock(ScoreObjection.class);
        when(objection.getId()).thenReturn(5L);
        when(objection.getDepartmentId()).thenReturn(11L);
        when(objection.getVersion()).thenReturn(4L);
        when(objection.getState()).thenReturn(ScoreObjection.State.ANSWERED);
        when(objection.getAnswerText()).thenReturn("먼저 쓴 답변");
        when(scoring.objection(1L, 5L)).thenReturn(objection);
        ScoringQueries.Ranking ranking = ranking();
        when(scoring.ranking(1L, 7L)).thenReturn(ranking);
        when(scoring.publication(1L)).thenReturn(java.util.Optional.empty());
        when(scoring.objectionsOf(1L, 11L)).thenReturn(List.of());
        when(scoring.award(1L)).thenReturn(java.util.Optional.empty());
        org.mockito.Mockito.doThrow(new StaleEditException("이의 신청", 5L)).when(work)
                .answer(eq(1L), eq(5L), any(), any(), any(), any());
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder answer() {
        return post("/plans/1/objections/5/answer").with(csrf()).param("version", "3").param("outcome", "REJECTED")
                .param("answer", "늦은 답변");
    }

    @Test
    void aNonAdminIsRefusedTheModel() throws Exception {
        mvc.perform(saveModel().with(SignedIn.as(VIEWER)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("기획부서 관리자만 할 수 있습니다")));
        verify(work, never()).saveModel(any(), any(), anyInt(), any());
    }

    private static ScoringQueries.Ranking ranking() {
        ScoreCalculator.DepartmentScore d = new ScoreCalculator.DepartmentScore(11L, "가과", 68, Map.of(
                Component.MILESTONE, 80.0, Component.KPI, 50.0), Set.of(), 1.0, List.of(), 1, 1,
                ScoreCalculator.Standing.RANKED);
        Plan plan = SliceFixtures.samcheokPlan();
        return new ScoringQueries.Ranking(plan, new ScoringQueries.ModelView(3, SETTINGS, SETTINGS.weights()),
                LocalDate.of(2021, 12, 31), false, List.of(d), List.of(), EnumSet.of(Component.MILESTONE, Component.KPI),
                false);
    }

    @Test
    void rankingCsvStartsWithItsHeader() throws Exception {
        ScoringQueries.Ranking ranking = ranking();
        when(scoring.ranking(1L, 7L)).thenReturn(ranking);
        mvc.perform(get("/plans/1/ranking.csv").with(SignedIn.as(VIEWER)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(containsString(
                        "순위,부서,점수,과제 수,자료 반영률(%),구분,추진일정 적기 완료 (60%),추진일정 적기 완료 자료,성과지표 달성 (40%),성과지표 달성 자료\r\n")))
                .andExpect(content().string(containsString("1,가과,68.000,0,100,순위,80.000,실측,50.000,실측\r\n")));
    }
}
