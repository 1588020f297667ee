package kr.innotrack.checkround;

import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.Role;

/**
 * Who may do what in a check round, and when. A person without the right gets 403; an action the round's (or the
 * entry's, or the remedy's) present state does not allow gets 409. Every check runs on the server.
 */
final class RoundPolicy {

    private RoundPolicy() {
    }


    /** Moving a round from one state to another: planning admins, one step forward. */
    static void checkTransition(CurrentUser user, RoundState from, RoundState to) {
        AccessDeniedHere.unlessAdmin(user, "점검 단계 변경");
        if (!from.canMoveTo(to)) {
            throw new NotAllowedNow("‘" + from.label() + "’ 단계에서 ‘" + to.label() + "’ 단계로는 바꿀 수 없습니다."
                    + from.next().map(n -> " 다음 단계는 ‘" + n.label() + "’입니다.").orElse(" 종료된 점검입니다."));
        }
    }

    /** Writing a department's entry or remedy: its own officers, or a planning admin; viewers never. */
    static boolean mayWriteFor(CurrentUser user, Long departmentId) {
        return user.role() == Role.PLANNING_ADMIN
                || (user.role() == Role.DEPARTMENT_OFFICER && user.departmentId() != null
                && user.departmentId().equals(departmentId));
    }

    static void checkWriteFor(CurrentUser user, Long departmentId) {
        if (!mayWriteFor(user, departmentId)) {
            throw new AccessDeniedHere(user.role() == Role.VIEWER
                    ? "열람 전용 계정은 자료를 바꿀 수 없습니다."
                    : "다른 부서의 과제라 작성할 수 없습니다.");
        }
    }

    static void checkEntryWritable(CheckRound round, RoundEntry entry) {
        if (!round.getState().acceptsSubmissions()) {
            throw new NotAllowedNow("‘" + round.getState().label() + "’ 단계의 점검에는 실적을 작성할 수 없습니다.");
        }
        if (!entry.getSubmissionState().editable()) {
            throw new NotAllowedNow("이미 제출한 실적입니다. 기획부서가 보완을 요청하면 다시 고칠 수 있습니다.");
        }
    }

    static void checkReviewable(CheckRound round) {
        if (!round.getState().acceptsReviews()) {
            throw new NotAllowedNow("‘" + round.getState().label() + "’ 단계의 점검은 평가할 수 없습니다.");
        }
    }
}
