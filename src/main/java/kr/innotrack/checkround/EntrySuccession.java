package kr.innotrack.checkround;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.organization.Department;
import kr.innotrack.organization.DepartmentService;
import kr.innotrack.organization.events.DepartmentsReorganised;
import kr.innotrack.shared.Messages;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open check entries follow a reorganisation: an entry of a round not yet closed whose department was merged or split
 * goes to the successor (the one chosen for its task, if any), in the entry's history. A closed round's entries keep
 * their department: they are the record of that meeting.
 */
@Component
@RequiredArgsConstructor
class EntrySuccession {

    @PersistenceContext
    private EntityManager em;

    private final DepartmentService departments;
    private final ChangeHistory history;
    private final Messages messages;

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DepartmentsReorganised event) {
        Map<Long, Department> byId = departments.departmentsOf(event.organizationId()).stream()
                .collect(Collectors.toMap(Department::getId, d -> d));
        List<RoundEntry> entries = em.createQuery("""
                        select e from RoundEntry e join fetch e.round r join fetch r.plan p
                        where p.organization.id = :organizationId and r.state <> kr.innotrack.checkround.RoundState.CLOSED
                          and e.departmentId in :departmentIds""", RoundEntry.class)
                .setParameter("organizationId", event.organizationId())
                .setParameter("departmentIds", event.movedTo().keySet()).getResultList();
        for (RoundEntry entry : entries) {
            Department from = byId.get(entry.getDepartmentId());
            Department to = byId.get(event.successorFor(entry.getDepartmentId(), entry.getTaskId()));
            entry.moveTo(to);
            CheckRound round = entry.getRound();
            history.updated(event.by(), RoundCommands.subject(round, entry.getTaskId(), EntryCommands.ENTRY,
                    entry.getId(), messages.get("entry.history.subject", round.getTitle())), Changes.of()
                    .field(messages.get("reorg.entry.department"), from == null ? null : from.getName(), to.getName()));
        }
        em.flush();
    }
}
