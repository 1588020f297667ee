package kr.innotrack.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import kr.innotrack.plan.Plan;
import kr.innotrack.plan.PlanQueries;
import kr.innotrack.plan.TaskFilter;
import kr.innotrack.plan.TaskRow;
import kr.innotrack.plan.TaskQueries;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget execution (예산 집행), the read side: each task's quarterly plan against what was executed, per line, task,
 * division and office, for any quarter to date; and the line an officer may record on.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class BudgetQueries {

    private final BudgetRepository budget;
    private final PlanQueries plans;
    private final TaskQueries tasks;
    private final Clock clock;

    record Cell(int quarter, BigDecimal planned, BigDecimal executed, Long version) {
    }

    record LineView(BudgetLine line, List<Cell> quarters, BudgetFigures figures) {
    }

    record ItemView(TaskRow task, List<LineView> lines, BudgetFigures figures, boolean canEdit) {
    }

    record DivisionView(String name, BudgetFigures figures, int items) {
    }

    record PlanBudget(Plan plan, int quarter, List<ItemView> items, List<DivisionView> divisions,
                      BudgetFigures office) {
    }

    /** The execution form's page: the line (if the user may record on it), its task's figures and the saved values. */
    record ExecutionPage(Plan plan, BudgetLine line, int quarter, ItemView item, ExecutionForm saved) {
    }

    /**
     * The plan's budget to date up to {@code quarter} (1–4); 0: the current quarter, or 4 for a past plan year.
     */
    PlanBudget page(Long planId, int quarter, CurrentUser user) {
        if (quarter != 0) {
            return view(planId, quarter, user);
        }
        PlanBudget view = view(planId, 4, user);
        LocalDate today = LocalDate.now(clock);
        int current = today.getYear() > view.plan().getPlanYear() ? 4 : (today.getMonthValue() + 2) / 3;
        return current == 4 ? view : view(planId, current, user);
    }

    PlanBudget view(Long planId, int quarter, CurrentUser user) {
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
            boolean canEdit = !task.retired()
                    && (user.admin() || (user.officer() && Objects.equals(user.departmentId(), task.leadDepartmentId())));
            items.add(new ItemView(task, lineViews, figures, canEdit));
            String division = task.leadDepartment() == null ? "-" : task.leadDepartment();
            DivisionView d = divisions.get(division);
            divisions.put(division, d == null ? new DivisionView(division, figures, 1)
                    : new DivisionView(division, d.figures().plus(figures), d.items() + 1));
            office = office.plus(figures);
        }
        return new PlanBudget(plan, quarter, items, new ArrayList<>(divisions.values()), office);
    }

    /** The quarter form's page: the items the user may record on, each line's view, the saved executions. */
    record QuarterPage(Plan plan, int quarter, List<ItemView> items, Map<Long, BudgetExecution> saved) {

        /** line id → its view and its item, for the rows of the form in whatever order they came back. */
        Map<Long, LineView> lineViews() {
            Map<Long, LineView> m = new HashMap<>();
            items.forEach(i -> i.lines().forEach(l -> m.put(l.line().getId(), l)));
            return m;
        }

        Map<Long, ItemView> itemsByLine() {
            Map<Long, ItemView> m = new HashMap<>();
            items.forEach(i -> i.lines().forEach(l -> m.put(l.line().getId(), i)));
            return m;
        }

        List<BudgetLine> lines() {
            return items.stream().flatMap(i -> i.lines().stream()).map(LineView::line).toList();
        }
    }

    /**
     * A whole quarter's form: the lines of every task the user may record on (a planning admin: all; an officer: their
     * department's), the figures to date up to that quarter. 404 for a quarter outside 1–4, 403 for a viewer.
     */
    QuarterPage quarterPage(Long planId, int quarter, CurrentUser user) {
        if (quarter < 1 || quarter > 4) {
            throw new NotFoundException("budget.record.quarter", quarter);
        }
        PlanBudget view = view(planId, quarter, user);
        if (!user.admin() && !user.officer()) {
            throw new kr.innotrack.shared.AccessDeniedHere("task.error.viewerReadOnly");
        }
        List<ItemView> items = view.items().stream().filter(ItemView::canEdit).toList();
        return new QuarterPage(view.plan(), quarter, items,
                QuarterForm.byLine(budget.executionsOfPlan(planId), quarter));
    }

    /** The saved executions of a quarter by line id (the conflict view's side of a quarter form). */
    Map<Long, BudgetExecution> savedQuarter(Long planId, int quarter) {
        return QuarterForm.byLine(budget.executionsOfPlan(planId), quarter);
    }

    /** Line names by id, for the conflict view. */
    Map<Long, String> lineNames(Long planId) {
        Map<Long, String> m = new HashMap<>();
        budget.linesOfPlan(planId).forEach(l -> m.put(l.getId(), l.getName()));
        return m;
    }

    /** The execution form of a line in a quarter, if the user may record on it (as {@link #editableLine}). */
    ExecutionPage executionPage(Long planId, Long lineId, int quarter, CurrentUser user) {
        BudgetLine line = editableLine(planId, lineId, quarter, user);
        PlanBudget view = view(planId, quarter, user);
        ItemView item = view.items().stream().filter(i -> i.task().id().equals(line.getTaskId())).findFirst()
                .orElseThrow();
        return new ExecutionPage(view.plan(), line, quarter, item, saved(lineId, quarter));
    }

    /** The saved execution of a line in a quarter as a form (an empty form when nothing is recorded yet). */
    ExecutionForm saved(Long lineId, int quarter) {
        return execution(lineId, quarter).map(ExecutionForm::of).orElseGet(ExecutionForm::new);
    }

    private Optional<BudgetExecution> execution(Long lineId, int quarter) {
        return budget.execution(lineId, quarter);
    }

    /**
     * The line, if the user may record executions on its task in that quarter (404 outside the organization or for a
     * quarter outside 1–4, else 403).
     */
    BudgetLine editableLine(Long planId, Long lineId, int quarter, CurrentUser user) {
        BudgetLine line = budget.findById(lineId).orElseThrow(() -> new NotFoundException("budget.record.line", lineId));
        tasks.task(planId, line.getTaskId(), user.organizationId());
        tasks.editableTask(planId, line.getTaskId(), user);
        if (quarter < 1 || quarter > 4) {
            throw new NotFoundException("budget.record.quarter", quarter);
        }
        return line;
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
}
