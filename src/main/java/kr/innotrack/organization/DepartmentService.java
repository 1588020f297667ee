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
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    DepartmentService(OrganizationRepository organizations, DepartmentRepository departments,
                      OrganizationFacts facts, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.organizations = organizations;
        this.departments = departments;
        this.facts = facts;
        this.jdbc = jdbc;
    }

    /** The signed-in user's own organization; any other id is "not found". */
    public Organization organization(Long id, Long userOrganizationId) {
        return organizations.findById(id).filter(o -> o.getId().equals(userOrganizationId))
                .orElseThrow(() -> new NotFoundException("organization.record", id));
    }

    /** The organization's departments, parents first, each followed by its children (any depth). */
    public List<DepartmentNode> tree(Long organizationId, Long userOrganizationId) {
        organization(organizationId, userOrganizationId);
        return tree(organizationId, departments.findByOrganization(organizationId));
    }

    private List<DepartmentNode> tree(Long organizationId, List<Department> all) {
        Map<Long, OrganizationFacts.Headcount> headcount = facts.headcount(organizationId);
        Map<Long, OrganizationFacts.Budget> budgets = facts.budgets(organizationId);
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

    /** The planning admin's department list: the tree with 정원/현원, people in each, and which are closed. */
    record AdminPage(Organization organization, List<DepartmentNode> tree, Map<Long, Long> accounts,
                     Map<Long, java.time.LocalDate> closed, Map<Long, Long> versions,
                     Map<Long, Succession> successions) {
    }

    /** How a reorganisation closed a department and who took over (names joined for the page). */
    record Succession(Reorganisation kind, String successors) {

        public boolean merged() {
            return kind == Reorganisation.MERGED;
        }
    }

    AdminPage adminPage(kr.innotrack.shared.CurrentUser admin) {
        Organization organization = organization(admin.organizationId(), admin.organizationId());
        Map<Long, java.time.LocalDate> closed = new java.util.HashMap<>();
        Map<Long, Long> versions = new java.util.HashMap<>();
        List<Department> all = departments.findByOrganization(admin.organizationId());
        for (Department d : all) {
            versions.put(d.getId(), d.getVersion());
            if (!d.isOpen()) {
                closed.put(d.getId(), d.getClosedOn());
            }
        }
        return new AdminPage(organization, tree(admin.organizationId(), all),
                facts.enabledAccounts(admin.organizationId()), closed, versions, successions(all));
    }

    /** A department as saved, for the edit form and the conflict view. */
    record Editable(Long id, String name, Long parentId, int sortOrder, Integer authorized, Integer current,
                    Long version, java.time.LocalDate closedOn) {
    }

    Editable editable(Long id, kr.innotrack.shared.CurrentUser admin) {
        Department d = department(id, admin.organizationId());
        OrganizationFacts.Headcount h = facts.headcountOf(id).orElse(null);
        return new Editable(d.getId(), d.getName(), d.getParentId(), d.getSortOrder(),
                h == null ? null : h.authorized(), h == null ? null : h.current(), d.getVersion(), d.getClosedOn());
    }

    /**
     * The rules of a department's name and place, all reported at once: a name no other department of the
     * organization has, and an office that is open, of the same organization, and not the department itself or one of
     * its own units (blank fields are the form's business).
     */
    void checkPlace(String name, Long parentId, Long departmentId, kr.innotrack.shared.CurrentUser admin) {
        List<Department> all = departments.findByOrganization(admin.organizationId());
        var problems = kr.innotrack.shared.web.RejectedInput.collect();
        if (name != null && !name.isBlank()
                && all.stream().anyMatch(d -> d.getName().equals(name.strip()) && !d.getId().equals(departmentId))) {
            problems.reject("name", "department.name.taken");
        }
        if (parentId != null) {
            Map<Long, Department> byId = new java.util.HashMap<>();
            all.forEach(d -> byId.put(d.getId(), d));
            Department parent = byId.get(parentId);
            if (parent == null || !parent.isOpen()) {
                problems.reject("parentId", "department.parent.unknown");
            } else if (departmentId != null) {
                java.util.Set<Long> seen = new java.util.HashSet<>();
                for (Long at = parentId; at != null && seen.add(at);
                     at = byId.containsKey(at) ? byId.get(at).getParentId() : null) {
                    if (at.equals(departmentId)) {
                        problems.reject("parentId", "department.parent.cycle");
                        break;
                    }
                }
            }
        }
        problems.throwIfAny();
    }

    /** An open department of the user's organization (after {@link #checkPlace}), or null for none. */
    Department openDepartment(Long id, kr.innotrack.shared.CurrentUser user) {
        return id == null ? null : department(id, user.organizationId());
    }

    /** department id → name, every department of the organization (closed ones too): what conflict views show. */
    Map<Long, String> departmentNames(Long organizationId) {
        return departments.findByOrganization(organizationId).stream()
                .collect(java.util.stream.Collectors.toMap(Department::getId, Department::getName));
    }

    /** The organization's open departments, for choosing an office to sit under or a department for an account. */
    public List<Department> openDepartmentsOf(Long organizationId) {
        return departments.findByOrganization(organizationId).stream().filter(Department::isOpen).toList();
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

    /** closed department id → how it was reorganised and its successors' names, in order. */
    private Map<Long, Succession> successions(List<Department> all) {
        Map<Long, String> names = new java.util.HashMap<>();
        all.forEach(d -> names.put(d.getId(), d.getName()));
        Map<Long, List<String>> successors = new java.util.HashMap<>();
        jdbc.query("select s.department_id, s.successor_id from department_successor s join department d"
                        + " on d.id = s.department_id where d.organization_id = ? order by s.department_id, s.sort_order",
                rs -> {
                    successors.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                            .add(names.get(rs.getLong(2)));
                }, all.isEmpty() ? -1L : all.get(0).getOrganization().getId());
        Map<Long, Succession> result = new java.util.HashMap<>();
        for (Department d : all) {
            if (!d.isOpen() && d.getReorganised() != null) {
                List<String> list = successors.getOrDefault(d.getId(),
                        d.getSuccessorId() == null ? List.of() : List.of(names.get(d.getSuccessorId())));
                result.put(d.getId(), new Succession(d.getReorganised(), String.join(", ", list)));
            }
        }
        return result;
    }

    /**
     * department id → the name it had at the end of {@code year} (its current name when it has not been renamed
     * since), every department of the organization: what a plan of that year shows.
     */
    public Map<Long, String> namesInYear(Long organizationId, int year) {
        Map<Long, String> names = new java.util.HashMap<>();
        // one statement: the earliest name still valid at the year's end (the same day twice: the one recorded
        // first), else the current name
        jdbc.query("select d.id, coalesce((select h.name from department_name_history h where h.department_id = d.id"
                        + " and h.valid_until >= ? order by h.valid_until, h.id fetch first 1 rows only), d.name)"
                        + " from department d where d.organization_id = ?",
                rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                }, java.time.LocalDate.of(year, 12, 31), organizationId);
        return names;
    }

    /**
     * The version of an organization's whole department tree as read: the sum of its departments' versions and their
     * number, which grows with every change to any of them (a merge form saves over the tree it was read at).
     */
    long treeVersion(Long organizationId) {
        return departments.findByOrganization(organizationId).stream()
                .mapToLong(d -> d.getVersion() + 1).sum();
    }

    /**
     * Where each department a reorganisation closed went: closed department id → its open successor, following a
     * chain of reorganisations (merged, then merged again). A closed department without a successor, or whose chain
     * ends in one (or loops), is not in the map: it went nowhere.
     */
    public Map<Long, Long> successorMap(Long organizationId) {
        // one read of the organization's departments gives both the successors and which ones are open
        Map<Long, Long> direct = new java.util.HashMap<>();
        java.util.Set<Long> open = new java.util.HashSet<>();
        for (Department d : departments.findByOrganization(organizationId)) {
            if (d.getSuccessorId() != null) {
                direct.put(d.getId(), d.getSuccessorId());
            }
            if (d.isOpen()) {
                open.add(d.getId());
            }
        }
        return followSuccessors(direct, open);
    }

    /** The chain rule of {@link #successorMap}: at most 10 steps to an open department. */
    static Map<Long, Long> followSuccessors(Map<Long, Long> direct, java.util.Set<Long> open) {
        Map<Long, Long> resolved = new java.util.HashMap<>();
        for (Long closed : direct.keySet()) {
            if (open.contains(closed)) {
                continue;
            }
            Long at = direct.get(closed);
            for (int step = 0; at != null && !open.contains(at) && step < 10; step++) {
                at = direct.get(at);
            }
            if (at != null && open.contains(at)) {
                resolved.put(closed, at);
            }
        }
        return resolved;
    }
}
