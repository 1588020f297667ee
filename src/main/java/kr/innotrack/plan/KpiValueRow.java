package kr.innotrack.plan;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One row of a KPI left-joined with one of its values (all the value's columns null when it has none), read by a
 * constructor expression ({@code KpiRepository}'s {@code read…} queries) instead of two managed entities per row; the
 * read copies of {@link Kpi} and {@link KpiActual} are made from it.
 */
record KpiValueRow(Long kpiId, long kpiVersion, Long taskId, String name, String unit, BigDecimal baseline,
                   BigDecimal target, KpiDirection direction, String sourceNote, int sortOrder, KpiFrequency frequency,
                   KpiAccumulation accumulation, Long actualId, Long actualVersion, Integer actualYear, Integer quarter,
                   BigDecimal actualValue, String actualNote, String recordedBy, LocalDateTime recordedAt) {

    Kpi kpi() {
        return new Kpi(kpiId, kpiVersion, taskId, name, unit, baseline, target, direction, sourceNote, sortOrder,
                frequency, accumulation);
    }

    /** The value of this row, or null when the KPI has none. */
    KpiActual actual() {
        return actualId == null ? null : new KpiActual(actualId, actualVersion, kpiId, actualYear, quarter, actualValue,
                actualNote, recordedBy, recordedAt);
    }
}
