package kr.innotrack.budget;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Recording what was executed on a budget line in a quarter (백만원). */
public class ExecutionForm {

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

    java.util.Map<String, String> describe() {
        java.util.Map<String, String> d = new java.util.LinkedHashMap<>();
        d.put("집행액(백만원)", executed == null ? null : executed.stripTrailingZeros().toPlainString());
        d.put("비고", note);
        return d;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public BigDecimal getExecuted() {
        return executed;
    }

    public void setExecuted(BigDecimal executed) {
        this.executed = executed;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null || note.isBlank() ? null : note.strip();
    }
}
