package kr.innotrack.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import kr.innotrack.shared.BaseEntity;

/** A KPI's measured value for one quarter. */
@Entity
public class KpiActual extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Kpi kpi;

    @Column(name = "kpi_id", insertable = false, updatable = false)
    private Long kpiId;

    private int actualYear;
    private int quarter;
    private BigDecimal actualValue;
    private String note;

    protected KpiActual() {
    }

    public Long getKpiId() {
        return kpiId;
    }

    public int getActualYear() {
        return actualYear;
    }

    public int getQuarter() {
        return quarter;
    }

    public BigDecimal getActualValue() {
        return actualValue;
    }

    public String getNote() {
        return note;
    }
}
