package kr.innotrack.organization;

import java.util.List;
import java.util.Map;
import kr.innotrack.plan.TaskRow;
import kr.innotrack.plan.TaskService;
import kr.innotrack.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class DepartmentService {

    private final OrganizationRepository organizations;
    private final DepartmentRepository departments;
    private final TaskService tasks;
    private final OrganizationFacts facts;

    DepartmentService(OrganizationRepository organizations, DepartmentRepository departments, TaskService tasks,
                      OrganizationFacts facts) {
        this.organizations = organizations;
        this.departments = departments;
        this.tasks = tasks;
        this.facts = facts;
    }

    /** The signed-in user's own organization; any other id is "not found". */
    public Organization organization(Long id, Long userOrganizationId) {
        return organizations.findById(id).filter(o -> o.getId().equals(userOrganizationId))
                .orElseThrow(() -> new NotFoundException("기관", id));
    }

    public List<DepartmentRow> list(Long organizationId, Long userOrganizationId) {
        organization(organizationId, userOrganizationId);
        Map<Long, Long> led = tasks.ledCounts(organizationId);
        Map<Long, Long> collaborated = tasks.collaboratedCounts(organizationId);
        Map<Long, OrganizationFacts.Headcount> headcount = facts.headcount(organizationId);
        Map<Long, OrganizationFacts.Budget> budgets = facts.budgets(organizationId);
        List<Department> all = departments.findByOrganization(organizationId);
        List<DepartmentRow> rows = new java.util.ArrayList<>();
        // parents first, each followed by its children (any depth), so the hierarchy reads top-down
        addLevel(all, null, 0, rows, led, collaborated, headcount, budgets);
        return rows;
    }

    private static void addLevel(List<Department> all, Long parentId, int depth, List<DepartmentRow> rows,
                                 Map<Long, Long> led, Map<Long, Long> collaborated,
                                 Map<Long, OrganizationFacts.Headcount> headcount,
                                 Map<Long, OrganizationFacts.Budget> budgets) {
        for (Department d : all) {
            Long p = d.getParentId();
            if (!java.util.Objects.equals(p, parentId)) {
                continue;
            }
            OrganizationFacts.Headcount h = headcount.get(d.getId());
            OrganizationFacts.Budget b = budgets.get(d.getId());
            rows.add(new DepartmentRow(d.getId(), d.getName(), led.getOrDefault(d.getId(), 0L),
                    collaborated.getOrDefault(d.getId(), 0L), depth, h == null ? null : h.authorized(),
                    h == null ? null : h.current(), b == null ? null : b.year(), b == null ? null : b.total(),
                    b == null ? null : b.program(), b == null ? null : b.administrative()));
            addLevel(all, d.getId(), depth + 1, rows, led, collaborated, headcount, budgets);
        }
    }

    public List<OrganizationFacts.Committee> committees(Long organizationId) {
        return facts.committees(organizationId);
    }

    public DepartmentPage page(Long departmentId, Long userOrganizationId) {
        Department department = departments.findWithOrganization(departmentId)
                .filter(d -> d.getOrganization().getId().equals(userOrganizationId))
                .orElseThrow(() -> new NotFoundException("부서", departmentId));
        return new DepartmentPage(department, tasks.ledBy(departmentId), tasks.collaboratedBy(departmentId));
    }

    /** Departments of the user's organization, for choosing one in a form. */
    public List<Department> departmentsOf(Long organizationId) {
        return departments.findByOrganization(organizationId);
    }

    public record DepartmentPage(Department department, List<TaskRow> led, List<TaskRow> collaborated) {
    }
}
