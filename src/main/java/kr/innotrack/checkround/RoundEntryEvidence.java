package kr.innotrack.checkround;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kr.innotrack.shared.Messages;
import org.hibernate.annotations.Immutable;
import lombok.Getter;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

/**
 * One line of a closed round entry's evidence, frozen when the round closed: the reason as written out, its part
 * and level, and for a KPI the figures it was judged on (target pro-rata to the reference date, the value, the rate).
 * Never changed afterwards.
 */
@Entity
@Immutable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class RoundEntryEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long entryId;
    private int lineNo;

    @Enumerated(EnumType.STRING)
    private SignalCalculator.Part part;

    @Enumerated(EnumType.STRING)
    private Signal level;

    private String reasonText;
    private String kpiName;
    private String kpiUnit;
    private BigDecimal kpiBaseline;
    private BigDecimal kpiTarget;
    private BigDecimal kpiExpected;
    private BigDecimal kpiActual;
    private Integer kpiActualQuarter;
    private BigDecimal kpiRate;

    private RoundEntryEvidence(Long entryId, int lineNo, SignalCalculator.Line line, String text) {
        this.entryId = entryId;
        this.lineNo = lineNo;
        this.part = line.part();
        this.level = line.level();
        this.reasonText = text.length() > 2000 ? text.substring(0, 1999) + "…" : text;
        SignalCalculator.KpiFigure k = line.kpi();
        if (k != null) {
            this.kpiName = k.name();
            this.kpiUnit = k.unit();
            this.kpiBaseline = k.baseline();
            this.kpiTarget = k.target();
            this.kpiExpected = k.expected();
            this.kpiActual = k.actual();
            this.kpiActualQuarter = k.actualQuarter();
            this.kpiRate = k.rate();
        }
    }

    static List<RoundEntryEvidence> of(Long entryId, SignalCalculator.Result result, Messages messages) {
        List<RoundEntryEvidence> rows = new ArrayList<>();
        for (int i = 0; i < result.lines().size(); i++) {
            SignalCalculator.Line line = result.lines().get(i);
            rows.add(new RoundEntryEvidence(entryId, i, line, messages.get(line.reason())));
        }
        return rows;
    }

    SignalCalculator.Line line() {
        SignalCalculator.KpiFigure kpi = kpiName == null ? null : new SignalCalculator.KpiFigure(kpiName, kpiUnit,
                kpiBaseline, kpiTarget, kpiExpected, kpiActual, kpiActualQuarter, kpiRate, part == SignalCalculator.Part.KPI ? level : null);
        return new SignalCalculator.Line(part, level, SignalCalculator.written(reasonText), kpi);
    }

    Long getEntryId() {
        return entryId;
    }

    int getLineNo() {
        return lineNo;
    }
}
