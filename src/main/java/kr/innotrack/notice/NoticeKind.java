package kr.innotrack.notice;

/** What a notice is about. */
public enum NoticeKind {
    ROUND_OPENED("점검 시작"),
    DEADLINE_SOON("제출 마감 임박"),
    OVERDUE("제출 기한 경과"),
    SUBMISSION_RETURNED("보완 요청"),
    REMEDY_REQUESTED("개선대책 요청"),
    REMEDY_SUBMITTED("개선대책 제출"),
    REMEDY_RETURNED("개선대책 보완 요청"),
    REMEDY_ACCEPTED("개선대책 수용");

    private final String label;

    NoticeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
