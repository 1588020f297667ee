package kr.innotrack.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
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

    /** Records (or corrects) the amount executed on a line in a quarter; over-execution is allowed. */
    public void record(Long planId, Long lineId, int quarter, Execution input, CurrentUser user) {
        BudgetLine line = budget.findById(lineId).orElseThrow(() -> new NotFoundException("budget.record.line", lineId));
        tasks.task(planId, line.getTaskId(), user.organizationId());
        Task task = tasks.editableTask(planId, line.getTaskId(), user);
        Optional<BudgetExecution> existing = budget.execution(lineId, quarter);
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
