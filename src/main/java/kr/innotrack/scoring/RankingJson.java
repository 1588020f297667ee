package kr.innotrack.scoring;

import java.util.Arrays;
import java.util.List;

/** The ranking API's answer: a department's score with every component as counted. */
final class RankingJson {

    private RankingJson() {
    }

    /** A component as counted: its weight (0–1), value, and whether the value was filled for want of data. */
    record ComponentJson(String name, double weight, double value, boolean filled) {
    }

    /** A department's score; {@code coverage}: share (0–1) of the weights covered by real data. */
    record RankJson(Integer rank, String department, Long departmentId, double score, int taskCount, double coverage,
                    String standing, List<ComponentJson> components) {
    }

    static RankJson of(ScoringQueries.Ranking ranking, ScoreCalculator.DepartmentScore d) {
        return new RankJson(d.ranked() ? d.rank() : null, d.name(), d.departmentId(), d.score(), d.taskCount(),
                d.coverage(), d.standing().name(), Arrays.stream(Component.values()).map(c -> new ComponentJson(c.name(),
                        ranking.model().weights().percent().getOrDefault(c, 0) / 100.0, d.values().get(c), d.isFilled(c)))
                .toList());
    }

    /** The ranked departments in rank order. */
    static List<RankJson> ranked(ScoringQueries.Ranking ranking) {
        return ranking.departments().stream().map(d -> of(ranking, d)).toList();
    }

    /** The departments listed apart (not ranked), by coverage. */
    static List<RankJson> insufficient(ScoringQueries.Ranking ranking) {
        return ranking.insufficient().stream().map(d -> of(ranking, d)).toList();
    }
}
