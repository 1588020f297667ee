package kr.innotrack.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kr.innotrack.scoring.ScoreCalculator.DepartmentScore;
import kr.innotrack.scoring.ScoreCalculator.TaskFacts;
import kr.innotrack.scoring.ScoreCalculator.Weights;
import org.junit.jupiter.api.Test;

/**
 * The contest's third part, 국민 투표 (issue 18): weighed 0 it changes nothing; weighed, a closed public vote's share
 * joins the panel and the staff vote; a public vote that has not closed (no counts) is left out.
 */
class ContestPublicVoteTest {

    private static final double EPS = 1e-9;
    private static final LocalDate YEAR_END = LocalDate.of(2021, 12, 31);

    private static Weights weights(int panel, int vote, int publicWeight) {
        Map<Component, Integer> w = new EnumMap<>(Component.class);
        for (Component c : Component.values()) {
            w.put(c, 0);
        }
        w.put(Component.CONTEST, 100);
        return new Weights(w, 30, 100, panel, vote, 0, false, publicWeight);
    }

    private static TaskFacts task(long id, long department, double panel, int votes, Integer publicVotes) {
        return new TaskFacts(id, "T" + id, "과제 " + id, department, List.of(), List.of(), List.of(), List.of(),
                List.of(), panel, votes, Map.of(), true, publicVotes);
    }

    @Test
    void weighedZeroTheContestIsWhatItWasWithOrWithoutAPublicVote() {
        Weights samcheok = weights(30, 70, 0);
        TaskFacts plain = task(1, 1, 80.0, 14, null);
        TaskFacts counted = task(1, 1, 80.0, 14, 500);
        // 80 × 30% + 14 of 20 = 70 × 70% = 73, as before issue 18
        assertThat(ScoreCalculator.contest(plain, samcheok, true, 20, 0).value()).isCloseTo(73, within(EPS));
        assertThat(ScoreCalculator.contest(counted, samcheok, true, 20, 900).value()).isCloseTo(73, within(EPS));
        assertThat(ScoreCalculator.contest(plain, samcheok, true, 20).value()).isCloseTo(73, within(EPS));

        List<TaskFacts> without = List.of(task(1, 1, 90.0, 10, null), task(2, 2, 60.0, 20, null));
        List<TaskFacts> with = List.of(task(1, 1, 90.0, 10, 5), task(2, 2, 60.0, 20, 900));
        List<DepartmentScore> a = rank(without, samcheok);
        List<DepartmentScore> b = rank(with, samcheok);
        assertThat(b).extracting(DepartmentScore::departmentId).isEqualTo(a.stream().map(DepartmentScore::departmentId).toList());
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).score()).isCloseTo(a.get(i).score(), within(EPS));
        }
    }

    @Test
    void weighedAClosedPublicVoteJoinsTheContestAndCanChangeTheRanking() {
        Weights three = weights(30, 40, 30);
        // panel 80 × 30% + staff 14 of 20 = 70 × 40% + public 300 of 600 = 50 × 30% → 24 + 28 + 15 = 67
        ScoreCalculator.Value v = ScoreCalculator.contest(task(1, 1, 80.0, 14, 300), three, true, 20, 600);
        assertThat(v.value()).isCloseTo(67, within(EPS));
        assertThat(v.why().getCodes()).contains("scoring.why.contest.public");
        // not closed yet (no counts): panel and staff vote by their own weights, 24 + 28 over 70 %
        assertThat(ScoreCalculator.contest(task(1, 1, 80.0, 14, null), three, true, 20, 0).value())
                .isCloseTo((30 * 80.0 + 40 * 70.0) / 70, within(EPS));

        // department 1: panel 90, 11 staff votes, 5 public; department 2: panel 60, 12 staff votes, 900 public
        List<TaskFacts> tasks = List.of(task(1, 1, 90.0, 11, 5), task(2, 2, 60.0, 12, 900));
        assertThat(rank(tasks, weights(30, 70, 0))).extracting(DepartmentScore::departmentId).containsExactly(1L, 2L);
        assertThat(rank(tasks, three)).extracting(DepartmentScore::departmentId).containsExactly(2L, 1L);
    }

    private static List<DepartmentScore> rank(List<TaskFacts> tasks, Weights w) {
        return ScoreCalculator.rank(tasks, Map.of(1L, "가과", 2L, "나과"), w, YEAR_END, 2021, true).ranked();
    }
}
