package kr.innotrack.notice;

import kr.innotrack.checkround.events.RemedyDecided;
import kr.innotrack.checkround.events.RemedyRequested;
import kr.innotrack.checkround.events.RemedySubmitted;
import kr.innotrack.checkround.events.RoundOpened;
import kr.innotrack.checkround.events.SubmissionDeadline;
import kr.innotrack.checkround.events.SubmissionReturned;
import kr.innotrack.shared.Messages;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notices a check round sends, in the transaction of the change they announce (synchronous listeners,
 * {@code MANDATORY}): a change that rolls back announces nothing.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
@RequiredArgsConstructor
class CheckRoundNotices {

    private final NoticeCommands notices;
    private final Messages messages;

    /** Before the round's first deadline reminders (published by the same move). */
    @EventListener
    @Order(0)
    public void on(RoundOpened event) {
        event.taskCounts().forEach((departmentId, count) -> notices.toDepartment(event.organizationId(), departmentId,
                NoticeKind.ROUND_OPENED, messages.get("notice.roundOpened", event.title(), String.valueOf(count),
                        String.valueOf(event.deadline())), roundLink(event.roundId())));
    }

    @EventListener
    public void on(RemedyRequested event) {
        notices.toDepartment(event.organizationId(), event.departmentId(), NoticeKind.REMEDY_REQUESTED,
                messages.get("notice.remedyRequested", event.taskCode(), event.taskTitle(),
                        messages.label(event.rating())), remedyLink(event.remedyId()));
    }

    @EventListener
    public void on(SubmissionReturned event) {
        notices.toDepartment(event.organizationId(), event.departmentId(), NoticeKind.SUBMISSION_RETURNED,
                messages.get("notice.submissionReturned", event.roundTitle(), event.taskCode(), event.reason()),
                roundLink(event.roundId()) + "/entries/" + event.entryId());
    }

    @EventListener
    public void on(RemedySubmitted event) {
        notices.toPlanningOffice(event.organizationId(), NoticeKind.REMEDY_SUBMITTED,
                messages.get("notice.remedySubmitted", event.taskCode()), remedyLink(event.remedyId()));
    }

    @EventListener
    public void on(RemedyDecided event) {
        if (event.accepted()) {
            String message = event.revisionCount() == 0
                    ? messages.get("notice.remedyAccepted", event.taskCode())
                    : messages.get("notice.remedyAccepted.revised", event.taskCode(),
                            String.valueOf(event.revisionCount()));
            notices.toDepartment(event.organizationId(), event.departmentId(), NoticeKind.REMEDY_ACCEPTED, message,
                    remedyLink(event.remedyId()));
        } else {
            notices.toDepartment(event.organizationId(), event.departmentId(), NoticeKind.REMEDY_RETURNED,
                    messages.get("notice.remedyReturned", event.taskCode(), event.comment()),
                    remedyLink(event.remedyId()));
        }
    }

    /** Once per round, department and near/past, however often the reminders run. */
    @EventListener
    public void on(SubmissionDeadline event) {
        boolean overdue = event.overdue();
        String key = "round-" + event.roundId() + "-dept-" + event.departmentId() + (overdue ? "-overdue" : "-soon");
        String deadline = String.valueOf(event.deadline());
        String message = overdue ? messages.get("notice.deadline.overdue", event.roundTitle(), deadline)
                : event.daysLeft() == 0 ? messages.get("notice.deadline.today", event.roundTitle(), deadline)
                : messages.get("notice.deadline.soon", event.roundTitle(), deadline, String.valueOf(event.daysLeft()));
        notices.toDepartmentOnce(event.organizationId(), event.departmentId(),
                overdue ? NoticeKind.OVERDUE : NoticeKind.DEADLINE_SOON, message, roundLink(event.roundId()), key);
    }

    private static String roundLink(Long roundId) {
        return "/rounds/" + roundId;
    }

    private static String remedyLink(Long remedyId) {
        return "/remedies/" + remedyId;
    }
}
