package kr.innotrack.checkround;

import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
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
        AccessDeniedHere.unlessAdmin(user, "round.action.move");
        if (!from.canMoveTo(to)) {
            throw new NotAllowedNow("round.error.transition", Messages.word(from), Messages.word(to),
                    from.next().map(n -> Messages.key("round.error.transition.next", Messages.word(n)))
                            .orElse(Messages.key("round.error.transition.closed")));
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
                    ? "round.error.viewerReadOnly"
                    : "round.error.otherDepartment");
        }
    }

    static void checkEntryWritable(CheckRound round, RoundEntry entry) {
        if (!round.getState().acceptsSubmissions()) {
            throw new NotAllowedNow("round.error.entryNotWritable", Messages.word(round.getState()));
        }
        if (!entry.getSubmissionState().editable()) {
            throw new NotAllowedNow("round.error.entrySubmitted");
        }
    }

    static void checkReviewable(CheckRound round) {
        if (!round.getState().acceptsReviews()) {
            throw new NotAllowedNow("round.error.notReviewable", Messages.word(round.getState()));
        }
    }

    /**
     * The side a person writes for in an entry's 질의·답변: a planning admin for the office (질의), an officer of the
     * entry's department for it (답변); anyone else reads only (null).
     */
    static MessageSide sideOf(CurrentUser user, Long departmentId) {
        if (user.role() == Role.PLANNING_ADMIN) {
            return MessageSide.OFFICE;
        }
        if (user.role() == Role.DEPARTMENT_OFFICER && user.departmentId() != null
                && user.departmentId().equals(departmentId)) {
            return MessageSide.DEPARTMENT;
        }
        return null;
    }

    /** Posting in an entry's 질의·답변: the side written for, or 403 (viewers; another department's officers). */
    static MessageSide checkMayPost(CurrentUser user, Long departmentId) {
        MessageSide side = sideOf(user, departmentId);
        if (side == null) {
            throw new AccessDeniedHere(user.role() == Role.VIEWER
                    ? "round.error.viewerReadOnly"
                    : "question.error.otherDepartment");
        }
        return side;
    }

    /**
     * A round takes 질의·답변 from 제출 until it closes: in 준비 the departments have not been told yet, and a closed
     * round is an archive (read-only, like its entries).
     */
    static boolean questionsOpen(CheckRound round) {
        return round.getState().acceptsSubmissions();
    }

    static void checkQuestionsOpen(CheckRound round) {
        if (!questionsOpen(round)) {
            throw new NotAllowedNow(round.getState().closed() ? "question.error.closed" : "question.error.notOpen",
                    Messages.word(round.getState()));
        }
    }
}
