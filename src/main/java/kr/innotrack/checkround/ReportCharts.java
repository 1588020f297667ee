package kr.innotrack.checkround;

import java.util.ArrayList;
import java.util.List;
import kr.innotrack.shared.Charts;

/** The round report's charts: ratings per area and per department, submission timeliness per department. */
record ReportCharts(String ratingByArea, String ratingByDepartment, String timeliness) {

    private static final List<String> RATING_COLOURS = List.of("#0b4f8a", Charts.GREEN, Charts.AMBER, Charts.RED, "#c5ccd3");

    static ReportCharts of(RoundViews.Report report) {
        return new ReportCharts(ratings(report.areas(), report.ratingLabels()),
                ratings(report.departments(), report.ratingLabels()), timeliness(report.departments()));
    }

    private static String ratings(List<RoundViews.Line> lines, List<String> labels) {
        List<Charts.Series> series = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            series.add(new Charts.Series(label, lines.stream().map(l -> l.rating().count(label)).toList(),
                    RATING_COLOURS.get(Math.min(i, RATING_COLOURS.size() - 1))));
        }
        return Charts.bar(lines.stream().map(RoundViews.Line::name).toList(), series, true, true, "과제 수");
    }

    private static String timeliness(List<RoundViews.Line> lines) {
        List<String> names = lines.stream().map(RoundViews.Line::name).toList();
        return Charts.bar(names, List.of(
                new Charts.Series("기한 내", lines.stream().map(l -> l.progress().submitted() - l.progress().lateSubmitted()).toList(), Charts.GREEN),
                new Charts.Series("기한 후", lines.stream().map(l -> l.progress().lateSubmitted()).toList(), Charts.AMBER),
                new Charts.Series("미제출", lines.stream().map(l -> l.progress().pending()).toList(), Charts.RED)),
                true, true, "과제 수");
    }
}
