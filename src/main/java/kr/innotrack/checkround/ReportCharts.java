package kr.innotrack.checkround;

import java.util.ArrayList;
import java.util.List;
import kr.innotrack.shared.Charts;
import kr.innotrack.shared.Messages;

/** The round report's charts: ratings per area and per department, submission timeliness per department. */
record ReportCharts(String ratingByArea, String ratingByDepartment, String timeliness) {

    private static final List<String> RATING_COLOURS = List.of("#0b4f8a", Charts.GREEN, Charts.AMBER, Charts.RED, "#c5ccd3");

    static ReportCharts of(RoundViews.Report report, Messages messages) {
        String tasks = messages.get("round.chart.tasks");
        return new ReportCharts(ratings(report.areas(), report.ratingLabels(), tasks),
                ratings(report.departments(), report.ratingLabels(), tasks), timeliness(report.departments(), messages));
    }

    private static String ratings(List<RoundViews.Line> lines, List<String> labels, String tasks) {
        List<Charts.Series> series = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            series.add(new Charts.Series(label, lines.stream().map(l -> l.rating().count(label)).toList(),
                    RATING_COLOURS.get(Math.min(i, RATING_COLOURS.size() - 1))));
        }
        return Charts.bar(lines.stream().map(RoundViews.Line::name).toList(), series, true, true, tasks);
    }

    private static String timeliness(List<RoundViews.Line> lines, Messages messages) {
        List<String> names = lines.stream().map(RoundViews.Line::name).toList();
        return Charts.bar(names, List.of(
                new Charts.Series(messages.get("round.chart.onTime"),
                        lines.stream().map(l -> l.progress().submitted() - l.progress().lateSubmitted()).toList(), Charts.GREEN),
                new Charts.Series(messages.get("round.late"),
                        lines.stream().map(l -> l.progress().lateSubmitted()).toList(), Charts.AMBER),
                new Charts.Series(messages.get("round.chart.notSubmitted"),
                        lines.stream().map(l -> l.progress().pending()).toList(), Charts.RED)),
                true, true, messages.get("round.chart.tasks"));
    }
}
