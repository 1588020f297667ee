package kr.innotrack.organization;

import java.util.List;
import java.util.Map;
import kr.innotrack.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class DepartmentService {

    private final OrganizationRepository organizations;
    private final DepartmentRepository departments;
    private final OrganizationFacts facts;

    DepartmentService(OrganizationRepository organizations, DepartmentRepository departments,
                      OrganizationFacts facts) {
        this.organizations = organizations;
        this.departments = departments;
        this.facts = facts;
    }

    /** The signed-in user's own organization; any other id is "not found". */
    public Organization organization(Long id, Long userOrganizationId) {
        return organizations.findById(id).filter(o -> o.getId().equals(userOrganizationId))
                .orElseThrow(() -> new NotFoundException("organization.record", id));
    }

    /** The organization's departments, parents first, each followed by its children (any depth). */
    public List<DepartmentNode> tree(Long organizationId, Long userOrganizationId) {
        organization(organizationId, userOrganizationId);
        Map<Long, OrganizationFacts.Headcount> headcount = facts.headcount(organizationId);
        Map<Long, OrganizationFacts.Budget> budgets = facts.budgets(organizationId);
        List<Department> all = departments.findByOrganization(organizationId);
        List<DepartmentNode> nodes = new java.util.ArrayList<>();
        // parents first, each followed by its children (any depth), so the hierarchy reads top-down
        addLevel(all, null, 0, nodes, headcount, budgets);
        return nodes;
    }

    private static void addLevel(List<Department> all, Long parentId, int depth, List<DepartmentNode> nodes,
                                 Map<Long, OrganizationFacts.Headcount> headcount,
                                 Map<Long, OrganizationFacts.Budget> budgets) {
        for (Department d : all) {
            Long p = d.getParentId();
            if (!java.util.Objects.equals(p, parentId)) {
                continue;
            }
            OrganizationFacts.Headcount h = headcount.get(d.getId());
            OrganizationFacts.Budget b = budgets.get(d.getId());
            nodes.add(new DepartmentNode(d.getId(), d.getName(), depth, h == null ? null : h.authorized(),
                    h == null ? null : h.current(), b == null ? null : b.year(), b == null ? null : b.total(),
                    b == null ? null : b.program(), b == null ? null : b.administrative()));
            addLevel(all, d.getId(), depth + 1, nodes, headcount, budgets);
        }
    }

    public List<OrganizationFacts.Committee> committees(Long organizationId) {
        return facts.committees(organizationId);
    }

    /** A department of the signed-in user's organization, with its organization loaded; any other is "not found". */
    public Department department(Long departmentId, Long userOrganizationId) {
        return departments.findWithOrganization(departmentId)
                .filter(d -> d.getOrganization().getId().equals(userOrganizationId))
                .orElseThrow(() -> new NotFoundException("department.record", departmentId));
    }

    /** Departments of the user's organization, for choosing one in a form. */
    public List<Department> departmentsOf(Long organizationId) {
        return departments.findByOrganization(organizationId);
    }
}
