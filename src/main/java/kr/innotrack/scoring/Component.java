package kr.innotrack.scoring;

/** The parts of a task's score, each 0–100, weighted by the plan's scoring model. */
public enum Component {
    MILESTONE("추진일정 적기 완료", "추진일정"),
    KPI("성과지표 달성", "성과지표"),
    RATING("분기 점검 평가", "점검평가"),
    TIMELINESS("제출 기한 준수", "제출기한"),
    REMEDY("개선대책 이행", "개선대책"),
    CONTEST("성과 경연", "성과경연"),
    COLLABORATION("협업 평가", "협업평가");

    private final String label;
    private final String shortLabel;

    Component(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
    }

    public String label() {
        return label;
    }

    /** A four-letter name for narrow columns (the projector's ranking slide). */
    public String shortLabel() {
        return shortLabel;
    }
}
