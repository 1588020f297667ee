package kr.innotrack.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kr.innotrack.checkround.Rating;
import kr.innotrack.checkround.RemedyState;
import kr.innotrack.checkround.SignalCalculator;
import kr.innotrack.plan.KpiDirection;
import kr.innotrack.plan.MilestoneStatus;
import kr.innotrack.plan.ParsedSchedule;
import kr.innotrack.plan.ScheduleParser;
import kr.innotrack.scoring.ScoreCalculator.DepartmentScore;
import kr.innotrack.scoring.ScoreCalculator.KpiFact;
import kr.innotrack.scoring.ScoreCalculator.MilestoneFact;
import kr.innotrack.scoring.ScoreCalculator.RoundFact;
import kr.innotrack.scoring.ScoreCalculator.TaskFacts;
import kr.innotrack.scoring.ScoreCalculator.Weights;
import kr.innotrack.support.AppMessages;
import org.junit.jupiter.api.Test;

/** The calculator with hand-computed expectations (docs/scoring.md shows the same examples). */
class ScoreCalculatorTest {

    private static final LocalDate YEAR_END = LocalDate.of(2021, 12, 31);
    private static final double EPS = 1e-9;

    private static MilestoneFact milestone(String schedule, MilestoneStatus status, LocalDate completed) {
        ParsedSchedule p = ScheduleParser.parse(schedule, 2021);
        return new MilestoneFact(new SignalCalculator.MilestoneFact(schedule, schedule, p.start(), p.end(), p.months(),
                p.recurrence(), status), completed);
    }

    private static KpiFact kpi(String name, String baseline, String target, String actual) {
        return new KpiFact(name, "", baseline == null ? null : new BigDecimal(baseline), new BigDecimal(target),
                KpiDirection.INCREASE, actual == null ? null : new BigDecimal(actual));
    }

    private static Weights weights(int milestone, int kpi, int rating, int timeliness, int remedy, int contest,
                                   int collaboration, int share) {
        Map<Component, Integer> w = new EnumMap<>(Component.class);
        w.put(Component.MILESTONE, milestone);
        w.put(Component.KPI, kpi);
        w.put(Component.RATING, rating);
        w.put(Component.TIMELINESS, timeliness);
        w.put(Component.REMEDY, remedy);
        w.put(Component.CONTEST, contest);
        w.put(Component.COLLABORATION, collaboration);
        return new Weights(w, share, 100, 30, 70);
    }

    private static final Weights SAMCHEOK = weights(30, 20, 15, 10, 5, 20, 0, 30);

    // ------------------------------------------------------------------ one worked example per component

    @Test
    void milestonesCountOccurrencesAndHalfForLateCompletion() {
        // 6~7월 done 7/20 (on time) = 1; 4월 done 5/10 (late) = 0.5; 분기별 1회 in progress = 4 of 4; 수시 = not due.
        var v = ScoreCalculator.milestones(List.of(
                milestone("2021. 6~7월", MilestoneStatus.DONE, LocalDate.of(2021, 7, 20)),
                milestone("2021. 4월", MilestoneStatus.DONE, LocalDate.of(2021, 5, 10)),
                milestone("분기별 1회", MilestoneStatus.IN_PROGRESS, null),
                milestone("수시", MilestoneStatus.PLANNED, null)), YEAR_END, 2021);
        assertThat(v.measured()).isTrue();
        assertThat(v.value()).isCloseTo(100 * 5.5 / 6, within(EPS)); // 91.67
        assertThat(AppMessages.messages().get(v.why())).contains("예정 6건 중 5.5건 완료").contains("기한 후 완료 1건");
    }

    @Test
    void kpisAreAveragedCappedAndMissingValuesCountZero() {
        // 80 → 100, actual 95: 75%. Target 8, actual 10: 125% capped to 100. No value: 0. Average 58.33.
        var v = ScoreCalculator.kpis(List.of(kpi("마을공동체 지원사업 참여율", "80", "100", "95"),
                kpi("찾아가는 민원행복의 날 운영", null, "8", "10"), kpi("중·장년층 식사 지원", "0", "50", null)), 100);
        assertThat(v.value()).isCloseTo(175.0 / 3, within(EPS));
        var capped120 = ScoreCalculator.kpis(List.of(kpi("운영", null, "8", "10")), 120);
        assertThat(capped120.value()).isCloseTo(120, within(EPS));
        assertThat(ScoreCalculator.kpis(List.of(), 100).measured()).isFalse();
    }

