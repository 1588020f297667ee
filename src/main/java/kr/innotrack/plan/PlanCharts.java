package kr.innotrack.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kr.innotrack.shared.Charts;
import kr.innotrack.shared.Messages;

/**
 * The plan overview's charts with their numbers: milestone status by area, milestones planned vs done by month of
 * the plan year, and how far the KPIs are (latest value of the year against the target).
 */
public record PlanCharts(String areaChart, String monthChart, List<Month> months, String kpiChart, List<Bucket> kpiBuckets) {

    public record Month(int month, long planned, long done) {
    }

    public record Bucket(String label, long count) {
    }

    private static final Map<MilestoneStatus, String> COLOURS = Map.of(MilestoneStatus.PLANNED, Charts.GREY,
            MilestoneStatus.IN_PROGRESS, Charts.BLUE, MilestoneStatus.DONE, Charts.GREEN,
            MilestoneStatus.DELAYED, Charts.RED, MilestoneStatus.CANCELLED, "#c5ccd3");

    static PlanCharts of(List<NodeView> roots, TaskQueries.ProgressData data, int year, java.time.LocalDate asOf,
                         Messages messages) {
        List<Milestone> milestones = data.milestonesByTask().values().stream().flatMap(List::stream).toList();
        List<String> areas = roots.stream().map(r -> r.node().getCode() + ". " + r.node().getName()).toList();
        // every milestone in one bar: its status, or 기한 경과 when past its end undone (the headline's number)
        List<Charts.Series> byStatus = new ArrayList<>(Arrays.stream(MilestoneStatus.values())
                .map(s -> new Charts.Series(messages.label(s), roots.stream().map(r -> r.status().countOnTime(s)).toList(),
                        COLOURS.get(s), "status"))
                .toList());
        byStatus.add(new Charts.Series(messages.get("status.OVERDUE"), roots.stream().map(r -> r.status().overdue()).toList(),
                Charts.AMBER, "status"));
        String areaChart = Charts.bar(areas, byStatus, true, true, messages.get("plan.chart.milestones"));

        long[] planned = new long[12];
        long[] done = new long[12];
        for (Milestone m : milestones) {
            MilestoneTimeline.Row row = MilestoneTimeline.of(m, year);
            List<Integer> plannedMonths = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                if (row.cells().get(i) == MilestoneTimeline.Cell.PLANNED) {
                    plannedMonths.add(i);
                }
            }
            // Separate months count once each; a span counts once, in its last month inside the plan year.
            if (!plannedMonths.isEmpty()) {
                if (m.plannedMonthList().isEmpty()) {
                    planned[plannedMonths.get(plannedMonths.size() - 1)]++;
                } else {
                    plannedMonths.forEach(i -> planned[i]++);
                }
            }
            if (m.statusOn(asOf) == MilestoneStatus.DONE && m.getActualCompletion() != null
                    && m.getActualCompletion().getYear() == year) {
                done[m.getActualCompletion().getMonthValue() - 1]++;
            }
        }
        List<Month> months = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(new Month(i + 1, planned[i], done[i]));
            labels.add(messages.get("plan.chart.month", i + 1));
        }
        String monthChart = Charts.bar(labels, List.of(
                new Charts.Series(messages.get("plan.chart.planned"), Arrays.stream(planned).boxed().toList(), Charts.GREY),
                new Charts.Series(messages.get("plan.chart.done"), Arrays.stream(done).boxed().toList(), Charts.GREEN)),
                false, false, messages.get("plan.chart.count"));

        long[] buckets = KpiBands.count(data.allKpis(), data, year, asOf);
        List<String> bucketLabels = KpiBands.KEYS.stream().map(messages::get).toList();
        List<Bucket> kpiBuckets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            kpiBuckets.add(new Bucket(bucketLabels.get(i), buckets[i]));
        }
        String kpiChart = Charts.bar(bucketLabels, List.of(new Charts.Series(messages.get("plan.chart.kpis"),
                Arrays.stream(buckets).boxed().toList(), Charts.BLUE)), false, false, messages.get("plan.chart.kpiCount"));
        return new PlanCharts(areaChart, monthChart, months, kpiChart, kpiBuckets);
    }
}
