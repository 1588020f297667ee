package kr.innotrack.notice;

import kr.innotrack.plan.events.PlanChanged;
import kr.innotrack.plan.events.PlanConfirmed;
import kr.innotrack.shared.Messages;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The notices a plan's confirmation and its later structural changes send to the departments concerned. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
@RequiredArgsConstructor
class PlanNotices {

    private final NoticeCommands notices;
    private final Messages messages;

    @EventListener
    public void on(PlanConfirmed event) {
        String message = messages.get("notice.planConfirmed",
                messages.quotedTitle(messages.planTitle(event.planYear(), event.title())));
        event.leadDepartmentIds().forEach(departmentId -> notices.toDepartment(event.organizationId(), departmentId,
                NoticeKind.PLAN_CONFIRMED, message, "/my/tasks"));
    }

    @EventListener
    public void on(PlanChanged event) {
        if (event.departmentId() == null) {
            return;
        }
        notices.toDepartment(event.organizationId(), event.departmentId(), NoticeKind.PLAN_CHANGED,
                messages.get("notice.planChanged", event.planYear(), messages.get(event.kindKey()), event.summary()),
                event.taskId() == null ? "/plans/" + event.planId() + "/changes"
                        : "/plans/" + event.planId() + "/tasks/" + event.taskId());
    }
}
