package kr.innotrack.budget;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.innotrack.shared.web.VersionedForm;
import lombok.Getter;
import lombok.Setter;

/** Recording what was executed on a budget line in a quarter (백만원). */
@Getter
@Setter
class ExecutionForm implements VersionedForm {

    private Long version;

    @NotNull(message = "{budget.executed.required}")
    @DecimalMin(value = "0", message = "{budget.executed.negative}")
    @Digits(integer = 12, fraction = 2, message = "{budget.executed.digits}")
    private BigDecimal executed;

    @Size(max = 500, message = "{budget.note.tooLong}")
    private String note;

    static ExecutionForm of(BudgetExecution e) {
        ExecutionForm f = new ExecutionForm();
        f.version = e.getVersion();
        f.executed = e.getExecutedMillion();
        f.note = e.getNote();
        return f;
    }

    BudgetCommands.Execution toCommand() {
        return new BudgetCommands.Execution(executed, note, version);
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("budget.executed", executed == null ? null : executed.stripTrailingZeros().toPlainString());
        d.put("budget.note", note);
        return d;
    }

    public void setNote(String note) {
        this.note = note == null || note.isBlank() ? null : note.strip();
    }
}
