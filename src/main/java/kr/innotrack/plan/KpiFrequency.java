package kr.innotrack.plan;

import kr.innotrack.shared.Labeled;

/** How often a KPI is measured (측정 주기). */
public enum KpiFrequency implements Labeled {
    QUARTERLY,
    HALF_YEARLY,
    YEARLY
}
