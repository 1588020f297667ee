package kr.innotrack.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.plan.Plan;
import kr.innotrack.plan.PlanQueries;
import kr.innotrack.plan.Task;
import kr.innotrack.plan.TaskQueries;
import kr.innotrack.plan.TaskFilter;
import kr.innotrack.plan.TaskRow;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget execution (예산 집행): each task's quarterly plan against what was executed, per line, task, division and
 * office, for any quarter to date; and recording an executed amount, checked like every other edit of a task.
 */
@Service
@Transactional(readOnly = true)
public class BudgetService {

    static final String BUDGET_EXECUTION = "BUDGET_EXECUTION";

    private final BudgetRepository budget;
    private final BudgetExecutionRepository executions;
    private final PlanQueries plans;
    private final TaskQueries tasks;
    private final TaskQueries editing;
    private final ChangeHistory history;
    private final Clock clock;

    BudgetService(BudgetRepository budget, BudgetExecutionRepository executions, PlanQueries plans, TaskQueries tasks,
                  TaskQueries editing, ChangeHistory history, Clock clock) {
        this.budget = budget;
        this.executions = executions;
        this.plans = plans;
        this.tasks = tasks;
        this.editing = editing;
        this.history = history;
        this.clock = clock;
    }

    public record Cell(int quarter, BigDecimal planned, BigDecimal executed, Long version) {
    }

    public record LineView(BudgetLine line, List<Cell> quarters, BudgetFigures figures) {
    }

    public record ItemView(TaskRow task, List<LineView> lines, BudgetFigures figures, boolean canEdit) {
    }

    public record DivisionView(String name, BudgetFigures figures, int items) {
    }

    public record PlanBudget(Plan plan, int quarter, List<ItemView> items, List<DivisionView> divisions,
                             BudgetFigures office) {
    }

    public PlanBudget view(Long planId, int quarter, CurrentUser user) {
        Plan plan = plans.plan(planId, user.organizationId());
        Map<Long, List<BudgetLine>> linesByTask = budget.linesOfPlan(planId).stream()
                .collect(Collectors.groupingBy(BudgetLine::getTaskId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, Map<Integer, BudgetExecution>> executed = executionsByLine(budget.executionsOfPlan(planId));
        List<ItemView> items = new ArrayList<>();
        Map<String, DivisionView> divisions = new LinkedHashMap<>();
        BudgetFigures office = BudgetFigures.ZERO;
        for (TaskRow task : tasks.search(planId, new TaskFilter())) {
            List<BudgetLine> lines = linesByTask.get(task.id());
            if (lines == null) {
                continue;
            }
            List<LineView> lineViews = lines.stream().map(l -> line(l, executed.getOrDefault(l.getId(), Map.of()), quarter))
                    .toList();
            BudgetFigures figures = lineViews.stream().map(LineView::figures).reduce(BudgetFigures.ZERO, BudgetFigures::plus);
            boolean canEdit = user.admin() || (user.officer() && Objects.equals(user.departmentId(), task.leadDepartmentId()));
            items.add(new ItemView(task, lineViews, figures, canEdit));
            String division = task.leadDepartment() == null ? "-" : task.leadDepartment();
            DivisionView d = divisions.get(division);
            divisions.put(division, d == null ? new DivisionView(division, figures, 1)
                    : new DivisionView(division, d.figures().plus(figures), d.items() + 1));
            office = office.plus(figures);
        }
        return new PlanBudget(plan, quarter, items, new ArrayList<>(divisions.values()), office);
    }

    static LineView line(BudgetLine line, Map<Integer, BudgetExecution> executed, int toQuarter) {
        List<Cell> cells = new ArrayList<>();
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal done = BigDecimal.ZERO;
        for (int q = 1; q <= 4; q++) {
            BudgetExecution e = executed.get(q);
            cells.add(new Cell(q, line.planned(q), e == null ? null : e.getExecutedMillion(), e == null ? null : e.getVersion()));
            if (q <= toQuarter) {
                planned = planned.add(line.planned(q));
                done = done.add(e == null ? BigDecimal.ZERO : e.getExecutedMillion());
            }
        }
        return new LineView(line, cells, new BudgetFigures(line.getAmountMillion(), planned, done));
    }

    static Map<Long, Map<Integer, BudgetExecution>> executionsByLine(List<BudgetExecution> all) {
        Map<Long, Map<Integer, BudgetExecution>> byLine = new HashMap<>();
        for (BudgetExecution e : all) {
            byLine.computeIfAbsent(e.getBudgetLineId(), k -> new HashMap<>()).put(e.getQuarter(), e);
        }
        return byLine;
    }

    /** The line, if it belongs to a task of the plan in the user's organization. */
    public BudgetLine line(Long planId, Long lineId, CurrentUser user) {
        BudgetLine line = budget.findById(lineId).orElseThrow(() -> new NotFoundException("예산 항목", lineId));
        tasks.task(planId, line.getTaskId(), user.organizationId());
        return line;
    }

    /** The line, if the user may record executions on its task (404 outside the organization, else 403). */
    public BudgetLine editableLine(Long planId, Long lineId, CurrentUser user) {
        BudgetLine line = line(planId, lineId, user);
        editing.editableTask(planId, line.getTaskId(), user);
        return line;
    }

    public Optional<BudgetExecution> execution(Long lineId, int quarter) {
        return budget.execution(lineId, quarter);
    }

    /** Records (or corrects) the amount executed on a line in a quarter; over-execution is allowed. */
    @Transactional
    public void record(Long planId, Long lineId, int quarter, ExecutionForm form, CurrentUser user) {
        BudgetLine line = line(planId, lineId, user);
        Task task = editing.editableTask(planId, line.getTaskId(), user);
        Optional<BudgetExecution> existing = budget.execution(lineId, quarter);
        BudgetExecution execution;
        Changes changes;
        if (existing.isEmpty()) {
            if (form.getVersion() != null) {
                throw new StaleEditException("예산 집행", lineId);
            }
            execution = new BudgetExecution(lineId, quarter);
            changes = Changes.of().field("집행액", null, plain(form.getExecuted()) + "백만원").field("비고", null, form.getNote());
        } else {
            execution = existing.get();
            StaleEditException.unlessCurrent(form.getVersion(), execution.getVersion(), "예산 집행", lineId);
            changes = Changes.of()
                    .field("집행액", plain(execution.getExecutedMillion()) + "백만원", plain(form.getExecuted()) + "백만원")
                    .field("비고", execution.getNote(), form.getNote());
        }
        execution.record(form.getExecuted(), form.getNote(), user.displayName(), LocalDateTime.now(clock));
        executions.save(execution);
        ChangeHistory.Subject subject = new ChangeHistory.Subject(user.organizationId(), task.getId(), null,
                BUDGET_EXECUTION, execution.getId(), "예산 집행: " + line.getName() + " " + quarter + "/4분기");
        if (existing.isEmpty()) {
            history.created(user, subject, changes);
        } else {
            history.updated(user, subject, changes);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
