package kr.innotrack.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import kr.innotrack.shared.BaseEntity;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** The amount actually executed on a budget line in one quarter (백만원). */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class BudgetExecution extends BaseEntity {

    @Column(name = "budget_line_id")
    private Long budgetLineId;

    private int quarter;
    private BigDecimal executedMillion;
    private String note;
    private String recordedBy;
    private LocalDateTime recordedAt;

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

}
