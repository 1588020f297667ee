package kr.innotrack.security;

/** What happened, in the words the planning admin reads on the security log page. */
public enum SecurityEventType {
    SIGN_IN_SUCCESS("로그인"),
    SIGN_IN_FAILURE("로그인 실패"),
    SIGN_IN_BLOCKED("잠금 중 로그인 시도"),
    LOCKED("로그인 잠김"),
    ADDRESS_LOCKED("접속 주소 잠김"),
    UNLOCKED("잠금 해제"),
    SIGN_OUT("로그아웃"),
    PASSWORD_CHANGED("비밀번호 변경"),
    PASSWORD_RESET("비밀번호 재설정"),
    ACCOUNT_CREATED("계정 생성"),
    ACCOUNT_CHANGED("계정 권한 변경"),
    SESSION_ENDED("세션 종료(권한 변경)"),
    OTHER_SESSIONS_ENDED("다른 세션 모두 종료"),
    TOKEN_CREATED("API 토큰 발급"),
    TOKEN_REVOKED("API 토큰 폐기");

    private final String label;

    SecurityEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
