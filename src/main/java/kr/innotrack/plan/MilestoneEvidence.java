package kr.innotrack.plan;

import kr.innotrack.evidence.AttachmentOwner;
import kr.innotrack.evidence.Owner;
import kr.innotrack.evidence.OwnerKind;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A milestone's 완료 증빙: read by whoever may read its task (its organization; a draft plan only by planning admins),
 * attached and removed by whoever may edit the task (its department's officers, collaborators where allowed, planning
 * admins); a closed plan's milestones are frozen. Recorded in the task's history.
 */
@Component
@RequiredArgsConstructor
class MilestoneEvidence implements AttachmentOwner {

    private final MilestoneRepository milestones;
    private final TaskRepository tasks;
    private final TaskQueries queries;
    private final Messages messages;

    @Override
    public OwnerKind kind() {
        return OwnerKind.MILESTONE;
    }

    @Override
    @Transactional(readOnly = true)
    public Owner resolve(Long milestoneId, CurrentUser user) {
        Milestone m = milestones.findById(milestoneId)
                .orElseThrow(() -> new NotFoundException("milestone.record", milestoneId));
        Task task = tasks.findDetail(m.getTaskId())
                .filter(t -> t.getPlan().getOrganization().getId().equals(user.organizationId()))
                .filter(t -> !t.getPlan().draft() || user.admin())
                .orElseThrow(() -> new NotFoundException("milestone.record", milestoneId));
        boolean edit = queries.canEdit(task, user);
        Plan plan = task.getPlan();
        return new Owner(OwnerKind.MILESTONE, m.getId(), plan.getOrganization().getId(),
                task.getCode() + " " + task.getTitle() + " · " + m.getDescription(),
                "/plans/" + plan.getId() + "/tasks/" + task.getId() + "#evidence", edit, edit, plan.closed(),
                new ChangeHistory.Subject(plan.getOrganization().getId(), task.getId(), null, TaskScheduling.MILESTONE,
                        m.getId(), messages.get("milestone.history.subject", m.getDescription())));
    }
}
