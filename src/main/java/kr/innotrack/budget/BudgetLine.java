package kr.innotrack.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A line of a task's quarterly budget execution plan (백만원), as the plan document states it. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class BudgetLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id")
    private Long taskId;

    private String name;
    private int budgetYear;
    private BigDecimal amountMillion;
    private BigDecimal q1Million;
    private BigDecimal q2Million;
    private BigDecimal q3Million;
    private BigDecimal q4Million;
    private String note;
    private int sortOrder;

    /** The amount planned for a quarter (1–4); zero where the plan leaves the quarter empty. */
    public BigDecimal planned(int quarter) {
        BigDecimal value = switch (quarter) {
            case 1 -> q1Million;
            case 2 -> q2Million;
            case 3 -> q3Million;
            case 4 -> q4Million;
            default -> throw new IllegalArgumentException("quarter " + quarter);
        };
        return value == null ? BigDecimal.ZERO : value;
    }

}
