package kr.innotrack.plan.web;

import java.util.List;
import java.util.Map;
import kr.innotrack.organization.Department;
import kr.innotrack.organization.DepartmentNode;
import kr.innotrack.organization.DepartmentService;
import kr.innotrack.organization.Organization;
import kr.innotrack.plan.TaskRow;
import kr.innotrack.plan.TaskQueries;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department pages: organization's departments (tree, headcount, budget) with plan's tasks per department.
 * They live in plan because they show plan data; organization knows nothing of tasks.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class DepartmentTaskQueries {

    private final DepartmentService departments;
    private final TaskQueries tasks;

    /** The organization's departments, parents first, with the number of tasks each leads and collaborates on. */
    List<DepartmentRow> list(Long organizationId, Long userOrganizationId) {
        List<DepartmentNode> tree = departments.tree(organizationId, userOrganizationId);
        Map<Long, Long> led = tasks.ledCounts(organizationId);
        Map<Long, Long> collaborated = tasks.collaboratedCounts(organizationId);
        return tree.stream()
                .map(d -> DepartmentRow.of(d, led.getOrDefault(d.id(), 0L), collaborated.getOrDefault(d.id(), 0L)))
                .toList();
    }

    DepartmentsPage listPage(Long organizationId, Long userOrganizationId) {
        Organization organization = departments.organization(organizationId, userOrganizationId);
        List<DepartmentRow> rows = list(organizationId, userOrganizationId);
        return new DepartmentsPage(organization, rows, departments.committees(organizationId),
                rows.stream().anyMatch(r -> r.authorized() != null),
                rows.stream().anyMatch(r -> r.budgetTotal() != null));
    }

    DepartmentPage page(Long departmentId, Long userOrganizationId) {
        Department department = departments.department(departmentId, userOrganizationId);
        return new DepartmentPage(department, tasks.ledBy(departmentId), tasks.collaboratedBy(departmentId));
    }

    record DepartmentsPage(Organization organization, List<DepartmentRow> departments, List<?> committees,
                           boolean hasHeadcount, boolean hasBudget) {
    }

    public record DepartmentPage(Department department, List<TaskRow> led, List<TaskRow> collaborated) {
    }
}
