package kr.innotrack.scoring;

import java.util.List;
import java.util.stream.Stream;
import kr.innotrack.shared.web.Csv;

/** The ranking as CSV: ranked departments in rank order, then those listed apart, each component with its source. */
final class RankingCsv {

    private RankingCsv() {
    }

    static String header(ScoringQueries.Ranking ranking) {
        StringBuilder header = new StringBuilder("순위,부서,점수,과제 수,자료 반영률(%),구분");
        RankingChart.activeComponents(ranking).forEach(c -> header.append(',')
                .append(Csv.cell(c.label() + " (" + ranking.model().weights().percent().get(c) + "%)"))
                .append(',').append(Csv.cell(c.label() + " 자료")));
        return header.toString();
    }

    static List<String> rows(ScoringQueries.Ranking ranking) {
        List<Component> components = RankingChart.activeComponents(ranking);
        return Stream.concat(ranking.departments().stream(), ranking.insufficient().stream()).map(d -> {
            StringBuilder row = new StringBuilder().append(d.ranked() ? String.valueOf(d.rank()) : "").append(',')
                    .append(Csv.cell(d.name())).append(',').append(Csv.number(d.score())).append(',').append(d.taskCount())
                    .append(',').append(ScoreCalculator.fmt(d.coveragePercent())).append(',')
                    .append(Csv.cell(d.standing().label()));
            components.forEach(c -> row.append(',').append(Csv.number(d.values().get(c))).append(',')
                    .append(d.isFilled(c) ? "채움" : "실측"));
            return row.toString();
        }).toList();
    }

    /** Header and rows, each line ending in CRLF. */
    static String of(ScoringQueries.Ranking ranking) {
        StringBuilder out = new StringBuilder(header(ranking)).append("\r\n");
        rows(ranking).forEach(r -> out.append(r).append("\r\n"));
        return out.toString();
    }
}
