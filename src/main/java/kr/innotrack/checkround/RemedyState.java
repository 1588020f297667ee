package kr.innotrack.checkround;

/** A remedy (원인분석·개선대책): requested by a 미흡/부진 rating, written by the department, accepted by the office. */
public enum RemedyState {
    REQUESTED("작성 요청"),
    SUBMITTED("제출"),
    RETURNED("보완 요청"),
    ACCEPTED("수용"),
    WITHDRAWN("철회");

    private final String label;

    RemedyState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still waiting for the department or the office: carried over into later rounds. */
    public boolean open() {
        return this == REQUESTED || this == SUBMITTED || this == RETURNED;
    }

    public boolean writable() {
        return this == REQUESTED || this == RETURNED;
    }
}
