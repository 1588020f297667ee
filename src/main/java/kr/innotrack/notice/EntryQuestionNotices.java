package kr.innotrack.notice;

import kr.innotrack.checkround.events.EntryMessagePosted;
import kr.innotrack.shared.Messages;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notices of a round entry's 질의·답변, in the transaction of the message (as {@link CheckRoundNotices}): the
 * office's 질의 goes to the entry's department, the department's 답변 (or 문의) to the planning office.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
@RequiredArgsConstructor
class EntryQuestionNotices {

    private final NoticeCommands notices;
    private final Messages messages;

    @EventListener
    public void on(EntryMessagePosted event) {
        String link = "/rounds/" + event.roundId() + "/entries/" + event.entryId() + "#questions";
        if (event.fromOffice()) {
            if (event.departmentId() != null) {
                notices.toDepartment(event.organizationId(), event.departmentId(), NoticeKind.QUESTION_ASKED,
                        messages.get("notice.questionAsked", event.roundTitle(), event.taskCode(), event.excerpt()),
                        link);
            }
        } else {
            notices.toPlanningOffice(event.organizationId(), NoticeKind.QUESTION_ANSWERED,
                    messages.get("notice.questionAnswered", event.roundTitle(), event.taskCode(),
                            event.departmentName() == null ? event.authorName() : event.departmentName(),
                            event.excerpt()), link);
        }
    }
}
