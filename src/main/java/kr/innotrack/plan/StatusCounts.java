package kr.innotrack.plan;

import java.util.EnumMap;
import java.util.Map;

/** Milestone counts by status, plus how many are past their planned end without being done. */
public final class StatusCounts {

    private final Map<MilestoneStatus, Long> counts = new EnumMap<>(MilestoneStatus.class);
    private final Map<MilestoneStatus, Long> overdueByStatus = new EnumMap<>(MilestoneStatus.class);
    private long overdue;

    public void add(MilestoneStatus status, long count, long overdueCount) {
        counts.merge(status, count, Long::sum);
        overdueByStatus.merge(status, overdueCount, Long::sum);
        overdue += overdueCount;
    }

    public void addAll(StatusCounts other) {
        other.counts.forEach((status, count) -> counts.merge(status, count, Long::sum));
        other.overdueByStatus.forEach((status, count) -> overdueByStatus.merge(status, count, Long::sum));
        overdue += other.overdue;
    }

    /**
     * Of a status, those not past their end: the chart's bar for the status, beside one bar of everything overdue
     * ({@link #overdue}), so the bars add up to the total and the overdue bar is the headline's 기한 경과.
     */
    public long countOnTime(MilestoneStatus status) {
        return count(status) - overdueByStatus.getOrDefault(status, 0L);
    }

    public long count(MilestoneStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long overdue() {
        return overdue;
    }

    /** A status with its count. */
    public record Count(MilestoneStatus status, long count) {
    }

    /** The statuses with at least one milestone, in the statuses' order: the status bar's legend. */
    public java.util.List<Count> nonEmpty() {
        java.util.List<Count> list = new java.util.ArrayList<>();
        for (MilestoneStatus s : MilestoneStatus.values()) {
            long n = count(s);
            if (n > 0) {
                list.add(new Count(s, n));
            }
        }
        return list;
    }

    /** One stretch of a stacked status bar, in percent of the whole. */
    public record Segment(MilestoneStatus status, double x, double width) {
    }

    /** The non-empty statuses laid side by side, for drawing the bar without inline styles. */
    public java.util.List<Segment> segments() {
        long total = total();
        java.util.List<Segment> segments = new java.util.ArrayList<>();
        double x = 0;
        for (MilestoneStatus s : MilestoneStatus.values()) {
            long n = count(s);
            if (n > 0 && total > 0) {
                double width = n * 100.0 / total;
                segments.add(new Segment(s, x, width));
                x += width;
            }
        }
        return segments;
    }

    /** Share of milestones done, 0–100, rounded down; 0 when there are none. */
    public int donePercent() {
        long total = total() - count(MilestoneStatus.CANCELLED);
        return total == 0 ? 0 : (int) (count(MilestoneStatus.DONE) * 100 / total);
    }
}
