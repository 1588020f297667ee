package kr.innotrack.scoring;

/** The parts of a task's score, each 0–100, weighted by the plan's scoring model. */
public enum Component {
    MILESTONE("추진일정 적기 완료"),
    KPI("성과지표 달성"),
    RATING("분기 점검 평가"),
    TIMELINESS("제출 기한 준수"),
    REMEDY("개선대책 이행"),
    CONTEST("성과 경연"),
    COLLABORATION("협업 평가");

    private final String label;

    Component(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