    @Test
    void ratingsTimelinessAndRemedies() {
        List<RoundFact> rounds = List.of(new RoundFact("2분기", Rating.POOR, true, false),
                new RoundFact("3분기", Rating.NORMAL, true, true), new RoundFact("4분기", Rating.EXCELLENT, false, false));
        // 부진 20, 정상 80, 우수 100 → 66.67
        assertThat(ScoreCalculator.ratings(rounds).value()).isCloseTo(200.0 / 3, within(EPS));
        // on time 100, late 50, not submitted 0 → 50
        assertThat(ScoreCalculator.timeliness(rounds).value()).isCloseTo(50, within(EPS));
        // accepted 100, submitted 50, withdrawn left out → 75
        assertThat(ScoreCalculator.remedies(List.of(RemedyState.ACCEPTED, RemedyState.SUBMITTED, RemedyState.WITHDRAWN))
                .value()).isCloseTo(75, within(EPS));
        assertThat(ScoreCalculator.remedies(List.of(RemedyState.WITHDRAWN)).measured()).isFalse();
    }

    @Test
    void contestCombinesPanelAndVotesOnlyAfterTheVoteCloses() {
        TaskFacts t = task(1L, 10L, List.of(), List.of(), List.of(), 80.0, 14, Map.of());
        // panel 80 × 30% + votes 14 of the most 20 = 70 × 70% → 24 + 49 = 73
        assertThat(ScoreCalculator.contest(t, SAMCHEOK, true, 20).value()).isCloseTo(73, within(EPS));
        assertThat(ScoreCalculator.contest(t, SAMCHEOK, false, 20).measured()).isFalse();
    }

    @Test
    void aComponentWithoutDataInTheDepartmentTakesItsOwnAverageAndIsFlaggedFilled() {
        // Issue 13 (filled values must not win): one task with milestones 100 and a rating of 40 (부진 20 and 우수 100
        // would do the same): every other component is filled with the department's own weighted average
        // (30×100 + 15×40) / 45 = 80, flagged as filled, and the score is that same 80: a filled value cannot lift it.
        TaskFacts t = task(1L, 1L, List.of(), List.of(milestone("2021. 3월", MilestoneStatus.DONE, LocalDate.of(2021, 3, 1))),
                List.of(), null, 0, Map.of());
        TaskFacts rated = new TaskFacts(1L, "T1", "과제 1", 1L, List.of(), t.milestones(), List.of(),
                List.of(new RoundFact("2분기", Rating.INSUFFICIENT, true, false), new RoundFact("3분기", Rating.POOR, true, false),
                        new RoundFact("4분기", Rating.INSUFFICIENT, true, false)), List.of(), null, 0, Map.of());
        // ratings 50, 20, 50 → 40; timeliness 100 (all on time) → measured too: (30×100 + 15×40 + 10×100) / 55
        DepartmentScore d = ScoreCalculator.rank(List.of(rated), Map.of(1L, "가과"), SAMCHEOK, YEAR_END, 2021, false)
                .ranked().get(0);
        double expected = (30 * 100 + 15 * 40 + 10 * 100) / 55.0;
        assertThat(d.score()).isCloseTo(expected, within(EPS));
        assertThat(d.isFilled(Component.KPI)).isTrue();
        assertThat(d.values().get(Component.KPI)).isCloseTo(expected, within(EPS));
        assertThat(d.isFilled(Component.MILESTONE)).isFalse();
        assertThat(d.isFilled(Component.RATING)).isFalse();
    }

    // ------------------------------------------------------------------ a department over three tasks

    private static TaskFacts task(Long id, Long lead, List<Long> collaborators, List<MilestoneFact> milestones,
                                  List<KpiFact> kpis, Double panel, int votes, Map<Long, BigDecimal> collaboration) {
        return new TaskFacts(id, "T" + id, "과제 " + id, lead, collaborators, milestones, kpis, List.of(), List.of(),
                panel, votes, collaboration);
    }

