package kr.innotrack.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * One earlier year of a continued task (계속 과제), as the task page shows it: where it was, and how its year ended
 * (milestones done of all, each KPI's last value of that year and its achievement rate).
 */
public record EarlierYear(Long planId, Long taskId, int year, String code, String title, boolean retired,
                          int milestonesDone, int milestonesTotal, List<KpiResult> kpis) {

    public EarlierYear {
        kpis = List.copyOf(kpis);
    }

    /** A KPI of an earlier year: its last value in that year and the achievement rate (both null when none). */
    public record KpiResult(String name, String unit, BigDecimal lastValue, BigDecimal rate) {
    }
}
