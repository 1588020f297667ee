package kr.innotrack.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** An amount the task's budget text states for one year, in thousands of won (천원). */
@Entity
public class TaskBudget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Task task;

    @Column(name = "task_id", insertable = false, updatable = false)
    private Long taskId;

    private int budgetYear;
    private long amountThousandWon;
    private String note;
    private int sortOrder;

    protected TaskBudget() {
    }

    public Long getTaskId() {
        return taskId;
    }

    public int getBudgetYear() {
        return budgetYear;
    }

    public long getAmountThousandWon() {
        return amountThousandWon;
    }

    public String getNote() {
        return note;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
