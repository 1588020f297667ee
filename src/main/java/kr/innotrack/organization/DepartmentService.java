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

    public Organization organization(Long id) {
        return organizations.findById(id).orElseThrow(() -> new NotFoundException("기관", id));
    }

    public List<DepartmentRow> list(Long organizationId) {
        organization(organizationId);
        Map<Long, Long> led = tasks.ledCounts(organizationId);
        Map<Long, Long> collaborated = tasks.collaboratedCounts(organizationId);
        return departments.findByOrganization(organizationId).stream()
                .map(d -> new DepartmentRow(d.getId(), d.getName(), led.getOrDefault(d.getId(), 0L),
                        collaborated.getOrDefault(d.getId(), 0L)))
                .toList();
    }

    public DepartmentPage page(Long departmentId) {
        Department department = departments.findWithOrganization(departmentId)
                .orElseThrow(() -> new NotFoundException("부서", departmentId));
        return new DepartmentPage(department, tasks.ledBy(departmentId), tasks.collaboratedBy(departmentId));
    }

    public record DepartmentPage(Department department, List<TaskRow> led, List<TaskRow> collaborated) {
    }
}
