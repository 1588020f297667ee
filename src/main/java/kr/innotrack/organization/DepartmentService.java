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

    DepartmentService(OrganizationRepository organizations, DepartmentRepository departments, TaskService tasks) {
        this.organizations = organizations;
        this.departments = departments;
        this.tasks = tasks;
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
        return departments.findByOrganization(organizationId).stream()
                .map(d -> new DepartmentRow(d.getId(), d.getName(), led.getOrDefault(d.getId(), 0L),
                        collaborated.getOrDefault(d.getId(), 0L)))
                .toList();
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
