package kr.innotrack.plan;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.organization.Department;
import kr.innotrack.organization.DepartmentService;
import kr.innotrack.organization.DepartmentWork;
import kr.innotrack.organization.events.DepartmentsReorganised;
import kr.innotrack.shared.Messages;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks follow a reorganisation: in every plan that is not closed, a closed department's lead and collaborating
 * places go to its successor (or the successor the admin chose for the task), each move in the task's history and, on
 * a confirmed plan, a lead change in the 계획 변경 이력 with the reorganisation as its reason. Closed plans keep
 * pointing at the closed department, so they show the departments as they were. Also tells the split form which
 * tasks a department holds.
 */
@Component
@RequiredArgsConstructor
class DepartmentSuccession implements DepartmentWork {

    private static final String TASKS_OF = """
            select distinct t from Task t join fetch t.plan p left join t.collaboratingDepartments c
            where p.organization.id = :organizationId and p.state <> kr.innotrack.plan.PlanState.CLOSED
              and (t.leadDepartment.id in :departmentIds or c.id in :departmentIds)""";

    @PersistenceContext
    private EntityManager em;

    private final DepartmentService departments;
    private final ChangeHistory history;
    private final PlanChanges planChanges;
    private final Messages messages;

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DepartmentsReorganised event) {
        Map<Long, Department> byId = departments.departmentsOf(event.organizationId()).stream()
                .collect(Collectors.toMap(Department::getId, d -> d));
        List<Task> tasks = em.createQuery(TASKS_OF, Task.class)
                .setParameter("organizationId", event.organizationId())
                .setParameter("departmentIds", event.movedTo().keySet()).getResultList();
        for (Task task : tasks) {
            Department lead = task.getLeadDepartment();
            Department newLead = lead == null ? null : successor(event, lead, task, byId);
            List<Department> collaborating = List.copyOf(task.getCollaboratingDepartments());
            Set<Department> newCollaborating = new LinkedHashSet<>();
            for (Department d : collaborating) {
                Department to = successor(event, d, task, byId);
                if (!same(to, newLead) && newCollaborating.stream().noneMatch(c -> same(c, to))) {
                    newCollaborating.add(to);
                }
            }
            Plan plan = task.getPlan();
            plan.requireOpen();
            task.assignDepartments(newLead, newCollaborating);
            history.updated(event.by(), new ChangeHistory.Subject(event.organizationId(), task.getId(), null,
                    TaskScheduling.TASK, task.getId(), task.getCode() + " " + task.getTitle()), Changes.of()
                    .field(messages.get("task.lead"), name(lead), name(newLead))
                    .field(messages.get("task.collaboratingDepartments"), names(collaborating),
                            names(new ArrayList<>(newCollaborating))));
            if (!same(lead, newLead)) {
                planChanges.structural(plan, task, PlanChangeKind.LEAD_CHANGED,
                        messages.get("reorg.task.summary", task.getCode(), name(lead), name(newLead)),
                        messages.get("reorg.task.reason", event.effectiveOn().toString()), event.by());
            }
        }
        em.flush();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenTask> openTasksOf(Long organizationId, Long departmentId) {
        return em.createQuery(TASKS_OF, Task.class)
                .setParameter("organizationId", organizationId)
                .setParameter("departmentIds", List.of(departmentId)).getResultList().stream()
                .sorted(java.util.Comparator.comparing((Task t) -> t.getPlan().getPlanYear())
                        .thenComparing(Task::getSortOrder).thenComparing(Task::getId))
                .map(t -> new OpenTask(t.getId(), t.getPlan().getPlanYear(), t.getCode(), t.getTitle())).toList();
    }

    private static Department successor(DepartmentsReorganised event, Department d, Task task,
                                        Map<Long, Department> byId) {
        Long to = event.successorFor(d.getId(), task.getId());
        return to == null ? d : byId.get(to);
    }

    private static boolean same(Department a, Department b) {
        return a == null ? b == null : b != null && Objects.equals(a.getId(), b.getId());
    }

    private static String name(Department d) {
        return d == null ? null : d.getName();
    }

    private static String names(List<Department> list) {
        return list.isEmpty() ? null : list.stream().map(Department::getName).collect(Collectors.joining(", "));
    }
}
