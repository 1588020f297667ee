package kr.innotrack.plan;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kr.innotrack.history.HistoryGroup;
import kr.innotrack.history.HistoryQueries;
import kr.innotrack.organization.Department;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.PageCache;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of tasks: filtered lists, one task with everything beneath it, tasks per department, and what a user may
 * edit (the task, milestone, KPI and KPI value an edit form starts from).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class TaskQueries {

    private static final Comparator<Milestone> SCHEDULE_ORDER = Comparator
            .comparing(Milestone::getPlannedStart, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Milestone::getSortOrder);

    private final TaskRepository tasks;
    private final TaskSearchRepository search;
    private final StrategyNodeRepository nodes;
    private final MilestoneRepository milestones;
    private final KpiRepository kpis;
    private final TaskBudgetRepository budgets;
    private final TaskBudgetPlans budgetPlans;
    private final KpiActualRepository actuals;
    private final HistoryQueries history;
    private final Clock clock;
    private final TaskLineage lineage;
    private final TaskStatuses taskStatuses;
    private final PageCache cache;

    public List<TaskRow> search(Long planId, TaskFilter filter) {
        Set<Long> nodeIds = null;
        if (filter.nodeCode() != null) {
            nodeIds = subtree(nodes.findByPlanIdOrderBySortOrder(planId), filter.nodeCode());
            if (nodeIds.isEmpty()) {
                return List.of();
            }
        }
        YearMonth now = YearMonth.now(clock);
        List<TaskRow> rows = rows(search.search(planId, nodeIds, filter, now), now);
        return sort(rows, filter.getSort());
    }

    /**
     * The task list: {@link #search} with each task's computed status on the list's date ({@link #statusDate}) and
     * its 진척률, sorted as asked; two statements more than the search (the KPIs with their values, the thresholds).
     */
    public TaskList list(Plan plan, TaskFilter filter) {
        return cache.ofPlan("tasks", plan.getId(), plan.getOrganization().getId(), java.util.Arrays.asList(
                filter.getArea(), filter.getFocus(), filter.getDept(), filter.getStatus(), filter.getContinuing(),
                filter.getQ(), filter.getSort()), () -> computeList(plan, filter));
    }

    private TaskList computeList(Plan plan, TaskFilter filter) {
        Set<Long> nodeIds = null;
        if (filter.nodeCode() != null) {
            nodeIds = subtree(nodes.findByPlanIdOrderBySortOrder(plan.getId()), filter.nodeCode());
            if (nodeIds.isEmpty()) {
                return new TaskList(List.of(), leadDepartments(plan.getId()));
            }
        }
        YearMonth now = YearMonth.now(clock);
        List<Task> found = search.search(plan.getId(), nodeIds, filter, now);
        // unfiltered, the list holds every task: its lead departments are the filter's choices, no statement needed
        List<Department> departments = filter.active() ? leadDepartments(plan.getId())
                : found.stream().map(Task::getLeadDepartment).filter(java.util.Objects::nonNull).distinct()
                        .sorted(Comparator.comparing(Department::getSortOrder)).toList();
        if (found.isEmpty()) {
            return new TaskList(List.of(), departments);
        }
        List<Long> ids = found.stream().map(Task::getId).toList();
        ProgressData data = ProgressData.of(milestones.readByTaskIds(ids), kpis.readWithActualsOfTasks(ids));
        List<Task> active = found.stream().filter(t -> !t.retired()).toList();
        Map<Long, TaskStatuses.ComputedStatus> statuses = active.isEmpty() ? Map.of()
                : taskStatuses.at(plan, statusDate(plan), active, data);
        List<TaskRow> rows = rows(found, data.milestonesByTask(), now).stream()
                .map(r -> r.withStatus(statuses.get(r.id()))).toList();
        return new TaskList(sort(rows, filter.getSort()), departments);
    }

    /** The task list's rows, and the lead departments its department filter offers (all of the plan's). */
    public record TaskList(List<TaskRow> rows, List<Department> departments) {
    }

    /** The date a plan's computed statuses are judged on: today, or the end of the plan year once it is over. */
    public java.time.LocalDate statusDate(Plan plan) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        java.time.LocalDate yearEnd = java.time.LocalDate.of(plan.getPlanYear(), 12, 31);
        return today.isAfter(yearEnd) ? yearEnd : today;
    }

    public TaskDetail detail(Long planId, Long taskId, Long organizationId) {
        Task task = task(planId, taskId, organizationId);
        YearMonth now = YearMonth.now(clock);
        int year = task.getPlan().getPlanYear();
        // read copies: the page only displays them (one statement for the KPIs and their values)
        List<TaskDetail.MilestoneView> milestoneViews = milestones.readByTask(taskId).stream()
                .map(m -> new TaskDetail.MilestoneView(m, MilestoneTimeline.of(m, year), m.overdueAt(now)))
                .toList();
        ProgressData kpiData = ProgressData.of(List.of(), kpis.readWithActualsOfTask(taskId));
        List<TaskDetail.KpiView> kpiViews = kpiData.kpis(taskId).stream()
                .map(k -> kpiView(k, kpiData.actuals(k.getId())))
                .toList();
        return new TaskDetail(task, tasks.collaboratingDepartments(taskId), milestoneViews, kpiViews,
                budgets.findByTaskIdOrderBySortOrder(taskId), now);
    }

    /** Every task of a plan with milestones, KPIs and budget amounts, in a fixed number of queries. */
    public List<PlanJson.TaskJson> export(Long planId) {
        List<Task> all = tasks.findByPlanWithDepartments(planId);
        Map<Long, List<String>> collaborating = new HashMap<>();
        for (Object[] row : tasks.collaborationsOfPlan(planId)) {
            collaborating.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[2]);
        }
        ProgressData data = progressData(planId);
        Map<Long, List<Milestone>> milestonesByTask = data.milestonesByTask();
        Map<Long, List<KpiActual>> actualsByKpi = data.actualsByKpi();
        Map<Long, List<Kpi>> kpisByTask = data.kpisByTask();
        Map<Long, List<TaskBudget>> budgetsByTask = budgets.findByPlan(planId).stream()
                .collect(Collectors.groupingBy(TaskBudget::getTaskId));
        Map<Long, List<PlanJson.BudgetQuarter>> quarterly = budgetPlans.byTask(planId);
        return all.stream().map(t -> new PlanJson.TaskJson(t.getId(), t.getCode(), t.getTitle(),
                t.getStrategyNode().getCode(),
                t.getLeadDepartment() == null ? null : t.getLeadDepartment().getName(),
                t.getCollaborators(), collaborating.getOrDefault(t.getId(), List.of()), t.getOfficer(),
                t.getPhone(), t.getBudgetText(),
                budgetsByTask.getOrDefault(t.getId(), List.of()).stream()
                        .map(b -> new PlanJson.BudgetAmount(b.getBudgetYear(), b.getAmountThousandWon(), b.getNote()))
                        .toList(),
                t.isContinuing(), t.isRepresentative(), t.getBackground(), t.getDetails(), t.getBefore(),
                t.getAfter(),
                milestonesByTask.getOrDefault(t.getId(), List.of()).stream().map(TaskQueries::milestoneJson).toList(),
                kpisByTask.getOrDefault(t.getId(), List.of()).stream()
                        .map(k -> new PlanJson.KpiJson(k.getId(), k.getName(), k.getUnit(), k.getBaseline(),
                                k.getTarget(), k.getDirection().name(), k.getSourceNote(),
                                actualsByKpi.getOrDefault(k.getId(), List.of()).stream()
                                        .map(a -> new PlanJson.Actual(a.getActualYear(), a.getQuarter(),
                                                a.getActualValue(), a.getNote()))
                                        .toList()))
                        .toList(),
                quarterly.getOrDefault(t.getId(), List.of())))
                .toList();
    }

    private static PlanJson.MilestoneJson milestoneJson(Milestone m) {
        return new PlanJson.MilestoneJson(m.getId(), m.getDescription(), m.getDetail(), str(m.getPlannedStart()),
                str(m.getPlannedEnd()), m.plannedMonthList().stream().map(YearMonth::toString).toList(),
                m.getRecurrence() == null ? null : m.getRecurrence().name(), m.getScheduleText(),
                m.getStatus().name(), m.getActualCompletion() == null ? null : m.getActualCompletion().toString(),
                m.getNote());
    }

    private static String str(YearMonth ym) {
        return ym == null ? null : ym.toString();
    }

    /** A task of the given plan and organization, with plan, node and lead department loaded. */
    public Task task(Long planId, Long taskId, Long organizationId) {
        return tasks.findDetail(taskId)
                .filter(t -> t.getPlan().getId().equals(planId)
                        && t.getPlan().getOrganization().getId().equals(organizationId))
                .orElseThrow(() -> new NotFoundException("task.record", taskId));
    }

    /** The task, if the user may change it: 404 outside their organization, 403 without the right. */
    public Task editableTask(Long planId, Long taskId, CurrentUser user) {
        Task task = task(planId, taskId, user.organizationId());
        if (task.retired()) {
            // 중단: the task keeps its history and values as they were when it stopped
            throw new kr.innotrack.shared.NotAllowedNow("task.error.retired", task.getCode());
        }
        if (!canEdit(task, user)) {
            throw new AccessDeniedHere(user.role() == kr.innotrack.shared.Role.VIEWER
                    ? "task.error.viewerReadOnly"
                    : "task.error.otherDepartment");
        }
        return task;
    }

    public boolean canEdit(Task task, CurrentUser user) {
        return canEdit(task, tasks.collaboratingDepartments(task.getId()), user);
    }

    private static boolean canEdit(Task task, List<Department> collaborating, CurrentUser user) {
        return !task.retired() && TaskPermission.canEdit(user, task.getPlan().getOrganization().getId(),
                task.getLeadDepartment() == null ? null : task.getLeadDepartment().getId(),
                collaborating.stream().map(Department::getId).toList(), task.isCollaboratorsMayEdit());
    }

    /** The task page: the task with everything beneath it, whether the user may edit it, and its history. */
    public TaskPage taskPage(Long planId, Long taskId, CurrentUser user) {
        // the same for every reader of the organization but for whether they may edit
        TaskPage page = cache.ofPlan("task", planId, user.organizationId(), List.of(taskId), () -> {
            TaskDetail detail = detail(planId, taskId, user.organizationId());
            return new TaskPage(detail, false, HistoryGroup.of(history.ofTask(taskId)),
                    lineage.earlierYears(detail.task()));
        });
        return new TaskPage(page.detail(), canEdit(page.detail().task(), page.detail().collaboratingDepartments(), user),
                page.history(), page.earlierYears());
    }

    /** @param earlierYears a continued task's earlier years, nearest first ({@link TaskLineage}) */
    public record TaskPage(TaskDetail detail, boolean canEdit, List<HistoryGroup> history,
                           List<EarlierYear> earlierYears) {
    }

    public Milestone milestone(Long planId, Long taskId, Long milestoneId, CurrentUser user) {
        task(planId, taskId, user.organizationId());
        return milestones.findById(milestoneId).filter(m -> m.getTaskId().equals(taskId))
                .orElseThrow(() -> new NotFoundException("milestone.record", milestoneId));
    }

    public Kpi kpi(Long planId, Long taskId, Long kpiId, CurrentUser user) {
        task(planId, taskId, user.organizationId());
        return kpis.findById(kpiId).filter(k -> k.getTaskId().equals(taskId))
                .orElseThrow(() -> new NotFoundException("kpi.record", kpiId));
    }

    public Optional<KpiActual> actual(Long kpiId, int year, int quarter) {
        return actuals.findByKpiIdAndActualYearAndQuarter(kpiId, year, quarter);
    }

    static TaskDetail.KpiView kpiView(Kpi kpi, List<KpiActual> actuals) {
        KpiActual latest = actuals.isEmpty() ? null : actuals.get(actuals.size() - 1);
        return new TaskDetail.KpiView(kpi, actuals, latest, latest == null ? null : KpiAchievement.rate(kpi, actuals));
    }

    /** What a task's progress is judged by: its milestones, KPIs and KPI values, for a whole plan in three queries. */
    public record ProgressData(Map<Long, List<Milestone>> milestonesByTask, Map<Long, List<Kpi>> kpisByTask,
                               Map<Long, List<KpiActual>> actualsByKpi) {

        public List<Milestone> milestones(Long taskId) {
            return milestonesByTask.getOrDefault(taskId, List.of());
        }

        public List<Kpi> kpis(Long taskId) {
            return kpisByTask.getOrDefault(taskId, List.of());
        }

        public List<KpiActual> actuals(Long kpiId) {
            return actualsByKpi.getOrDefault(kpiId, List.of());
        }

        /**
         * From milestones and rows of (KPI, value or null) ordered by task and KPI ({@code KpiRepository
         * .readWithActualsOfPlan}): read copies, one {@link Kpi} per KPI however many values it has.
         */
        static ProgressData of(List<Milestone> milestones, List<KpiValueRow> kpiRows) {
            Map<Long, List<Kpi>> kpisByTask = new LinkedHashMap<>();
            Map<Long, List<KpiActual>> actualsByKpi = new LinkedHashMap<>();
            for (KpiValueRow row : kpiRows) {
                List<Kpi> list = kpisByTask.computeIfAbsent(row.taskId(), id -> new ArrayList<>());
                if (list.isEmpty() || !list.get(list.size() - 1).getId().equals(row.kpiId())) {
                    list.add(row.kpi());
                }
                KpiActual actual = row.actual();
                if (actual != null) {
                    actualsByKpi.computeIfAbsent(row.kpiId(), id -> new ArrayList<>()).add(actual);
                }
            }
            return new ProgressData(milestones.stream().collect(Collectors.groupingBy(Milestone::getTaskId)),
                    kpisByTask, actualsByKpi);
        }

        /** Every KPI of the plan, task by task. */
        public List<Kpi> allKpis() {
            return kpisByTask.values().stream().flatMap(List::stream).toList();
        }
    }

    public ProgressData progressData(Long planId) {
        // read copies: every reader of a plan's progress data only computes from it
        return ProgressData.of(milestones.readByPlan(planId), kpis.readWithActualsOfPlan(planId));
    }

    /** A collaborating department of a task. */
    public record Collaboration(Long taskId, Long departmentId, String departmentName) {
    }

    /** Every (task, collaborating department) of a plan, in one query. */
    public List<Collaboration> collaborations(Long planId) {
        return tasks.collaborationsOfPlan(planId).stream()
                .map(r -> new Collaboration((Long) r[0], (Long) r[1], (String) r[2])).toList();
    }

    /** A task's milestones in plan order. */
    public List<Milestone> milestonesOf(Long taskId) {
        return milestones.findByTaskIdOrderBySortOrder(taskId);
    }

    /** Every task of a plan with its strategy node and lead department, in plan order. */
    public List<Task> tasksOf(Long planId) {
        return tasks.findByPlanWithDepartments(planId);
    }

    /** "내 부서 과제": the department's tasks, and its open milestones that are overdue or due this month. */
    public MyTasks myTasks(kr.innotrack.shared.CurrentUser user) {
        if (user.departmentId() == null) {
            return new MyTasks(false, List.of(), List.of(), List.of(), List.of(), YearMonth.now(clock));
        }
        return cache.ofOrganization("my-tasks", user.organizationId(), List.of(user.departmentId()),
                () -> computeMyTasks(user));
    }

    private MyTasks computeMyTasks(kr.innotrack.shared.CurrentUser user) {
        YearMonth now = YearMonth.now(clock);
        List<DueMilestone> due = milestones.readDueByDepartment(user.organizationId(), user.departmentId(), now);
        List<DueMilestone> overdue = due.stream().filter(m -> m.plannedEnd().isBefore(now)).toList();
        List<DueMilestone> thisMonth = due.stream().filter(m -> m.plannedEnd().equals(now)).toList();
        return new MyTasks(true, thisMonth, overdue, ledBy(user.departmentId()), collaboratedBy(user.departmentId()), now);
    }

    /** The milestone grid: the task (null for the department's grid), its rows, and the month the list is due by. */
    public record MilestoneGrid(Task task, List<Milestone> milestones, YearMonth month) {

        public Map<Long, Milestone> byId() {
            Map<Long, Milestone> byId = new HashMap<>();
            milestones.forEach(m -> byId.put(m.getId(), m));
            return byId;
        }
    }

    /** A task's milestones for the grid, if the user may change the task (as {@link #editableTask}). */
    public MilestoneGrid taskGrid(Long planId, Long taskId, kr.innotrack.shared.CurrentUser user) {
        Task task = editableTask(planId, taskId, user);
        return new MilestoneGrid(task, milestones.findByTaskIdOrderBySortOrder(taskId), YearMonth.now(clock));
    }

    /**
     * The department's open milestones due by the end of the month after {@code month} (overdue ones included) on the
     * tasks the user may change: those it leads, and those it collaborates on that let collaborators edit.
     */
    public MilestoneGrid departmentGrid(kr.innotrack.shared.CurrentUser user, YearMonth month) {
        if (user.role() == kr.innotrack.shared.Role.VIEWER || user.departmentId() == null) {
            throw new AccessDeniedHere(user.departmentId() == null ? "milestoneGrid.error.noDepartment"
                    : "task.error.viewerReadOnly");
        }
        List<Milestone> due = milestones.dueByDepartment(user.organizationId(), user.departmentId(), month.plusMonths(1))
                .stream()
                .filter(m -> user.admin() || m.getTask().isCollaboratorsMayEdit()
                        || (m.getTask().getLeadDepartment() != null
                        && user.departmentId().equals(m.getTask().getLeadDepartment().getId())))
                .toList();
        return new MilestoneGrid(null, due, month);
    }

    /** The grid rows' milestones (with task and plan) within the organization, for a save's checks and its page. */
    public List<Milestone> gridMilestones(List<Long> ids, Long organizationId) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return milestones.findWithPlan(ids).stream()
                .filter(m -> m.getTask().getPlan().getOrganization().getId().equals(organizationId)).toList();
    }

    public record MyTasks(boolean hasDepartment, List<DueMilestone> dueThisMonth, List<DueMilestone> overdue,
                          List<TaskRow> led, List<TaskRow> collaborated, YearMonth month) {
    }

    /** Every task of the organization's plans but drafts (no one outside the planning office sees those), newest plan first. */
    public List<TaskRef> taskRefs(Long organizationId) {
        return tasks.refsOfOrganization(organizationId);
    }

    /** Departments that lead at least one task of the plan: the task list's department filter. */
    public List<kr.innotrack.organization.Department> leadDepartments(Long planId) {
        return tasks.leadDepartmentsOfPlan(planId);
    }

    public List<TaskRow> ledBy(Long departmentId) {
        return rows(tasks.findLedBy(departmentId), YearMonth.now(clock));
    }

    public List<TaskRow> collaboratedBy(Long departmentId) {
        return rows(tasks.findCollaboratedBy(departmentId), YearMonth.now(clock));
    }

    /** department id → number of tasks it leads (drafts apart), for one organization. */
    public Map<Long, Long> ledCounts(Long organizationId) {
        return counts(tasks.countLedByDepartment(organizationId));
    }

    /** department id → number of tasks it collaborates on (drafts apart), for one organization. */
    public Map<Long, Long> collaboratedCounts(Long organizationId) {
        return counts(tasks.countCollaboratedByDepartment(organizationId));
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    private List<TaskRow> rows(List<Task> found, YearMonth now) {
        if (found.isEmpty()) {
            return List.of();
        }
        return rows(found, milestones.readByTaskIds(found.stream().map(Task::getId).toList())
                .stream().collect(Collectors.groupingBy(Milestone::getTaskId)), now);
    }

    private static List<TaskRow> rows(List<Task> found, Map<Long, List<Milestone>> byTask, YearMonth now) {
        List<TaskRow> rows = new ArrayList<>();
        for (Task t : found) {
            List<Milestone> ms = byTask.getOrDefault(t.getId(), List.of());
            TaskRow.NextMilestone next = ms.stream().filter(m -> !m.getStatus().closed()).min(SCHEDULE_ORDER)
                    .map(m -> new TaskRow.NextMilestone(m.getDescription(), m.getScheduleText(), m.getStatus(),
                            m.overdueAt(now), m.getPlannedStart()))
                    .orElse(null);
            int done = (int) ms.stream().filter(m -> m.getStatus() == MilestoneStatus.DONE).count();
            int counted = (int) ms.stream().filter(m -> m.getStatus() != MilestoneStatus.CANCELLED).count();
            StrategyNode node = t.getStrategyNode();
            rows.add(new TaskRow(t.getId(), t.getPlan().getId(), t.getPlan().getPlanYear(), t.getCode(),
                    t.getTitle(), node.getCode(), node.getName(),
                    t.getLeadDepartment() == null ? null : t.getLeadDepartment().getId(),
                    t.getLeadDepartment() == null ? null : t.getLeadDepartment().getName(),
                    t.getOfficer(), t.isContinuing(), t.isRepresentative(), next, ms.size(), done, t.getRetiredOn(),
                    t.getRetiredReason(), TaskRow.progressOf(done, counted), null, t.getCitizenProposalId()));
        }
        return rows;
    }

    private static List<TaskRow> sort(List<TaskRow> rows, String sort) {
        // rows arrive in plan order; List.sort is stable, so ties keep that order
        Comparator<String> text = Comparator.nullsLast(Comparator.naturalOrder());
        Comparator<TaskRow> order = switch (sort) {
            case "title" -> Comparator.comparing(TaskRow::title, text);
            case "department" -> Comparator.comparing(TaskRow::leadDepartment, text);
            case "officer" -> Comparator.comparing(TaskRow::officer, text);
            case "next" -> Comparator.comparing((TaskRow r) -> r.next() == null ? null : r.next().plannedStart(),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            // worst first (부진, 주의, 정상); a task without a status (중단) last
            case "status" -> Comparator.comparing((TaskRow r) -> r.status() == null ? null : -r.status().rank(),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            // least done first; a task without milestones last
            case "progress" -> Comparator.comparing(TaskRow::progress, Comparator.nullsLast(Comparator.naturalOrder()));
            default -> null;
        };
        if (order == null) {
            return rows;
        }
        List<TaskRow> sorted = new ArrayList<>(rows);
        sorted.sort(order);
        return sorted;
    }

    /** Ids of the node with the given code and all nodes beneath it. */
    static Set<Long> subtree(List<StrategyNode> all, String code) {
        Set<Long> ids = new HashSet<>();
        all.stream().filter(n -> n.getCode().equals(code)).forEach(n -> ids.add(n.getId()));
        boolean grew = !ids.isEmpty();
        while (grew) {
            grew = false;
            for (StrategyNode n : all) {
                if (n.getParentId() != null && ids.contains(n.getParentId()) && ids.add(n.getId())) {
                    grew = true;
                }
            }
        }
        return ids;
    }
}
