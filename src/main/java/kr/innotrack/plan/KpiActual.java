package kr.innotrack.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import kr.innotrack.shared.BaseEntity;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A KPI's measured value for one quarter. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class KpiActual extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Kpi kpi;

    @Column(name = "kpi_id", insertable = false, updatable = false)
    private Long kpiId;

    private int actualYear;
    private int quarter;
    private BigDecimal actualValue;
    private String note;
    private String recordedBy;
    private java.time.LocalDateTime recordedAt;

    KpiActual(Kpi kpi, int actualYear, int quarter) {
        this.kpi = kpi;
        this.kpiId = kpi.getId();
        this.actualYear = actualYear;
        this.quarter = quarter;
    }

    /** A read copy (see {@link Milestone}'s): one row's columns, without its KPI. */
    KpiActual(Long id, long version, Long kpiId, int actualYear, int quarter, BigDecimal actualValue, String note,
              String recordedBy, java.time.LocalDateTime recordedAt) {
        super(id, version);
        this.kpiId = kpiId;
        this.actualYear = actualYear;
        this.quarter = quarter;
        this.actualValue = actualValue;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void record(BigDecimal value, String note, String recordedBy, java.time.LocalDateTime recordedAt) {
        this.actualValue = value;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
