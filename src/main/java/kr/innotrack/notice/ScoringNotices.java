package kr.innotrack.notice;

import kr.innotrack.scoring.events.ContestShortlisted;
import kr.innotrack.scoring.events.ObjectionAnswered;
import kr.innotrack.scoring.events.ObjectionFiled;
import kr.innotrack.scoring.events.RankingPublished;
import kr.innotrack.shared.Messages;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notices scoring sends, in the transaction of the change they announce (synchronous listeners,
 * {@code MANDATORY}): a change that rolls back announces nothing.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
@RequiredArgsConstructor
class ScoringNotices {

    private final NoticeCommands notices;
    private final Messages messages;

    @EventListener
    public void on(ContestShortlisted event) {
        notices.toDepartment(event.organizationId(), event.departmentId(), NoticeKind.CONTEST_SHORTLISTED,
                messages.get("notice.contestShortlisted", event.taskCode()), "/plans/" + event.planId() + "/contest");
    }

    /** The office first, then each department in the ranking. */
    @EventListener
    public void on(RankingPublished event) {
        String until = String.valueOf(event.objectionUntil());
        notices.toPlanningOffice(event.organizationId(), NoticeKind.RANKING_PUBLISHED,
                messages.get("notice.rankingPublished.office", until), "/plans/" + event.planId() + "/ranking");
        for (Long departmentId : event.departmentIds()) {
            notices.toDepartment(event.organizationId(), departmentId, NoticeKind.RANKING_PUBLISHED,
                    messages.get("notice.rankingPublished", until), departmentLink(event.planId(), departmentId));
        }
    }

    @EventListener
    public void on(ObjectionFiled event) {
        notices.toPlanningOffice(event.organizationId(), NoticeKind.OBJECTION_FILED,
                messages.get("notice.objectionFiled", event.departmentName()),
                departmentLink(event.planId(), event.departmentId()));
    }

    @EventListener
    public void on(ObjectionAnswered event) {
        notices.toDepartment(event.organizationId(), event.departmentId(), NoticeKind.OBJECTION_ANSWERED,
                messages.get("notice.objectionAnswered", messages.get(event.outcomeKey())),
                departmentLink(event.planId(), event.departmentId()));
    }

    private static String departmentLink(Long planId, Long departmentId) {
        return "/plans/" + planId + "/ranking/departments/" + departmentId;
    }
}
