package kr.innotrack.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Achievement rate of a KPI in percent. With a baseline, the share of the way from baseline to target
 * (86개 → 88개, actual 87 ⇒ 50%); this works for both directions (3일 → 1일, actual 2 ⇒ 50%). Without a baseline,
 * actual ÷ target for an increasing KPI and target ÷ actual for a decreasing one. Not capped: over-achievement
 * shows above 100%.
 */
public final class KpiAchievement {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private KpiAchievement() {
    }

    /**
     * The figure a KPI is judged by, from its values in year and quarter order (any years: the latest year counts):
     * for 분기별 the sum of that year's quarters, for 누계 and 시점 the latest value; null without any value.
     */
    public static BigDecimal figure(KpiAccumulation accumulation, List<KpiActual> actuals) {
        if (actuals.isEmpty()) {
            return null;
        }
        int year = actuals.get(actuals.size() - 1).getActualYear();
        return (accumulation == null ? KpiAccumulation.DEFAULT : accumulation).figure(actuals.stream()
                .filter(a -> a.getActualYear() == year).map(KpiActual::getActualValue).toList());
    }

    /** The KPI's achievement from its values (as {@link #figure}); null without a value or a meaningful rate. */
    public static BigDecimal rate(Kpi kpi, List<KpiActual> actuals) {
        return rate(kpi.getBaseline(), kpi.getTarget(), figure(kpi.getAccumulation(), actuals), kpi.getDirection());
    }

    /** @return the rate rounded to one decimal, or null when there is no actual or no meaningful rate */
    public static BigDecimal rate(BigDecimal baseline, BigDecimal target, BigDecimal actual, KpiDirection direction) {
        if (actual == null || target == null) {
            return null;
        }
        if (baseline != null && baseline.compareTo(target) != 0) {
            return actual.subtract(baseline).multiply(HUNDRED)
                    .divide(target.subtract(baseline), 1, RoundingMode.HALF_UP);
        }
        if (direction == KpiDirection.DECREASE) {
            return actual.signum() == 0 ? null : target.multiply(HUNDRED).divide(actual, 1, RoundingMode.HALF_UP);
        }
        return target.signum() == 0 ? null : actual.multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_UP);
    }
}
