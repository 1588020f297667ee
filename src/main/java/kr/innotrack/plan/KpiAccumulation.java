package kr.innotrack.plan;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.innotrack.shared.Labeled;

/**
 * What a KPI's quarterly figures mean (실적 집계 방식): each quarter's own value (분기별: the year's achievement is
 * their sum), the running total since the start of the year (누계), or a level at the quarter's end (시점). For the
 * last two the latest figure is the year's achievement.
 */
public enum KpiAccumulation implements Labeled {
    PER_QUARTER,
    CUMULATIVE,
    POINT_IN_TIME;

    /** What a KPI without a stated type means: the latest figure is the year's (as before the type existed). */
    public static final KpiAccumulation DEFAULT = CUMULATIVE;

    /** The figure judged against the target from one year's values in quarter order; null without any value. */
    public BigDecimal figure(List<BigDecimal> valuesInQuarterOrder) {
        if (valuesInQuarterOrder.isEmpty()) {
            return null;
        }
        if (this == PER_QUARTER) {
            return valuesInQuarterOrder.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return valuesInQuarterOrder.get(valuesInQuarterOrder.size() - 1);
    }

    /** Each quarter's figure to date (quarter → value, in quarter order): running sums for 분기별, as given otherwise. */
    public Map<Integer, BigDecimal> toDate(Map<Integer, BigDecimal> byQuarter) {
        Map<Integer, BigDecimal> result = new LinkedHashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<Integer, BigDecimal> e : new java.util.TreeMap<>(byQuarter).entrySet()) {
            sum = sum.add(e.getValue());
            result.put(e.getKey(), this == PER_QUARTER ? sum : e.getValue());
        }
        return result;
    }
}
