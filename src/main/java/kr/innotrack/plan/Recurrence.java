package kr.innotrack.plan;

/** How often an undated or repeating milestone (추진일정) happens, as the plan text says it. */
public enum Recurrence {
    WEEKLY("매주"),
    MONTHLY("매월"),
    QUARTERLY("분기별"),
    HALF_YEARLY("반기별"),
    YEAR_ROUND("연중"),
    AS_NEEDED("수시");

    private final String label;

    Recurrence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