    @Test
    void departmentsOverThreeTasksWithACollaborator() {
        Weights w = weights(50, 30, 0, 0, 0, 0, 20, 40);
        // T1, lead A (1), collaborator B (2): milestones 1 of 2 = 50; KPI 0 → 10, actual 8 = 80; panel 90; A rates B 70.
        TaskFacts t1 = task(1L, 1L, List.of(2L), List.of(
                        milestone("2021. 3월", MilestoneStatus.DONE, LocalDate.of(2021, 3, 20)),
                        milestone("2021. 5월", MilestoneStatus.PLANNED, null)),
                List.of(kpi("참여자", "0", "10", "8")), 90.0, 0, Map.of(2L, new BigDecimal("70")));
        // T2, lead A: one milestone done on time = 100; nothing else measured → every part 100.
        TaskFacts t2 = task(2L, 1L, List.of(), List.of(milestone("2021. 6월", MilestoneStatus.DONE, LocalDate.of(2021, 6, 30))),
                List.of(), null, 0, Map.of());
        // T3, lead B: milestone not done = 0; KPI 15 of 20 = 75; panel 60 → 0×.5 + 75×.3 + 60×.2 = 34.5.
        TaskFacts t3 = task(3L, 2L, List.of(), List.of(milestone("2021. 9월", MilestoneStatus.PLANNED, null)),
                List.of(kpi("건수", null, "20", "15")), 60.0, 0, Map.of());

        ScoreCalculator.Result result = ScoreCalculator.rank(List.of(t1, t2, t3),
                Map.of(1L, "가과", 2L, "나과", 3L, "과제 없는 과"), w, YEAR_END, 2021, false);
        List<DepartmentScore> ranking = result.ranked();

        assertThat(ranking).extracting(DepartmentScore::name).containsExactly("가과", "나과"); // 과제 없는 과: not ranked
        DepartmentScore a = ranking.get(0);
        // Issue 13 changed this example: a component counts only the tasks that have data for it. T2 has milestones
        // only, so A's KPI and collaboration come from T1 alone (before, T2's own milestone value filled them with 100).
        // A: M (50 + 100) / 2 = 75, K 80, C 90 → 37.5 + 24 + 18 = 79.5. Coverage: it has data for every weighted component.
        assertThat(a.values().get(Component.MILESTONE)).isCloseTo(75, within(EPS));
        assertThat(a.values().get(Component.KPI)).isCloseTo(80, within(EPS));
        assertThat(a.values().get(Component.COLLABORATION)).isCloseTo(90, within(EPS));
        assertThat(a.score()).isCloseTo(79.5, within(EPS));
        assertThat(a.filled()).doesNotContain(Component.MILESTONE, Component.KPI, Component.COLLABORATION);
        assertThat(a.coverage()).isCloseTo(1.0, within(EPS));
        assertThat(a.parts()).extracting(ScoreCalculator.TaskPart::score).containsExactly(67.0, 100.0);

        DepartmentScore b = ranking.get(1);
        // B: T3 (share 1) = 34.5; T1 as collaborator (share 0.4): 25 + 24 + 70×.2 = 63 — every component measured.
        // M = (0 + .4×50)/1.4, K = (75 + .4×80)/1.4, C = (60 + .4×70)/1.4; score = (34.5 + .4×63)/1.4 = 42.642857…
        assertThat(b.values().get(Component.MILESTONE)).isCloseTo(20 / 1.4, within(EPS));
        assertThat(b.values().get(Component.KPI)).isCloseTo(107 / 1.4, within(EPS));
        assertThat(b.values().get(Component.COLLABORATION)).isCloseTo(88 / 1.4, within(EPS));
        assertThat(b.score()).isCloseTo(59.7 / 1.4, within(EPS));
        assertThat(b.leadTasks()).isEqualTo(1);
        assertThat(b.taskCount()).isEqualTo(2);
        assertThat(b.coverage()).isCloseTo(1.0, within(EPS));
        // The score is exactly the weighted sum of the components as shown.
        for (DepartmentScore d : ranking) {
            double sum = 0;
            for (Component c : Component.values()) {
                sum += w.weight(c) * d.values().get(c);
            }
            assertThat(d.score()).isCloseTo(sum, within(EPS));
        }
        // With a collaborator share of 0, B is judged on its own task only.
        List<DepartmentScore> leadOnly = ScoreCalculator.rank(List.of(t1, t2, t3), Map.of(1L, "가과", 2L, "나과"),
                weights(50, 30, 0, 0, 0, 0, 20, 0), YEAR_END, 2021, false).ranked();
        assertThat(leadOnly.get(1).score()).isCloseTo(34.5, within(EPS));

        // The coverage rule: 다과 (4) leads a task with milestones only: 50% of the weights (M 50 of M 50 + K 30 + C 20)
        // have its data. It is ranked at the default 50% (first, at 100) but listed apart when the model asks for 80%.
        TaskFacts t4 = task(4L, 4L, List.of(), List.of(milestone("2021. 6월", MilestoneStatus.DONE, LocalDate.of(2021, 6, 1))),
                List.of(), null, 0, Map.of());
        Map<Long, String> four = Map.of(1L, "가과", 2L, "나과", 4L, "다과");
        ScoreCalculator.Result half = ScoreCalculator.rank(List.of(t1, t2, t3, t4), four,
                new Weights(w.percent(), 40, 100, 30, 70, 50, true), YEAR_END, 2021, false);
        DepartmentScore c = half.ranked().get(0);
        assertThat(c.name()).isEqualTo("다과");
        assertThat(c.coverage()).isCloseTo(0.5, within(EPS));
        assertThat(c.filled()).contains(Component.KPI, Component.COLLABORATION);
        ScoreCalculator.Result ruled = ScoreCalculator.rank(List.of(t1, t2, t3, t4), four,
                new Weights(w.percent(), 40, 100, 30, 70, 80, true), YEAR_END, 2021, false);
        assertThat(ruled.ranked()).extracting(DepartmentScore::name).containsExactly("가과", "나과");
        assertThat(ruled.ranked()).extracting(DepartmentScore::rank).containsExactly(1, 2);
        assertThat(ruled.insufficient()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("다과");
            assertThat(d.standing()).isEqualTo(ScoreCalculator.Standing.LOW_COVERAGE);
            assertThat(d.rank()).isZero();
        });
    }

    @Test
    void aDepartmentThatOnlyCollaboratesIsNotRankedUnlessTheModelSaysSo() {
        // Jung-gu ⑱: lead 여성가족과 (1) has no schedule; its collaborator 건강관리과 (2) got 85 from the lead department.
        Weights jungGu = new Weights(Map.of(Component.MILESTONE, 20, Component.KPI, 20, Component.COLLABORATION, 60),
                100, 100, 30, 70, 50, true);
        TaskFacts birth = task(18L, 1L, List.of(2L), List.of(), List.of(), null, 0, Map.of(2L, new BigDecimal("85")));
        TaskFacts other = task(19L, 3L, List.of(), List.of(milestone("2016. 3월", MilestoneStatus.PLANNED, null)),
                List.of(), 40.0, 0, Map.of());
        ScoreCalculator.Result result = ScoreCalculator.rank(List.of(birth, other), Map.of(1L, "여성가족과", 2L, "건강관리과",
                3L, "전산정보과"), jungGu, LocalDate.of(2016, 10, 31), 2016, false);
        assertThat(result.ranked()).extracting(DepartmentScore::name).doesNotContain("건강관리과");
        DepartmentScore health = result.insufficient().stream().filter(d -> d.name().equals("건강관리과")).findFirst().orElseThrow();
        assertThat(health.standing()).isEqualTo(ScoreCalculator.Standing.NO_LEAD_TASK);
        // No schedule: its milestone value is filled (flagged), never shown as 「추진일정 적기 완료 85.0」 of real data.
        assertThat(health.isFilled(Component.MILESTONE)).isTrue();
        assertThat(health.parts().get(0).values().get(Component.MILESTONE).measured()).isFalse();
        // The lead department has no data but its (absent) panel score: not ranked either.
        assertThat(result.insufficient()).extracting(DepartmentScore::name).contains("여성가족과");
        // A model that lets collaborators rank on their own: 건강관리과 is ranked, on its real data only.
        Weights lenient = new Weights(jungGu.percent(), 100, 100, 30, 70, 0, false);
        DepartmentScore ranked = ScoreCalculator.rank(List.of(birth, other), Map.of(1L, "여성가족과", 2L, "건강관리과",
                3L, "전산정보과"), lenient, LocalDate.of(2016, 10, 31), 2016, false).ranked().stream()
                .filter(d -> d.name().equals("건강관리과")).findFirst().orElseThrow();
        assertThat(ranked.score()).isCloseTo(85, within(EPS));
        assertThat(ranked.coverage()).as("collaboration only, of milestone 20 + collaboration 60 evaluable")
                .isCloseTo(60 / 80.0, within(EPS));
    }

    @Test
    void tiesGoToMoreLeadTasksThenMilestonesThenName() {
        Weights w = weights(100, 0, 0, 0, 0, 0, 0, 100);
        TaskFacts done = task(1L, 1L, List.of(), List.of(milestone("2021. 3월", MilestoneStatus.DONE, LocalDate.of(2021, 3, 1))),
                List.of(), null, 0, Map.of());
        TaskFacts done2 = task(2L, 1L, List.of(), List.of(milestone("2021. 4월", MilestoneStatus.DONE, LocalDate.of(2021, 4, 1))),
                List.of(), null, 0, Map.of());
        TaskFacts done3 = task(3L, 2L, List.of(), List.of(milestone("2021. 5월", MilestoneStatus.DONE, LocalDate.of(2021, 5, 1))),
                List.of(), null, 0, Map.of());
        TaskFacts done4 = task(4L, 3L, List.of(), List.of(milestone("2021. 6월", MilestoneStatus.DONE, LocalDate.of(2021, 6, 1))),
                List.of(), null, 0, Map.of());
        // All score 100: 다과 leads two tasks and comes first; 가과 and 나과 lead one each and go by name.
        List<DepartmentScore> ranking = ScoreCalculator.rank(List.of(done, done2, done3, done4),
                Map.of(1L, "다과", 2L, "나과", 3L, "가과"), w, YEAR_END, 2021, false).ranked();
        assertThat(ranking).extracting(DepartmentScore::name).containsExactly("다과", "가과", "나과");
        assertThat(ranking).extracting(DepartmentScore::rank).containsExactly(1, 2, 3);
    }
}
