package kr.innotrack.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * KPIs counted by how far their latest value of the plan year reaches the target ({@link KpiAchievement}):
 * 100% or more, 80–99%, 50–79%, under 50%, no value yet. Used by the overview chart and the projector headline.
 */
public final class KpiBands {

    /** The bands' message keys (their words in the message files), in the order of {@link #count}'s result. */
    public static final List<String> KEYS = List.of("kpi.band.reached", "kpi.band.near", "kpi.band.half", "kpi.band.low",
            "kpi.band.none");

    private KpiBands() {
    }

    /** Counts per band, in the order of {@link #KEYS}. */
    public static long[] count(List<Kpi> kpis, TaskQueries.ProgressData data, int year) {
        return count(kpis, data, year, java.time.LocalDate.of(year, 12, 31));
    }

    /** As at a date: the latest value of a quarter begun by then (a later quarter's value did not exist yet). */
    public static long[] count(List<Kpi> kpis, TaskQueries.ProgressData data, int year, java.time.LocalDate asOf) {
        int lastQuarter = asOf.getYear() > year ? 4 : asOf.getYear() < year ? 0 : (asOf.getMonthValue() - 1) / 3 + 1;
        long[] bands = new long[KEYS.size()];
        for (Kpi k : kpis) {
            List<KpiActual> ofYear = data.actuals(k.getId()).stream()
                    .filter(a -> a.getActualYear() == year && a.getQuarter() <= lastQuarter).toList();
            if (ofYear.isEmpty()) {
                bands[4]++;
                continue;
            }
            BigDecimal rate = KpiAchievement.rate(k, ofYear);
            double v = rate == null ? 0 : rate.doubleValue();
            bands[v >= 100 ? 0 : v >= 80 ? 1 : v >= 50 ? 2 : 3]++;
        }
        return bands;
    }
}
