package kr.innotrack.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import kr.innotrack.shared.BaseEntity;

/** The amount actually executed on a budget line in one quarter (백만원). */
@Entity
public class BudgetExecution extends BaseEntity {

    @Column(name = "budget_line_id")
    private Long budgetLineId;

    private int quarter;
    private BigDecimal executedMillion;
    private String note;
    private String recordedBy;
    private LocalDateTime recordedAt;

    protected BudgetExecution() {
    }

    BudgetExecution(Long budgetLineId, int quarter) {
        this.budgetLineId = budgetLineId;
        this.quarter = quarter;
    }

    void record(BigDecimal executed, String note, String recordedBy, LocalDateTime recordedAt) {
        this.executedMillion = executed;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getBudgetLineId() {
        return budgetLineId;
    }

    public int getQuarter() {
        return quarter;
    }

    public BigDecimal getExecutedMillion() {
        return executedMillion;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
