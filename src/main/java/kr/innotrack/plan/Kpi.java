package kr.innotrack.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import kr.innotrack.shared.BaseEntity;

/** A performance indicator (성과지표) of a task: baseline → target, measured quarter by quarter. */
@Entity
public class Kpi extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Task task;

    @Column(name = "task_id", insertable = false, updatable = false)
    private Long taskId;

    private String name;
    private String unit;
    private BigDecimal baseline;
    private BigDecimal target;

    @Enumerated(EnumType.STRING)
    private KpiDirection direction;

    /** Where baseline and target come from in the plan text. */
    private String sourceNote;
    private int sortOrder;

    protected Kpi() {
    }

    public Task getTask() {
        return task;
    }

    public Long getTaskId() {
        return taskId;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public KpiDirection getDirection() {
        return direction;
    }

    public String getSourceNote() {
        return sourceNote;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
