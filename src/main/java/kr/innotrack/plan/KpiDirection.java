package kr.innotrack.plan;

/** Whether a KPI improves by going up (참여율) or down (협의기간). */
public enum KpiDirection {
    INCREASE("상향"),
    DECREASE("하향");

    private final String label;

    KpiDirection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
