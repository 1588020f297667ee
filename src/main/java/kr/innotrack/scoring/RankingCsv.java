package kr.innotrack.scoring;

import java.util.List;
import java.util.stream.Stream;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.web.Csv;

/** The ranking as CSV: ranked departments in rank order, then those listed apart, each component with its source. */
final class RankingCsv {

    private RankingCsv() {
    }

    static String header(ScoringQueries.Ranking ranking, Messages messages) {
        StringBuilder header = new StringBuilder(messages.get("scoring.csv.ranking.header"));
        RankingChart.activeComponents(ranking).forEach(c -> header.append(',')
                .append(Csv.cell(messages.get("scoring.csv.ranking.weight", Messages.word(c),
                        String.valueOf(ranking.model().weights().percent().get(c)))))
                .append(',').append(Csv.cell(messages.get("scoring.csv.ranking.source", Messages.word(c)))));
        return header.toString();
    }

    static List<String> rows(ScoringQueries.Ranking ranking, Messages messages) {
        List<Component> components = RankingChart.activeComponents(ranking);
        return Stream.concat(ranking.departments().stream(), ranking.insufficient().stream()).map(d -> {
            StringBuilder row = new StringBuilder().append(d.ranked() ? String.valueOf(d.rank()) : "").append(',')
                    .append(Csv.cell(d.name())).append(',').append(Csv.number(d.score())).append(',').append(d.taskCount())
                    .append(',').append(ScoreCalculator.fmt(d.coveragePercent())).append(',')
                    .append(Csv.cell(messages.label(d.standing())));
            components.forEach(c -> row.append(',').append(Csv.number(d.values().get(c))).append(',')
                    .append(messages.get(d.isFilled(c) ? "scoring.csv.filled" : "scoring.csv.measured")));
            return row.toString();
        }).toList();
    }

    /** Header and rows, each line ending in CRLF. */
    static String of(ScoringQueries.Ranking ranking, Messages messages) {
        StringBuilder out = new StringBuilder(header(ranking, messages)).append("\r\n");
        rows(ranking, messages).forEach(r -> out.append(r).append("\r\n"));
        return out.toString();
    }
}
