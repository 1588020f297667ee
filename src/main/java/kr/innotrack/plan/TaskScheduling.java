package kr.innotrack.plan;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes other modules make to the plan: a check round's accepted remedy moves milestones, the planning admin
 * selects the year's focus tasks. Written to the task's history in the same transaction.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class TaskScheduling {

    static final String TASK = "TASK";
    /** The history's entity type of a milestone (a check round rebuilds milestones as at its reference date from it). */
    public static final String MILESTONE = "MILESTONE";

    private final TaskRepository tasks;
    private final MilestoneRepository milestones;
    private final ChangeHistory history;
    private final Messages messages;

    /**
     * Moves a milestone to the dates of an accepted remedy (개선대책). The first move keeps the dates first
     * planned; the history names the remedy as the reason.
     */
    public void applyRevisedSchedule(Long taskId, Long milestoneId, YearMonth start, YearMonth end, String reason,
                                     CurrentUser user) {
        Milestone m = milestones.findById(milestoneId).filter(x -> x.getTaskId().equals(taskId))
                .orElseThrow(() -> new NotFoundException("milestone.record", milestoneId));
        Task task = m.getTask();
        if (!task.getPlan().getOrganization().getId().equals(user.organizationId())) {
            throw new NotFoundException("milestone.record", milestoneId);
        }
        Changes changes = Changes.of()
                .field(messages.get("milestone.field.plannedStart"), m.getPlannedStart(), start)
                .field(messages.get("milestone.field.plannedEnd"), m.getPlannedEnd(), end);
        m.reschedule(start, end);
        if (m.getStatus() == MilestoneStatus.DELAYED) {
            m.report(MilestoneStatus.IN_PROGRESS, m.getActualCompletion(), m.getNote());
            changes.field(messages.get("milestone.field.status"), messages.label(MilestoneStatus.DELAYED),
                    messages.label(MilestoneStatus.IN_PROGRESS));
        }
        history.updated(user, subject(task, MILESTONE, m.getId(),
                messages.get("milestone.history.subjectWithReason", m.getDescription(), reason)), changes);
    }

    /** 중점과제 selection for the plan year: exactly the given tasks become focus tasks. Planning admins only. */
    public void selectFocusTasks(Long planId, Set<Long> focusTaskIds, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "task.action.selectFocus");
        List<Task> all = tasks.findByPlanWithDepartments(planId);
        if (all.isEmpty() || !all.get(0).getPlan().getOrganization().getId().equals(user.organizationId())) {
            throw new NotFoundException("plan.record", planId);
        }
        String yes = messages.get("task.value.yes");
        String no = messages.get("task.value.no");
        for (Task task : all) {
            boolean focus = focusTaskIds.contains(task.getId());
            if (focus != task.isFocus()) {
                task.markFocus(focus);
                history.updated(user, subject(task, TASK, task.getId(), task.getCode() + " " + task.getTitle()),
                        Changes.of().field(messages.get("task.field.focus"), focus ? no : yes, focus ? yes : no));
            }
        }
    }

    private static ChangeHistory.Subject subject(Task task, String type, Long id, String label) {
        return TaskCommands.subject(task, type, id, label);
    }
}
