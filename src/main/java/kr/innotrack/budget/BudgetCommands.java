package kr.innotrack.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kr.innotrack.shared.web.RejectedInput;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.plan.Task;
import kr.innotrack.plan.TaskQueries;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.StaleEditException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Budget execution, the write side: recording what was executed, checked like every other edit of a task. */
@Service
@Transactional
@RequiredArgsConstructor
public class BudgetCommands {

    static final String BUDGET_EXECUTION = "BUDGET_EXECUTION";

    private final BudgetRepository budget;
    private final BudgetExecutionRepository executions;
    private final TaskQueries tasks;
    private final ChangeHistory history;
    private final Messages messages;
    private final Clock clock;

    /** What was executed on a line in a quarter (백만원), read at {@code version} (null: nothing recorded yet). */
    public record Execution(BigDecimal executed, String note, Long version) {
    }

    /** One line of the quarter form: the field its amount came from (for a message beside it), the line, the input. */
    record LineExecution(String field, Long lineId, Execution input) {
    }

    /** Records (or corrects) the amount executed on a line in a quarter; over-execution is allowed. */
    public void record(Long planId, Long lineId, int quarter, Execution input, CurrentUser user) {
        BudgetLine line = budget.findById(lineId).orElseThrow(() -> new NotFoundException("budget.record.line", lineId));
        tasks.task(planId, line.getTaskId(), user.organizationId());
        Task task = tasks.editableTask(planId, line.getTaskId(), user);
        apply(line, task, quarter, budget.execution(lineId, quarter), input, user);
    }

    /**
     * A whole quarter in one transaction: every line must be the plan's (else 404) and on a task the person may change
     * (403; a retired task 409); a line whose amount and note are the saved ones is left alone (no history, no new
     * version); a blank amount where nothing was recorded stays unrecorded, where something was it is refused beside
     * the field; a changed line read at an older version is a conflict and nothing is saved.
     *
     * @return how many lines changed
     */
    int recordQuarter(Long planId, int quarter, List<LineExecution> rows, CurrentUser user) {
        if (quarter < 1 || quarter > 4) {
            throw new NotFoundException("budget.record.quarter", quarter);
        }
        Map<Long, BudgetLine> lines = new HashMap<>();
        budget.linesOfPlan(planId).forEach(l -> lines.put(l.getId(), l));
        Map<Long, BudgetExecution> saved = QuarterForm.byLine(budget.executionsOfPlan(planId), quarter);
        Map<Long, Task> editable = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        RejectedInput.Collector rejected = RejectedInput.collect();
        List<LineExecution> changed = new ArrayList<>();
        for (LineExecution row : rows) {
            BudgetLine line = lines.get(row.lineId());
            if (line == null || !seen.add(row.lineId())) {
                throw new NotFoundException("budget.record.line", row.lineId());
            }
            editable.computeIfAbsent(line.getTaskId(), taskId -> {
                tasks.task(planId, taskId, user.organizationId());
                return tasks.editableTask(planId, taskId, user);
            });
            BudgetExecution e = saved.get(line.getId());
            Execution input = row.input();
            if (input.executed() == null) {
                if (e != null) {
                    rejected.reject(row.field(), "budget.executed.required");
                } else if (input.note() != null) {
                    rejected.reject(row.field(), "budget.executed.required");
                }
                continue;
            }
            if (e != null && e.getExecutedMillion().compareTo(input.executed()) == 0
                    && Objects.equals(e.getNote(), input.note())) {
                continue;
            }
            // every changed line is checked against its saved version before any line is written
            if (e == null ? input.version() != null : !Objects.equals(input.version(), e.getVersion())) {
                throw new StaleEditException("BudgetExecution", line.getId());
            }
            changed.add(row);
        }
        rejected.throwIfAny();
        for (LineExecution row : changed) {
            BudgetLine line = lines.get(row.lineId());
            apply(line, editable.get(line.getTaskId()), quarter, Optional.ofNullable(saved.get(line.getId())),
                    row.input(), user);
        }
        return changed.size();
    }

    private void apply(BudgetLine line, Task task, int quarter, Optional<BudgetExecution> existing, Execution input,
                       CurrentUser user) {
        Long lineId = line.getId();
        String executedLabel = messages.get("budget.field.executed");
        String noteLabel = messages.get("budget.field.note");
        BudgetExecution execution;
        Changes changes;
        if (existing.isEmpty()) {
            if (input.version() != null) {
                throw new StaleEditException("BudgetExecution", lineId);
            }
            execution = new BudgetExecution(lineId, quarter);
            changes = Changes.of().field(executedLabel, null, million(input.executed()))
                    .field(noteLabel, null, input.note());
        } else {
            execution = existing.get();
            StaleEditException.unlessCurrent(input.version(), execution.getVersion(), "BudgetExecution", lineId);
            changes = Changes.of()
                    .field(executedLabel, million(execution.getExecutedMillion()), million(input.executed()))
                    .field(noteLabel, execution.getNote(), input.note());
        }
        execution.record(input.executed(), input.note(), user.displayName(), LocalDateTime.now(clock));
        executions.save(execution);
        ChangeHistory.Subject subject = new ChangeHistory.Subject(user.organizationId(), task.getId(), null,
                BUDGET_EXECUTION, execution.getId(), messages.get("budget.history.subject", line.getName(), quarter));
        if (existing.isEmpty()) {
            history.created(user, subject, changes);
        } else {
            history.updated(user, subject, changes);
        }
    }

    private String million(BigDecimal value) {
        return messages.get("budget.history.million", value == null ? "" : value.stripTrailingZeros().toPlainString());
    }
}
