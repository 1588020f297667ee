package kr.innotrack.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kr.innotrack.shared.Charts;
import kr.innotrack.shared.Messages;

/** The ranking page's chart: each department's score as stacked contributions (weight × value) of its components. */
final class RankingChart {

    private RankingChart() {
    }

    static String of(ScoringQueries.Ranking ranking, Messages messages) {
        List<Component> components = activeComponents(ranking);
        List<Charts.Series> series = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            double w = ranking.model().weights().percent().get(c) / 100.0;
            series.add(new Charts.Series(messages.label(c), ranking.departments().stream()
                    .map(d -> Math.round(w * d.values().get(c) * 10) / 10.0).toList(),
                    Charts.PALETTE.get(i % Charts.PALETTE.size())));
        }
        return Charts.bar(ranking.departments().stream().map(d -> d.rank() + ". " + d.name()).toList(),
                series, true, true, messages.get("scoring.chart.axis"));
    }

    /** The components the model weighs (weight above 0), in their order. */
    static List<Component> activeComponents(ScoringQueries.Ranking ranking) {
        return Arrays.stream(Component.values())
                .filter(c -> ranking.model().weights().percent().getOrDefault(c, 0) > 0).toList();
    }
}
