package kr.innotrack.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.StaleEditException;
import kr.innotrack.shared.web.Conflicts;
import kr.innotrack.shared.web.RejectedInput;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planning admin's department work: create, rename, place under an office, order, record 정원/현원, close and
 * reopen. A department is never deleted: earlier plans and accounts' history point at it. Its 정원/현원 are kept as a
 * dated total ({@code department_headcount}, grade {@value #TOTAL}) beside any per-grade figures a seed brought.
 */
@Service
@Transactional
@RequiredArgsConstructor
class DepartmentCommands {

    static final String TOTAL = "TOTAL";
    /** A closing day is a day that has come, not a plan; nothing this product tracks is older than this. */
    static final LocalDate EARLIEST_CLOSING = LocalDate.of(1990, 1, 1);
    private static final String DEPARTMENT = "DEPARTMENT";

    private final DepartmentRepository departments;
    private final DepartmentService queries;
    private final OrganizationRepository organizations;
    private final OrganizationFacts facts;
    private final JdbcTemplate jdbc;
    private final ChangeHistory history;
    private final Messages messages;
    private final Clock clock;

    record DepartmentInput(String name, Long parentId, int sortOrder, Integer authorized, Integer current,
                           Long version) {
    }

    Department create(DepartmentInput input, CurrentUser admin) {
        AccessDeniedHere.unlessAdmin(admin, "department.manage");
        Organization organization = organizations.lockForTreeChange(admin.organizationId()).orElseThrow();
        queries.checkPlace(input.name(), input.parentId(), null, admin);
        Department parent = queries.openDepartment(input.parentId(), admin);
        Department department = save(new Department(organization, parent, input.name(), input.sortOrder()));
        recordHeadcount(department.getId(), null, input);
        history.created(admin, subject(department), Changes.of()
                .field(messages.get("department.name"), null, department.getName())
                .field(messages.get("department.parent"), null, parent == null ? null : parent.getName())
                .field(messages.get("department.authorized"), null, text(input.authorized()))
                .field(messages.get("department.current"), null, text(input.current())));
        return department;
    }

    /** Returns the department's name (for the flash message). */
    String update(Long id, DepartmentInput input, CurrentUser admin) {
        AccessDeniedHere.unlessAdmin(admin, "department.manage");
        organizations.lockForTreeChange(admin.organizationId());
        Department department = own(id, admin);
        queries.checkPlace(input.name(), input.parentId(), id, admin);
        Department parent = queries.openDepartment(input.parentId(), admin);
        StaleEditException.unlessCurrent(input.version(), department.getVersion(), "Department", id);
        OrganizationFacts.Headcount before = facts.headcountOf(id).orElse(null);
        Changes changes = Changes.of()
                .field(messages.get("department.name"), department.getName(), input.name())
                .field(messages.get("department.parent"), name(department.getParent()), name(parent))
                .field(messages.get("department.sortOrder"), text(department.getSortOrder()), text(input.sortOrder()))
                .field(messages.get("department.authorized"), text(before == null ? null : before.authorized()),
                        text(input.authorized()))
                .field(messages.get("department.current"), text(before == null ? null : before.current()),
                        text(input.current()));
        if (!department.getName().equals(input.name())) {
            // the old name stays valid until yesterday: plans of earlier years keep showing it
            jdbc.update("insert into department_name_history (department_id, name, valid_until) values (?, ?, ?)",
                    id, department.getName(), LocalDate.now(clock).minusDays(1));
        }
        department.rename(input.name());
        department.placeUnder(parent, input.sortOrder());
        save(department);
        recordHeadcount(id, before, input);
        history.updated(admin, subject(department), changes);
        return department.getName();
    }

    /**
     * Closes a department from a day on. Refused while people or open sub-units still belong to it: they move first
     * (an account to another department, a sub-unit under another office).
     */
    String close(Long id, Long version, LocalDate on, CurrentUser admin) {
        AccessDeniedHere.unlessAdmin(admin, "department.manage");
        Department department = own(id, admin);
        StaleEditException.unlessCurrent(version, department.getVersion(), "Department", id);
        if (!department.isOpen()) {
            throw new NotAllowedNow("department.close.alreadyClosed", department.getName());
        }
        long people = jdbc.queryForObject("select count(*) from account where department_id = ? and enabled = true",
                Long.class, id);
        long units = jdbc.queryForObject("select count(*) from department where parent_id = ? and closed_on is null",
                Long.class, id);
        if (people > 0 || units > 0) {
            throw new RejectedInput(null, "department.close.stillUsed", department.getName(), people, units);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate day = on == null ? today : on;
        if (day.isAfter(today) || day.isBefore(EARLIEST_CLOSING)) {
            throw new RejectedInput("closedOn", "department.closedOn.range", EARLIEST_CLOSING.toString());
        }
        department.close(day);
        departments.flush();
        history.updated(admin, subject(department), Changes.of()
                .field(messages.get("department.closedOn"), null, day.toString()));
        return department.getName();
    }

    String reopen(Long id, Long version, CurrentUser admin) {
        AccessDeniedHere.unlessAdmin(admin, "department.manage");
        Department department = own(id, admin);
        StaleEditException.unlessCurrent(version, department.getVersion(), "Department", id);
        if (department.isOpen()) {
            return department.getName();
        }
        if (department.getParent() != null && !department.getParent().isOpen()) {
            throw new NotAllowedNow("department.reopen.parentClosed", department.getParent().getName());
        }
        history.updated(admin, subject(department), Changes.of()
                .field(messages.get("department.closedOn"), department.getClosedOn().toString(), null));
        department.reopen();
        departments.flush();
        return department.getName();
    }

    private Department own(Long id, CurrentUser admin) {
        return departments.findWithOrganization(id)
                .filter(d -> d.getOrganization().getId().equals(admin.organizationId()))
                .orElseThrow(() -> new NotFoundException("department.record", id));
    }

    private Department save(Department department) {
        try {
            return departments.saveAndFlush(department);
        } catch (DataIntegrityViolationException e) {
            if (!Conflicts.isDuplicate(e)) {
                throw e;
            }
            // another admin gave a department this name a moment ago
            throw new RejectedInput("name", "department.name.taken");
        }
    }

    /** A changed 정원/현원 becomes today's total (the pages read the latest date). */
    private void recordHeadcount(Long departmentId, OrganizationFacts.Headcount before, DepartmentInput input) {
        if (input.authorized() == null && input.current() == null) {
            return;
        }
        int authorized = Objects.requireNonNullElse(input.authorized(), 0);
        int current = Objects.requireNonNullElse(input.current(), 0);
        if (before != null && before.authorized() == authorized && before.current() == current) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        jdbc.update("delete from department_headcount where department_id = ? and as_of = ?", departmentId, today);
        jdbc.update("insert into department_headcount (department_id, as_of, grade, authorized, current_count)"
                + " values (?, ?, ?, ?, ?)", departmentId, today, TOTAL, authorized, current);
    }

    private static String name(Department d) {
        return d == null ? null : d.getName();
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    private static ChangeHistory.Subject subject(Department d) {
        return new ChangeHistory.Subject(d.getOrganization().getId(), null, null, DEPARTMENT, d.getId(), d.getName());
    }
}
