package kr.innotrack.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import kr.innotrack.shared.BaseEntity;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A performance indicator (성과지표) of a task: baseline → target, measured quarter by quarter. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
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

    @Enumerated(EnumType.STRING)
    private KpiFrequency frequency = KpiFrequency.QUARTERLY;

    @Enumerated(EnumType.STRING)
    private KpiAccumulation accumulation = KpiAccumulation.DEFAULT;

    Kpi(Task task, int sortOrder) {
        this.task = task;
        this.taskId = task.getId();
        this.sortOrder = sortOrder;
    }

    /** A read copy (see {@link Milestone}'s): one row's columns, without its task. */
    Kpi(Long id, long version, Long taskId, String name, String unit, BigDecimal baseline, BigDecimal target,
        KpiDirection direction, String sourceNote, int sortOrder, KpiFrequency frequency, KpiAccumulation accumulation) {
        super(id, version);
        this.taskId = taskId;
        this.name = name;
        this.unit = unit;
        this.baseline = baseline;
        this.target = target;
        this.direction = direction;
        this.sourceNote = sourceNote;
        this.sortOrder = sortOrder;
        this.frequency = frequency;
        this.accumulation = accumulation;
    }

    void define(PlanBlueprint.Indicator i) {
        this.name = i.name();
        this.unit = i.unit();
        this.baseline = i.baseline();
        this.target = i.target();
        this.direction = i.direction();
        this.frequency = i.frequency() == null ? KpiFrequency.QUARTERLY : i.frequency();
        this.accumulation = i.accumulation() == null ? KpiAccumulation.DEFAULT : i.accumulation();
        this.sourceNote = i.sourceNote();
    }
}
