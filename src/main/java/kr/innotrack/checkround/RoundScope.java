package kr.innotrack.checkround;

/** Which tasks a check round covers; the list is fixed when the round opens for submissions. */
public enum RoundScope {
    ALL("전체 과제"),
    FOCUS("중점과제"),
    SELECTED("이번 점검 선정 과제");

    private final String label;

    RoundScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
