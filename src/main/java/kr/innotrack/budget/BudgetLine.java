package kr.innotrack.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** A line of a task's quarterly budget execution plan (백만원), as the plan document states it. */
@Entity
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

    protected BudgetLine() {
    }

    public Long getId() {
        return id;
    }

    public Long getTaskId() {
        return taskId;
    }

    public String getName() {
        return name;
    }

    public int getBudgetYear() {
        return budgetYear;
    }

    public BigDecimal getAmountMillion() {
        return amountMillion;
    }

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

    public String getNote() {
        return note;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
