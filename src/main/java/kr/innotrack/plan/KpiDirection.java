package kr.innotrack.plan;

import kr.innotrack.shared.Labeled;

/** Whether a KPI improves by going up (참여율) or down (협의기간). */
public enum KpiDirection implements Labeled {
    INCREASE,
    DECREASE
}
