package kr.innotrack.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.web.RejectedInput;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a merge and a split, every problem reported at once beside its field: run by the form's
 * {@code check(…)} step and again by {@link ReorganisationCommands} (under the tree lock) as the last guard.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class ReorganisationRules {

    /** An effective date may lie up to this far ahead (a reorganisation decided for next year). */
    static final int YEARS_AHEAD = 1;

    private final DepartmentRepository departments;
    private final AccountRepository accounts;
    private final List<DepartmentWork> work;
    private final Clock clock;

    void checkMerge(ReorganisationCommands.MergeInput in, CurrentUser admin) {
        List<Department> all = departments.findByOrganization(admin.organizationId());
        Map<Long, Department> byId = byId(all);
        var problems = RejectedInput.collect();
        List<Long> ids = in.departmentIds();
        Set<Long> chosen = new HashSet<>(ids);
        if (ids.size() < 2) {
            problems.reject("departmentIds", "reorg.merge.tooFew");
        } else if (ids.stream().anyMatch(id -> !byId.containsKey(id) || !byId.get(id).isOpen())) {
            problems.reject("departmentIds", "reorg.departments.notOpen");
        } else {
            all.stream().filter(d -> d.isOpen() && d.getParentId() != null && chosen.contains(d.getParentId())
                            && !chosen.contains(d.getId())).findFirst()
                    .ifPresent(unit -> problems.reject("departmentIds", "reorg.subunits",
                            byId.get(unit.getParentId()).getName(), unit.getName()));
        }
        if (in.successorId() != null) {
            if (!chosen.contains(in.successorId())) {
                problems.reject("successorId", "reorg.merge.successorNotAmong");
            }
        } else {
            if (in.newName() == null) {
                problems.reject("newName", "reorg.newName.required");
            } else if (all.stream().anyMatch(d -> d.getName().equals(in.newName()))) {
                problems.reject("newName", "department.name.taken");
            }
            if (in.newParentId() != null) {
                Department parent = byId.get(in.newParentId());
                if (parent == null || !parent.isOpen()) {
                    problems.reject("newParentId", "department.parent.unknown");
                } else if (chosen.contains(parent.getId())) {
                    problems.reject("newParentId", "reorg.parent.merged");
                }
            }
        }
        checkDay(in.effectiveOn(), problems);
        problems.throwIfAny();
    }

    void checkSplit(Long departmentId, ReorganisationCommands.SplitInput in, CurrentUser admin) {
        List<Department> all = departments.findByOrganization(admin.organizationId());
        Map<Long, Department> byId = byId(all);
        Department split = byId.get(departmentId);
        if (split == null) {
            throw new NotFoundException("department.record", departmentId);
        }
        var problems = RejectedInput.collect();
        if (!split.isOpen()) {
            problems.reject(null, "department.close.alreadyClosed", split.getName());
        }
        all.stream().filter(d -> d.isOpen() && departmentId.equals(d.getParentId())).findFirst()
                .ifPresent(unit -> problems.reject(null, "reorg.subunits", split.getName(), unit.getName()));
        List<ReorganisationCommands.SuccessorInput> rows = in.successors();
        if (rows.size() > DepartmentSplitForm.ROWS) {
            problems.reject("successors", "reorg.split.tooMany");
        } else {
            if (rows.isEmpty() || rows.get(0) == null) {
                problems.reject("successors[0].name", "reorg.split.mainRequired");
            }
            if (rows.stream().filter(Objects::nonNull).count() < 2) {
                problems.reject("successors", "reorg.split.tooFew");
            }
            Set<Long> seenIds = new HashSet<>();
            Set<String> seenNames = new HashSet<>();
            for (int i = 0; i < rows.size(); i++) {
                ReorganisationCommands.SuccessorInput row = rows.get(i);
                if (row == null) {
                    continue;
                }
                if (row.departmentId() != null) {
                    Department d = byId.get(row.departmentId());
                    if (d == null || !d.isOpen() || d.getId().equals(departmentId) || !seenIds.add(d.getId())) {
                        problems.reject("successors[" + i + "].departmentId", "reorg.split.successorInvalid");
                    }
                } else if (all.stream().anyMatch(d -> d.getName().equals(row.name()))) {
                    problems.reject("successors[" + i + "].name", "department.name.taken");
                } else if (!seenNames.add(row.name())) {
                    problems.reject("successors[" + i + "].name", "reorg.split.nameTwice");
                }
            }
            Set<Long> people = new HashSet<>();
            peopleOf(admin.organizationId(), departmentId).forEach(a -> people.add(a.getId()));
            if (!assignable(in.accountRows(), people, rows)) {
                problems.reject("accountTo", "reorg.split.assignment");
            }
            Set<Long> tasks = new HashSet<>();
            openTasksOf(admin.organizationId(), departmentId).forEach(t -> tasks.add(t.id()));
            if (!assignable(in.taskRows(), tasks, rows)) {
                problems.reject("taskTo", "reorg.split.assignment");
            }
        }
        checkDay(in.effectiveOn(), problems);
        problems.throwIfAny();
    }

    /** The department's accounts (enabled or not), for the split form. */
    List<Account> peopleOf(Long organizationId, Long departmentId) {
        return accounts.findByOrganization(organizationId).stream()
                .filter(a -> a.getDepartment() != null && a.getDepartment().getId().equals(departmentId)).toList();
    }

    /** The tasks of plans not closed the department leads or works on (none when no module says). */
    List<DepartmentWork.OpenTask> openTasksOf(Long organizationId, Long departmentId) {
        return work.stream().flatMap(w -> w.openTasksOf(organizationId, departmentId).stream()).toList();
    }

    private static boolean assignable(Map<Long, Integer> chosen, Set<Long> ids,
                                      List<ReorganisationCommands.SuccessorInput> rows) {
        return chosen.entrySet().stream().allMatch(e -> ids.contains(e.getKey()) && e.getValue() < rows.size()
                && rows.get(e.getValue()) != null);
    }

    private void checkDay(LocalDate day, RejectedInput.Collector problems) {
        LocalDate latest = LocalDate.now(clock).plusYears(YEARS_AHEAD);
        if (day == null) {
            problems.reject("effectiveOn", "reorg.effectiveOn.required");
        } else if (day.isBefore(DepartmentCommands.EARLIEST_CLOSING) || day.isAfter(latest)) {
            problems.reject("effectiveOn", "reorg.effectiveOn.range", DepartmentCommands.EARLIEST_CLOSING.toString(),
                    latest.toString());
        }
    }

    private static Map<Long, Department> byId(List<Department> all) {
        Map<Long, Department> byId = new HashMap<>();
        all.forEach(d -> byId.put(d.getId(), d));
        return byId;
    }
}
