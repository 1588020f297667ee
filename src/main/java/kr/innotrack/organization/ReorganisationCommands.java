package kr.innotrack.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.organization.events.DepartmentsReorganised;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.StaleEditException;
import kr.innotrack.shared.web.Conflicts;
import kr.innotrack.shared.web.RejectedInput;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reorganisation (부서 통합·분리): merged or split departments are closed from the effective day with their successor;
 * their accounts follow here, and {@link DepartmentsReorganised} tells plan (tasks of plans not closed) and checkround
 * (entries of open rounds), which move theirs in the same transaction. Plans of earlier, closed years keep pointing at
 * the closed department, whose name stays as it was. Every step is in the change history; a moved account's sessions
 * end (its department is part of its rights), as when an admin changes it on the account form.
 */
@Service
@Transactional
@RequiredArgsConstructor
class ReorganisationCommands {

    private static final String DEPARTMENT = "DEPARTMENT";
    private static final String ACCOUNT = "ACCOUNT";

    private final DepartmentRepository departments;
    private final DepartmentService queries;
    private final OrganizationRepository organizations;
    private final AccountRepository accounts;
    private final ReorganisationRules rules;
    private final JdbcTemplate jdbc;
    private final ChangeHistory history;
    private final ApplicationEventPublisher events;
    private final AccountStamps stamps;
    private final kr.innotrack.security.SecurityEvents securityEvents;
    private final Messages messages;

    record MergeInput(List<Long> departmentIds, Long successorId, String newName, Long newParentId,
                      LocalDate effectiveOn, Long version) {
    }

    /** One successor row of a split: an existing department, or the name of a new one. */
    record SuccessorInput(Long departmentId, String name) {
    }

    /** {@code successors}: one per form row, null for a blank row; the rows' maps: account or task id → row. */
    record SplitInput(List<SuccessorInput> successors, Map<Long, Integer> accountRows, Map<Long, Integer> taskRows,
                      LocalDate effectiveOn, Long version) {
    }

    /** Returns the successor's name (for the flash message). */
    String merge(MergeInput in, CurrentUser admin) {
        AccessDeniedHere.unlessAdmin(admin, "department.manage");
        Organization organization = organizations.lockForTreeChange(admin.organizationId()).orElseThrow();
        StaleEditException.unlessCurrent(in.version(), queries.treeVersion(admin.organizationId()), "Department",
                "tree");
        rules.checkMerge(in, admin);
        Department successor = in.successorId() != null ? own(in.successorId(), admin)
                : create(organization, in.newName(), queries.openDepartment(in.newParentId(), admin), admin);
        List<Department> merged = in.departmentIds().stream().filter(id -> !id.equals(successor.getId()))
                .map(id -> own(id, admin)).toList();
        Map<Long, Long> movedTo = new LinkedHashMap<>();
        for (Department d : merged) {
            close(d, List.of(successor), Reorganisation.MERGED, in.effectiveOn(), admin);
            movedTo.put(d.getId(), successor.getId());
        }
        Set<Long> closed = movedTo.keySet();
        // a successor that sat under a merged office moves up to the first office still open
        Department parent = successor.getParent();
        while (parent != null && closed.contains(parent.getId())) {
            parent = parent.getParent();
        }
        if (successor.getParent() != parent) {
            String before = name(successor.getParent());
            successor.placeUnder(parent, successor.getSortOrder());
            history.updated(admin, subject(successor), Changes.of()
                    .field(messages.get("department.parent"), before, name(parent)));
        }
        moveAccounts(movedTo, Map.of(), admin);
        departments.flush();
        events.publishEvent(new DepartmentsReorganised(admin.organizationId(), in.effectiveOn(), movedTo, Map.of(),
                admin));
        return successor.getName();
    }

