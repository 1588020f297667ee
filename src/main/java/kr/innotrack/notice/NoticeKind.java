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
    REMEDY_ACCEPTED("개선대책 수용"),
    CONTEST_SHORTLISTED("본선 과제 선정"),
    VOTE_OPENED("직원투표 시작"),
    RANKING_PUBLISHED("부서 순위 공표"),
    OBJECTION_FILED("이의 신청"),
    OBJECTION_ANSWERED("이의 신청 답변");

    private final String label;

    NoticeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
