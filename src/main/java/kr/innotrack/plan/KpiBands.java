package kr.innotrack.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * KPIs counted by how far their latest value of the plan year reaches the target ({@link KpiAchievement}):
 * 100% or more, 80–99%, 50–79%, under 50%, no value yet. Used by the overview chart and the projector headline.
 */
public final class KpiBands {

    public static final List<String> LABELS = List.of("100% 이상", "80~99%", "50~79%", "50% 미만", "실적 미입력");

    private KpiBands() {
    }

    /** Counts per band, in the order of {@link #LABELS}. */
    public static long[] count(List<Kpi> kpis, TaskQueries.ProgressData data, int year) {
        long[] bands = new long[LABELS.size()];
        for (Kpi k : kpis) {
            KpiActual latest = data.actuals(k.getId()).stream().filter(a -> a.getActualYear() == year)
                    .reduce((a, b) -> b).orElse(null);
            if (latest == null) {
                bands[4]++;
                continue;
            }
            BigDecimal rate = KpiAchievement.rate(k.getBaseline(), k.getTarget(), latest.getActualValue(), k.getDirection());
            double v = rate == null ? 0 : rate.doubleValue();
            bands[v >= 100 ? 0 : v >= 80 ? 1 : v >= 50 ? 2 : 3]++;
        }
        return bands;
    }
}