    /** Returns the split department's name (for the flash message). */
    String split(Long id, SplitInput in, CurrentUser admin) {
        AccessDeniedHere.unlessAdmin(admin, "department.manage");
        Organization organization = organizations.lockForTreeChange(admin.organizationId()).orElseThrow();
        Department split = own(id, admin);
        StaleEditException.unlessCurrent(in.version(), split.getVersion(), "Department", id);
        rules.checkSplit(id, in, admin);
        List<Department> rows = new ArrayList<>();
        for (SuccessorInput row : in.successors()) {
            rows.add(row == null ? null : row.departmentId() != null ? own(row.departmentId(), admin)
                    : create(organization, row.name(), split.getParent(), admin));
        }
        List<Department> successors = rows.stream().filter(java.util.Objects::nonNull).toList();
        close(split, successors, Reorganisation.SPLIT, in.effectiveOn(), admin);
        Department main = rows.get(0);
        Map<Long, Long> accountTo = new HashMap<>();
        in.accountRows().forEach((account, row) -> accountTo.put(account, rows.get(row).getId()));
        moveAccounts(Map.of(id, main.getId()), accountTo, admin);
        Map<Long, Long> taskTo = new HashMap<>();
        in.taskRows().forEach((task, row) -> taskTo.put(task, rows.get(row).getId()));
        departments.flush();
        events.publishEvent(new DepartmentsReorganised(admin.organizationId(), in.effectiveOn(),
                Map.of(id, main.getId()), taskTo, admin));
        return split.getName();
    }

    private Department create(Organization organization, String name, Department parent, CurrentUser admin) {
        int sortOrder = departments.findByOrganization(organization.getId()).stream()
                .mapToInt(Department::getSortOrder).max().orElse(0) + 1;
        Department department;
        try {
            department = departments.saveAndFlush(new Department(organization, parent, name,
                    Math.min(sortOrder, 9999)));
        } catch (DataIntegrityViolationException e) {
            if (!Conflicts.isDuplicate(e)) {
                throw e;
            }
            throw new RejectedInput(null, "department.name.taken");
        }
        history.created(admin, subject(department), Changes.of()
                .field(messages.get("department.name"), null, department.getName())
                .field(messages.get("department.parent"), null, name(parent)));
        return department;
    }

    private void close(Department d, List<Department> successors, Reorganisation kind, LocalDate on,
                       CurrentUser admin) {
        d.closeInto(on, successors.get(0), kind);
        // a department reopened after an earlier reorganisation starts its successors afresh
        jdbc.update("delete from department_successor where department_id = ?", d.getId());
        for (int i = 0; i < successors.size(); i++) {
            jdbc.update("insert into department_successor (department_id, successor_id, sort_order) values (?, ?, ?)",
                    d.getId(), successors.get(i).getId(), i);
        }
        history.updated(admin, subject(d), Changes.of()
                .field(messages.get("department.closedOn"), null, on.toString())
                .field(messages.get("reorg.kind"), null, messages.label(kind))
                .field(messages.get("reorg.successors"), null,
                        successors.stream().map(Department::getName).collect(Collectors.joining(", "))));
    }

    /** Every account of a closed department follows its successor, or the one chosen for it. */
    private void moveAccounts(Map<Long, Long> movedTo, Map<Long, Long> chosen, CurrentUser admin) {
        Set<Long> closed = new HashSet<>(movedTo.keySet());
        for (Account a : accounts.findByOrganization(admin.organizationId())) {
            if (a.getDepartment() == null || !closed.contains(a.getDepartment().getId())) {
                continue;
            }
            Department from = a.getDepartment();
            Department to = own(chosen.getOrDefault(a.getId(), movedTo.get(from.getId())), admin);
            a.assign(a.getRole(), to);
            // a new department is a change of rights, as on the account form: the sessions end, the log says so
            stamps.bump(a.getId());
            securityEvents.record(kr.innotrack.security.SecurityEvents.Entry.of(
                    kr.innotrack.security.SecurityEventType.ACCOUNT_CHANGED, a.getOrganizationId(), a.getId(),
                    a.getUsername()).by(admin.username()).detail(messages.get("account.detail.rightsChanged",
                    messages.get("account.detail.department", from.getName(), to.getName()))));
            history.updated(admin, new ChangeHistory.Subject(a.getOrganizationId(), null, a.getId(), ACCOUNT,
                    a.getId(), a.getUsername() + " (" + a.getDisplayName() + ")"), Changes.of()
                    .field(messages.get("account.department"), from.getName(), to.getName()));
        }
    }

    private Department own(Long id, CurrentUser admin) {
        return departments.findWithOrganization(id)
                .filter(d -> d.getOrganization().getId().equals(admin.organizationId()))
                .orElseThrow(() -> new NotFoundException("department.record", id));
    }

    private static String name(Department d) {
        return d == null ? null : d.getName();
    }

    private static ChangeHistory.Subject subject(Department d) {
        return new ChangeHistory.Subject(d.getOrganization().getId(), null, null, DEPARTMENT, d.getId(), d.getName());
    }
}
