package kr.innotrack.history;

public enum ChangeAction {
    CREATE("등록"),
    UPDATE("수정"),
    DELETE("삭제");

    private final String label;

    ChangeAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
