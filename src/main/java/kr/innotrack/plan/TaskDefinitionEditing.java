package kr.innotrack.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.history.HistoryQueries;
import kr.innotrack.organization.Department;
import kr.innotrack.organization.DepartmentService;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.StaleEditException;
import kr.innotrack.shared.web.RejectedInput;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planning admin writes a plan's tasks (issue 15, the task editor): creates a task, edits every field of the task
 * sheet, moves and renumbers it, retires it (중단) or, while the plan is a draft and nobody has worked on the task,
 * deletes it; writes its schedule lines (read by {@link ScheduleParser}, months given where the text names none) and
 * its KPIs. Every change: only a planning admin (403), only the admin's organization (404), never a closed plan
 * ({@link Plan#requireOpen()}), the version the form was read at (409), the change history in the same transaction,
 * and after confirmation a structural change (task added, retired or moved, lead department, KPI added or removed,
 * target) needs a reason and goes into the 계획 변경 이력 ({@link PlanChanges#structural}).
 * <p>
 * While the plan is a draft the history entries are the organization's, not yet the task's (a draft is still being
 * written: its tasks may still be deleted, and a task's own history is what marks it as worked on).
 */
@Service
@Transactional
@RequiredArgsConstructor
public class TaskDefinitionEditing {

    public static final String TASK = TaskScheduling.TASK;
    public static final String MILESTONE = TaskScheduling.MILESTONE;
    public static final String KPI = "KPI";

    private final PlanRepository plans;
    private final TaskRepository tasks;
    private final StrategyNodeRepository nodes;
    private final MilestoneRepository milestones;
    private final KpiRepository kpis;
    private final TaskBudgetRepository budgets;
    private final PlanChanges planChanges;
    private final DepartmentService departments;
    private final HistoryQueries historyQueries;
    private final ChangeHistory history;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Messages messages;
    private final Clock clock;

    /** Every field of the seed task sheet, as the admin enters it. */
    public record Definition(Long nodeId, String code, String title, Long leadDepartmentId,
                             List<Long> collaboratingDepartmentIds, String collaborators, String officer, String phone,
                             String budgetText, boolean continuing, boolean representative, String background,
                             String details, String before, String after) {
        public Definition {
            collaboratingDepartmentIds = collaboratingDepartmentIds == null ? List.of()
                    : collaboratingDepartmentIds.stream().filter(Objects::nonNull).distinct().toList();
        }
    }

    /** A schedule line as typed; the months only count when the text names none. */
    public record ScheduleLine(String description, String detail, String scheduleText, YearMonth start,
                               YearMonth end) {
    }

    public record Indicator(String name, String unit, BigDecimal baseline, BigDecimal target,
                            KpiDirection direction, KpiFrequency frequency, KpiAccumulation accumulation) {

        public Indicator(String name, String unit, BigDecimal baseline, BigDecimal target, KpiDirection direction,
                         KpiFrequency frequency) {
            this(name, unit, baseline, target, direction, frequency, null);
        }
    }

    /** Whether {@link ScheduleParser} read months or a recurrence from the text. */
    public static boolean readable(ParsedSchedule parsed) {
        return parsed.start() != null || parsed.recurrence() != null;
    }

    /**
     * The months of a schedule line: what the text says, or, when it says nothing the parser can read, the months
     * given (required then: refused beside the start month).
     */
    public static ParsedSchedule schedule(String text, YearMonth start, YearMonth end, int planYear) {
        ParsedSchedule parsed = ScheduleParser.parse(text, planYear);
        if (readable(parsed)) {
            return parsed;
        }
        if (start == null) {
            throw new RejectedInput("plannedStart", "taskdef.schedule.monthsRequired");
        }
        return new ParsedSchedule(start, end == null ? start : end, List.of(), null);
    }

    // ---- tasks

    public Long create(Long planId, Definition d, String reason, CurrentUser user) {
        Plan plan = openPlan(planId, user);
        StrategyNode node = node(plan, d.nodeId());
        requireCodeFree(plan, d.code(), null);
        requireReason(plan, reason);
        Map<Long, Department> open = openDepartments(user);
        Task task = new Task(plan, node, d.code(), d.title(), tasks.lastSortOrder(planId) + 1);
        task.write(sheet(d, null));
        task.assignDepartments(pick(open, d.leadDepartmentId(), "leadDepartmentId"),
                d.collaboratingDepartmentIds().stream().map(id -> pick(open, id, "collaboratingDepartmentIds"))
                        .toList());
        tasks.save(task);
        planChanges.structural(plan, task, PlanChangeKind.TASK_ADDED,
                messages.get("taskdef.change.added", task.getCode(), task.getTitle()), reason, user);
        history.created(user, subject(plan, task, TASK, task.getId(), label(task)),
                values(null, task, List.of()));
        return task.getId();
    }

    public void update(Long planId, Long taskId, Definition d, Long version, String reason, CurrentUser user) {
        Plan plan = openPlan(planId, user);
        Task task = task(plan, taskId);
        StaleEditException.unlessCurrent(version, task.getVersion(), "Task", taskId);
        StrategyNode node = node(plan, d.nodeId());
        requireCodeFree(plan, d.code(), taskId);
        StrategyNode oldNode = task.getStrategyNode();
        Department oldLead = task.getLeadDepartment();
        boolean moved = !oldNode.getId().equals(node.getId());
        boolean leadChanged = !Objects.equals(oldLead == null ? null : oldLead.getId(), d.leadDepartmentId());
        if (moved || leadChanged) {
            requireReason(plan, reason);
        }
        List<Department> oldCollaborating = tasks.collaboratingDepartments(taskId);
        // a department closed since keeps its place on the task; a newly chosen one must be open
        Map<Long, Department> allowed = openDepartments(user);
        if (oldLead != null) {
            allowed.putIfAbsent(oldLead.getId(), oldLead);
        }
        oldCollaborating.forEach(dep -> allowed.putIfAbsent(dep.getId(), dep));
        Task before = snapshot(task);
        String oldCode = task.getCode();
        task.write(sheet(d, task.getPredecessorId()));
        task.placeUnder(node);
        task.assignDepartments(pick(allowed, d.leadDepartmentId(), "leadDepartmentId"),
                d.collaboratingDepartmentIds().stream().map(id -> pick(allowed, id, "collaboratingDepartmentIds"))
                        .toList());
        if (moved) {
            planChanges.structural(plan, task, PlanChangeKind.TASK_MOVED, messages.get("taskdef.change.moved",
                    oldCode, nodeLabel(oldNode), task.getCode(), nodeLabel(node)), reason, user);
        }
        if (leadChanged) {
            planChanges.structural(plan, task, PlanChangeKind.LEAD_CHANGED, messages.get("taskdef.change.lead",
                    task.getCode(), departmentName(oldLead), departmentName(task.getLeadDepartment())), reason, user);
        }
        history.updated(user, subject(plan, task, TASK, task.getId(), label(task)),
                values(before, task, oldCollaborating));
    }

    /** 중단: the task stays, marked with the day and the reason (always asked for). */
    public void retire(Long planId, Long taskId, String reason, Long version, CurrentUser user) {
        Plan plan = openPlan(planId, user);
        Task task = task(plan, taskId);
        StaleEditException.unlessCurrent(version, task.getVersion(), "Task", taskId);
        if (task.retired()) {
            throw new NotAllowedNow("taskdef.retire.already", task.getCode());
        }
        if (reason == null || reason.isBlank()) {
            throw new RejectedInput("reason", "taskdef.retire.reasonRequired");
        }
        LocalDate today = LocalDate.now(clock);
        task.retire(today, reason.strip());
        planChanges.structural(plan, task, PlanChangeKind.TASK_RETIRED,
                messages.get("taskdef.change.retired", task.getCode(), task.getTitle()), reason, user);
        history.updated(user, subject(plan, task, TASK, task.getId(), label(task)), Changes.of()
                .field(messages.get("taskdef.field.retired"), null,
                        messages.get("taskdef.retired.value", today.toString(), reason.strip())));
    }

    /** Whether the task may still be deleted: a draft plan's task nobody has worked on (no history, no values). */
    @Transactional(readOnly = true)
    public boolean deletable(Long planId, Long taskId, CurrentUser user) {
        Plan plan = planOfAdmin(planId, user);
        return deletable(plan, task(plan, taskId));
    }

    private boolean deletable(Plan plan, Task task) {
        return plan.draft() && historyQueries.ofTask(task.getId()).isEmpty()
                && kpis.findByTaskIdOrderBySortOrder(task.getId()).stream()
                .allMatch(k -> kpis.countActuals(k.getId()) == 0);
    }

    /** Deletes a draft plan's task nobody has worked on, with its schedule lines and KPIs. */
    public String delete(Long planId, Long taskId, Long version, CurrentUser user) {
        Plan plan = openPlan(planId, user);
        Task task = task(plan, taskId);
        StaleEditException.unlessCurrent(version, task.getVersion(), "Task", taskId);
        if (!deletable(plan, task)) {
            throw new NotAllowedNow("taskdef.delete.notAllowed", task.getCode());
        }
        String label = label(task);
        history.deleted(user, subject(plan, task, TASK, task.getId(), label),
                values(task, null, tasks.collaboratingDepartments(taskId)));
        milestones.deleteAll(milestones.findByTaskIdOrderBySortOrder(taskId));
        kpis.deleteAll(kpis.findByTaskIdOrderBySortOrder(taskId));
        budgets.deleteAll(budgets.findByTaskIdOrderBySortOrder(taskId));
        tasks.delete(task);
        try {
            tasks.flush();
        } catch (DataIntegrityViolationException e) {
            // another module's record points at the task (an audit finding's link, a budget line): retire it instead
            throw new NotAllowedNow("taskdef.delete.referenced", label);
        }
        return label;
    }

    // ---- schedule lines

    public Long addScheduleLine(Long planId, Long taskId, ScheduleLine line, CurrentUser user) {
        Plan plan = openPlan(planId, user);
        Task task = task(plan, taskId);
        ParsedSchedule parsed = schedule(line.scheduleText(), line.start(), line.end(), plan.getPlanYear());
        Milestone m = milestones.save(Milestone.planned(task, line.description(), line.detail(), line.scheduleText(),
                parsed, milestones.lastSortOrder(taskId) + 1));
        history.created(user, subject(plan, task, MILESTONE, m.getId(), milestoneLabel(m)), lineValues(null, m));
        return m.getId();
    }

    public void updateScheduleLine(Long planId, Long taskId, Long milestoneId, ScheduleLine line, Long version,
                                   CurrentUser user) {
        Plan plan = openPlan(planId, user);
        Task task = task(plan, taskId);
        Milestone m = milestone(taskId, milestoneId);
        StaleEditException.unlessCurrent(version, m.getVersion(), "Milestone", milestoneId);
        ParsedSchedule parsed = schedule(line.scheduleText(), line.start(), line.end(), plan.getPlanYear());
        Changes changes = Changes.of()
                .field(messages.get("taskdef.field.description"), m.getDescription(), line.description())
                .field(messages.get("taskdef.field.detail"), m.getDetail(), line.detail())
                .field(messages.get("taskdef.field.scheduleText"), m.getScheduleText(), line.scheduleText())
                .field(messages.get("taskdef.field.months"), months(m), months(parsed));
        m.redefine(line.description(), line.detail(), line.scheduleText(), parsed);
        history.updated(user, subject(plan, task, MILESTONE, m.getId(), milestoneLabel(m)), changes);
    }

    public void removeScheduleLine(Long planId, Long taskId, Long milestoneId, Long version, CurrentUser user) {
        Plan plan = openPlan(planId, user);
        Task task = task(plan, taskId);
        Milestone m = milestone(taskId, milestoneId);
        StaleEditException.unlessCurrent(version, m.getVersion(), "Milestone", milestoneId);
        events.publishEvent(new kr.innotrack.plan.events.MilestoneDeleting(taskId, milestoneId, m.getDescription()));
        history.deleted(user, subject(plan, task, MILESTONE, m.getId(), milestoneLabel(m)), lineValues(m, null));
        milestones.delete(m);
    }

    // ---- KPIs

    public Long addKpi(Long planId, Long taskId, Indicator i, String reason, CurrentUser user) {
        Plan plan = openPlan(planId, user);
        Task task = task(plan, taskId);
        requireReason(plan, reason);
        Kpi kpi = new Kpi(task, kpis.lastSortOrder(taskId) + 1);
        kpi.define(indicator(i, null));
        kpis.save(kpi);
        planChanges.structural(plan, task, PlanChangeKind.KPI_ADDED,
                messages.get("taskdef.change.kpiAdded", task.getCode(), kpi.getName(), plain(kpi.getTarget())
                        + kpi.getUnit()), reason, user);
        history.created(user, subject(plan, task, KPI, kpi.getId(), kpiLabel(kpi)), kpiValues(null, kpi));
        return kpi.getId();
    }

    public void updateKpi(Long planId, Long taskId, Long kpiId, Indicator i, Long version, String reason,
                          CurrentUser user) {
        Plan plan = openPlan(planId, user);
        Task task = task(plan, taskId);
        Kpi kpi = kpi(taskId, kpiId);
        StaleEditException.unlessCurrent(version, kpi.getVersion(), "Kpi", kpiId);
        BigDecimal oldTarget = kpi.getTarget();
        boolean targetChanged = oldTarget == null || i.target() == null || oldTarget.compareTo(i.target()) != 0;
        if (targetChanged) {
            requireReason(plan, reason);
        }
        Kpi before = new Kpi(task, kpi.getSortOrder());
        before.define(indicator(new Indicator(kpi.getName(), kpi.getUnit(), kpi.getBaseline(), kpi.getTarget(),
                kpi.getDirection(), kpi.getFrequency(), kpi.getAccumulation()), null));
        kpi.define(indicator(i, kpi.getSourceNote()));
        if (targetChanged) {
            planChanges.structural(plan, task, PlanChangeKind.TARGET_CHANGED,
                    messages.get("taskdef.change.target", task.getCode(), kpi.getName(),
                            plain(oldTarget) + before.getUnit(), plain(kpi.getTarget()) + kpi.getUnit()), reason, user);
        }
        history.updated(user, subject(plan, task, KPI, kpi.getId(), kpiLabel(kpi)), kpiValues(before, kpi));
    }

    /** A KPI with recorded values stays (refused beside its button): its values are the task's record. */
    public void removeKpi(Long planId, Long taskId, Long kpiId, Long version, String reason, CurrentUser user) {
        Plan plan = openPlan(planId, user);
        Task task = task(plan, taskId);
        Kpi kpi = kpi(taskId, kpiId);
        StaleEditException.unlessCurrent(version, kpi.getVersion(), "Kpi", kpiId);
        long values = kpis.countActuals(kpiId);
        if (values > 0) {
            throw new RejectedInput(null, "taskdef.kpi.hasActuals", kpi.getName(), values);
        }
        requireReason(plan, reason);
        planChanges.structural(plan, task, PlanChangeKind.KPI_REMOVED,
                messages.get("taskdef.change.kpiRemoved", task.getCode(), kpi.getName()), reason, user);
        history.deleted(user, subject(plan, task, KPI, kpi.getId(), kpiLabel(kpi)), kpiValues(kpi, null));
        kpis.delete(kpi);
    }

    // ---- lookups and rules

    /** A plan of the admin's organization (404 otherwise); anyone but a planning admin is refused (403). */
    @Transactional(readOnly = true)
    public Plan planOfAdmin(Long planId, CurrentUser user) {
        if (!user.admin()) {
            throw new AccessDeniedHere("taskdef.adminOnly");
        }
        return plans.findInOrganization(planId, user.organizationId())
                .orElseThrow(() -> new NotFoundException("plan.record", planId));
    }

    private Plan openPlan(Long planId, CurrentUser user) {
        Plan plan = planOfAdmin(planId, user);
        plan.requireOpen();
        return plan;
    }

    private Task task(Plan plan, Long taskId) {
        return tasks.findDetail(taskId).filter(t -> t.getPlan().getId().equals(plan.getId()))
                .orElseThrow(() -> new NotFoundException("task.record", taskId));
    }

    private Milestone milestone(Long taskId, Long milestoneId) {
        return milestones.findById(milestoneId).filter(m -> m.getTaskId().equals(taskId))
                .orElseThrow(() -> new NotFoundException("milestone.record", milestoneId));
    }

    private Kpi kpi(Long taskId, Long kpiId) {
        return kpis.findById(kpiId).filter(k -> k.getTaskId().equals(taskId))
                .orElseThrow(() -> new NotFoundException("kpi.record", kpiId));
    }

    private StrategyNode node(Plan plan, Long nodeId) {
        return nodes.findByPlanIdOrderBySortOrder(plan.getId()).stream().filter(n -> n.getId().equals(nodeId))
                .findFirst().orElseThrow(() -> new RejectedInput("nodeId", "taskdef.node.unknown"));
    }

    private void requireCodeFree(Plan plan, String code, Long taskId) {
        boolean taken = tasks.findByPlanWithDepartments(plan.getId()).stream()
                .anyMatch(t -> t.getCode().equals(code) && !t.getId().equals(taskId));
        if (taken) {
            throw new RejectedInput("code", "taskdef.code.taken", code);
        }
    }

    private static void requireReason(Plan plan, String reason) {
        if (plan.changeNeedsReason() && (reason == null || reason.isBlank())) {
            throw new RejectedInput("reason", "taskdef.reason.required");
        }
    }

    private java.util.HashMap<Long, Department> openDepartments(CurrentUser user) {
        return departments.openDepartmentsOf(user.organizationId()).stream()
                .collect(Collectors.toMap(Department::getId, Function.identity(), (a, b) -> a,
                        java.util.HashMap::new));
    }

    private static Department pick(Map<Long, Department> allowed, Long id, String field) {
        if (id == null) {
            return null;
        }
        Department d = allowed.get(id);
        if (d == null) {
            throw new RejectedInput(field, "taskdef.department.notOpen");
        }
        return d;
    }

    private static PlanBlueprint.TaskPlan sheet(Definition d, Long predecessorId) {
        return new PlanBlueprint.TaskPlan(null, d.code(), d.title(), d.leadDepartmentId(),
                d.collaboratingDepartmentIds(), d.collaborators(), d.officer(), d.phone(), d.budgetText(),
                d.continuing(), d.representative(), d.background(), d.details(), d.before(), d.after(), List.of(),
                List.of(), null, predecessorId);
    }

    private static PlanBlueprint.Indicator indicator(Indicator i, String sourceNote) {
        return new PlanBlueprint.Indicator(i.name(), i.unit(), i.baseline(), i.target(), i.direction(),
                i.frequency(), i.accumulation(), sourceNote, null);
    }

    /** Draft: the organization's history (the task may still be deleted); from confirmation on, the task's. */
    private static ChangeHistory.Subject subject(Plan plan, Task task, String type, Long id, String label) {
        return new ChangeHistory.Subject(plan.getOrganization().getId(), plan.draft() ? null : task.getId(), null,
                type, id, label);
    }

    private static String label(Task task) {
        return task.getCode() + " " + task.getTitle();
    }

    private String milestoneLabel(Milestone m) {
        return messages.get("milestone.history.subject", m.getDescription());
    }

    private String kpiLabel(Kpi k) {
        return messages.get("taskdef.kpi.subject", k.getName());
    }

    private static String nodeLabel(StrategyNode n) {
        return n.getCode() + " " + n.getName();
    }

    private String departmentName(Department d) {
        return d == null ? messages.get("taskdef.none") : d.getName();
    }

    /** An unsaved copy of the sheet's values before an edit, for the history. */
    private static Task snapshot(Task t) {
        Task copy = new Task(t.getPlan(), t.getStrategyNode(), t.getCode(), t.getTitle(), t.getSortOrder());
        copy.write(new PlanBlueprint.TaskPlan(null, t.getCode(), t.getTitle(), null, List.of(), t.getCollaborators(),
                t.getOfficer(), t.getPhone(), t.getBudgetText(), t.isContinuing(), t.isRepresentative(),
                t.getBackground(), t.getDetails(), t.getBefore(), t.getAfter(), List.of(), List.of(), null,
                t.getPredecessorId()));
        copy.assignDepartments(t.getLeadDepartment(), List.of());
        return copy;
    }

    private Changes values(Task before, Task after, List<Department> collaboratingBefore) {
        Changes c = Changes.of();
        Function<Task, Object> node = t -> t.getStrategyNode().getCode();
        field(c, "taskdef.field.node", before, after, node);
        field(c, "taskdef.field.code", before, after, Task::getCode);
        field(c, "taskdef.field.title", before, after, Task::getTitle);
        field(c, "taskdef.field.lead", before, after,
                t -> t.getLeadDepartment() == null ? null : t.getLeadDepartment().getName());
        c.field(messages.get("taskdef.field.collaborating"), names(before == null ? null : collaboratingBefore),
                names(after == null ? null : new ArrayList<>(after.getCollaboratingDepartments())));
        field(c, "taskdef.field.collaborators", before, after, Task::getCollaborators);
        field(c, "taskdef.field.officer", before, after, Task::getOfficer);
        field(c, "taskdef.field.phone", before, after, Task::getPhone);
        field(c, "taskdef.field.budgetText", before, after, Task::getBudgetText);
        field(c, "taskdef.field.continuing", before, after, t -> yesNo(t.isContinuing()));
        field(c, "taskdef.field.representative", before, after, t -> yesNo(t.isRepresentative()));
        field(c, "taskdef.field.background", before, after, Task::getBackground);
        field(c, "taskdef.field.details", before, after, Task::getDetails);
        field(c, "taskdef.field.before", before, after, Task::getBefore);
        field(c, "taskdef.field.after", before, after, Task::getAfter);
        return c;
    }

    private void field(Changes c, String key, Task before, Task after, Function<Task, Object> value) {
        c.field(messages.get(key), before == null ? null : value.apply(before),
                after == null ? null : value.apply(after));
    }

    private String yesNo(boolean value) {
        return messages.get(value ? "taskdef.yes" : "taskdef.no");
    }

    private static String names(List<Department> departments) {
        if (departments == null || departments.isEmpty()) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        departments.forEach(d -> names.add(d.getName()));
        return String.join(", ", names);
    }

    private Changes lineValues(Milestone before, Milestone after) {
        return Changes.of()
                .field(messages.get("taskdef.field.description"), before == null ? null : before.getDescription(),
                        after == null ? null : after.getDescription())
                .field(messages.get("taskdef.field.detail"), before == null ? null : before.getDetail(),
                        after == null ? null : after.getDetail())
                .field(messages.get("taskdef.field.scheduleText"), before == null ? null : before.getScheduleText(),
                        after == null ? null : after.getScheduleText())
                .field(messages.get("taskdef.field.months"), before == null ? null : months(before),
                        after == null ? null : months(after));
    }

    private String months(Milestone m) {
        return months(new ParsedSchedule(m.getPlannedStart(), m.getPlannedEnd(), m.plannedMonthList(),
                m.getRecurrence()));
    }

    /** The months as data (2021-06 ~ 2021-07, 2021-04,2021-07, a recurrence's word) for the history. */
    private String months(ParsedSchedule p) {
        List<String> parts = new ArrayList<>();
        if (!p.months().isEmpty()) {
            parts.add(p.months().stream().map(YearMonth::toString).collect(Collectors.joining(",")));
        } else if (p.start() != null) {
            parts.add(p.start() + " ~ " + (p.end() == null ? "" : p.end()));
        }
        if (p.recurrence() != null) {
            parts.add(messages.label(p.recurrence()));
        }
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }

    private Changes kpiValues(Kpi before, Kpi after) {
        Changes c = Changes.of();
        kpiField(c, "taskdef.field.kpiName", before, after, Kpi::getName);
        kpiField(c, "taskdef.field.unit", before, after, Kpi::getUnit);
        kpiField(c, "taskdef.field.baseline", before, after, k -> plain(k.getBaseline()));
        kpiField(c, "taskdef.field.target", before, after, k -> plain(k.getTarget()));
        kpiField(c, "taskdef.field.direction", before, after, k -> messages.label(k.getDirection()));
        kpiField(c, "taskdef.field.frequency", before, after, k -> messages.label(k.getFrequency()));
        kpiField(c, "kpi.field.accumulation", before, after, k -> messages.label(k.getAccumulation()));
        return c;
    }

    private void kpiField(Changes c, String key, Kpi before, Kpi after, Function<Kpi, Object> value) {
        c.field(messages.get(key), before == null ? null : value.apply(before),
                after == null ? null : value.apply(after));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
