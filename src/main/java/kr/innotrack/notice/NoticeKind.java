package kr.innotrack.notice;

import kr.innotrack.shared.Labeled;

/** What a notice is about. */
public enum NoticeKind implements Labeled {
    ROUND_OPENED,
    DEADLINE_SOON,
    OVERDUE,
    SUBMISSION_RETURNED,
    REMEDY_REQUESTED,
    REMEDY_SUBMITTED,
    REMEDY_RETURNED,
    REMEDY_ACCEPTED,
    CONTEST_SHORTLISTED,
    VOTE_OPENED,
    RANKING_PUBLISHED,
    OBJECTION_FILED,
    OBJECTION_ANSWERED,
    PLAN_CONFIRMED,
    PLAN_CHANGED,
    QUESTION_ASKED,
    QUESTION_ANSWERED
}
