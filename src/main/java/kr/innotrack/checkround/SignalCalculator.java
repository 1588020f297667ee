package kr.innotrack.checkround;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.innotrack.plan.KpiDirection;
import kr.innotrack.plan.Milestone;
import kr.innotrack.plan.MilestoneStatus;
import kr.innotrack.plan.Recurrence;
import kr.innotrack.shared.Messages;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The objective signal of a task as of a reference date (docs/check-cycle.md, "계산 상태"): milestones due vs done,
 * each KPI against its target pro-rata to the date, and the self-reported progress against the share of the year
 * elapsed. Each part gives 정상/주의/부진 by {@link SignalRules}; the task's status is the worst of them, and every
 * part writes out its reason.
 */
public final class SignalCalculator {

    private SignalCalculator() {
    }

    /** A milestone as the calculator needs it. */
    public record MilestoneFact(String description, String schedule, YearMonth start, YearMonth end,
                                List<YearMonth> months, Recurrence recurrence, MilestoneStatus status) {

        public static MilestoneFact of(Milestone m) {
            return new MilestoneFact(m.getDescription(), m.scheduleLabel(), m.getPlannedStart(), m.getPlannedEnd(),
                    m.plannedMonthList(), m.getRecurrence(), m.getStatus());
        }
    }

    /** A KPI with the values reported for the plan year, by quarter. */
    public record KpiFact(String name, String unit, BigDecimal baseline, BigDecimal target, KpiDirection direction,
                          Map<Integer, BigDecimal> actualsByQuarter) {
    }

    /** Which part of the status a line of evidence is about. */
    public enum Part { MILESTONE, KPI, PROGRESS }

    /** One KPI as judged: its target pro-rata to the reference date, the value it was judged on, the rate and level. */
    public record KpiFigure(String name, String unit, BigDecimal baseline, BigDecimal target, BigDecimal expected,
                            BigDecimal actual, Integer actualQuarter, BigDecimal rate, Signal level) {
    }

    /**
     * One line of the evidence: the reason (a message key with its arguments, resolved where it is shown, or the text
     * a closed round kept), its part and level, and for a KPI its figures.
     */
    public record Line(Part part, Signal level, MessageSourceResolvable reason, KpiFigure kpi) {
    }

    /** A reason already written out (a closed round's record): shown as it is. */
    static MessageSourceResolvable written(String text) {
        return new DefaultMessageSourceResolvable(null, null, text);
    }

    /**
     * The computed status with its evidence: every line, the milestones due / done / delayed by the reference date.
     */
    public record Result(Signal status, List<Line> lines, int due, int done, int delayed) {

        public List<String> reasons(Messages messages) {
            return lines.stream().map(l -> messages.get(l.reason())).toList();
        }

        public String reasonText(Messages messages) {
            return String.join("\n", reasons(messages));
        }

        /** The KPIs judged, with the figures the judgement was made on. */
        public List<KpiFigure> kpis() {
            return lines.stream().map(Line::kpi).filter(java.util.Objects::nonNull).toList();
        }
    }

    public static Result compute(LocalDate referenceDate, int planYear, List<MilestoneFact> milestones,
                                 List<KpiFact> kpis, Integer selfProgress, SignalRules rules) {
        List<Line> reasons = new ArrayList<>();
        Signal status = Signal.GREEN;
        double elapsed = yearElapsed(referenceDate, planYear);

        int due = 0;
        int done = 0;
        List<String> delayedNames = new ArrayList<>();
        for (MilestoneFact m : milestones) {
            int[] counts = dueAndDone(m, referenceDate, planYear);
            due += counts[0];
            done += counts[1];
            if (counts[0] > counts[1]) {
                delayedNames.add(m.description() + (m.schedule() == null ? "" : "(" + m.schedule() + ")"));
            }
        }
        int delayed = due - done;
        if (due == 0) {
            reasons.add(new Line(Part.MILESTONE, null, Messages.key("signal.reason.milestone.none"), null));
        } else {
            Signal level = rules.level(100.0 * done / due, rules.milestoneGreen(), rules.milestoneRed());
            status = status.worse(level);
            Object late = delayed > 0 ? Messages.key("signal.reason.milestone.delayed", delayed) : "";
            Object names = delayedNames.isEmpty() ? ""
                    : Messages.key("signal.reason.milestone.named", String.join(", ", delayedNames));
            reasons.add(new Line(Part.MILESTONE, level, Messages.key("signal.reason.milestone", Messages.word(level),
                    due, done, late, names), null));
        }

        int quarter = (referenceDate.getMonthValue() - 1) / 3 + 1;
        for (KpiFact kpi : kpis) {
            Signal level = kpiLevel(kpi, quarter, elapsed, referenceDate.getYear() > planYear, rules, reasons);
            status = status.worse(level);
        }

        if (selfProgress != null && elapsed > 0) {
            double expected = 100 * elapsed;
            Signal level = rules.level(100.0 * selfProgress / expected, rules.progressGreen(), rules.progressRed());
            status = status.worse(level);
            reasons.add(new Line(Part.PROGRESS, level, Messages.key("signal.reason.progress", Messages.word(level),
                    selfProgress, Math.round(expected)), null));
        }
        return new Result(status, List.copyOf(reasons), due, done, delayed);
    }

    /** Share of the plan year elapsed at the reference date, counted in whole months (end of June = 6/12). */
    static double yearElapsed(LocalDate referenceDate, int planYear) {
        if (referenceDate.getYear() < planYear) {
            return 0;
        }
        if (referenceDate.getYear() > planYear) {
            return 1;
        }
        int months = referenceDate.getMonthValue() - (referenceDate.equals(YearMonth.from(referenceDate).atEndOfMonth()) ? 0 : 1);
        return months / 12.0;
    }

    /** Occurrences due by the reference date, and how many of them are done. */
    public static int[] dueAndDone(MilestoneFact m, LocalDate referenceDate, int planYear) {
        if (m.status() == MilestoneStatus.CANCELLED) {
            return new int[] {0, 0};
        }
        List<YearMonth> occurrences = occurrences(m, planYear);
        int due = (int) occurrences.stream().filter(ym -> !ym.atEndOfMonth().isAfter(referenceDate)).count();
        boolean repeating = occurrences.size() > 1 || m.recurrence() != null;
        if (due == 0) {
            // Marked 지연 by the department before anything fell due: counts as one delay.
            return m.status() == MilestoneStatus.DELAYED ? new int[] {1, 0} : new int[] {0, 0};
        }
        int done = switch (m.status()) {
            case DONE -> due;
            case IN_PROGRESS -> repeating ? due : 0;
            default -> 0;
        };
        return new int[] {due, done};
    }

    /**
     * The months a milestone is due in: each listed month; for a repeating one each month (매월, 매주), each quarter
     * end (분기별) or half-year end (반기별) inside its dates or, undated, inside the plan year; for a dated one its
     * end month. Year-round and as-needed work (연중, 수시), open-ended and undated milestones never fall due.
     */
    public static List<YearMonth> occurrences(MilestoneFact m, int planYear) {
        if (!m.months().isEmpty()) {
            return m.months();
        }
        Recurrence r = m.recurrence();
        if (r == Recurrence.MONTHLY || r == Recurrence.WEEKLY || r == Recurrence.QUARTERLY || r == Recurrence.HALF_YEARLY) {
            YearMonth first = YearMonth.of(planYear, 1);
            YearMonth last = YearMonth.of(planYear, 12);
            YearMonth from = m.start() == null || m.start().isBefore(first) ? first : m.start();
            YearMonth to = m.end() == null || m.end().isAfter(last) ? last : m.end();
            int step = switch (r) {
                case QUARTERLY -> 3;
                case HALF_YEARLY -> 6;
                default -> 1;
            };
            List<YearMonth> list = new ArrayList<>();
            for (YearMonth ym = from; !ym.isAfter(to); ym = ym.plusMonths(1)) {
                if (ym.getMonthValue() % step == 0) {
                    list.add(ym);
                }
            }
            return list;
        }
        if (r != null || m.end() == null) {
            return List.of();
        }
        return List.of(m.end());
    }

    private static Signal kpiLevel(KpiFact kpi, int quarter, double elapsed, boolean afterYear, SignalRules rules,
                                   List<Line> reasons) {
        BigDecimal actual = null;
        Integer actualQuarter = null;
        int maxQuarter = afterYear ? 4 : quarter;
        for (int q = maxQuarter; q >= 1 && actual == null; q--) {
            actual = kpi.actualsByQuarter().get(q);
            actualQuarter = actual == null ? null : q;
        }
        if (actual == null) {
            if (rules.missingKpiIsCaution()) {
                reasons.add(new Line(Part.KPI, Signal.AMBER, Messages.key("signal.reason.kpi.missing.caution", kpi.name()),
                        new KpiFigure(kpi.name(),
                        kpi.unit(), kpi.baseline(), kpi.target(), null, null, null, null, Signal.AMBER)));
                return Signal.AMBER;
            }
            reasons.add(new Line(Part.KPI, null, Messages.key("signal.reason.kpi.missing", kpi.name()),
                    new KpiFigure(kpi.name(), kpi.unit(),
                    kpi.baseline(), kpi.target(), null, null, null, null, null)));
            return Signal.GREEN;
        }
        BigDecimal fraction = BigDecimal.valueOf(elapsed);
        BigDecimal expected;
        BigDecimal rate;
        BigDecimal baseline = kpi.baseline();
        BigDecimal target = kpi.target();
        if (baseline != null && baseline.compareTo(target) != 0) {
            expected = baseline.add(target.subtract(baseline).multiply(fraction));
            BigDecimal span = expected.subtract(baseline);
            rate = span.signum() == 0 ? null
                    : actual.subtract(baseline).multiply(BigDecimal.valueOf(100)).divide(span, 1, RoundingMode.HALF_UP);
        } else if (kpi.direction() == KpiDirection.DECREASE) {
            expected = target;
            rate = actual.signum() == 0 ? BigDecimal.valueOf(100)
                    : target.multiply(BigDecimal.valueOf(100)).divide(actual, 1, RoundingMode.HALF_UP);
        } else {
            expected = target.multiply(fraction);
            rate = expected.signum() == 0 ? null
                    : actual.multiply(BigDecimal.valueOf(100)).divide(expected, 1, RoundingMode.HALF_UP);
        }
        if (rate == null) {
            reasons.add(new Line(Part.KPI, null, Messages.key("signal.reason.kpi.noTarget", kpi.name()), new KpiFigure(kpi.name(),
                    kpi.unit(), kpi.baseline(), kpi.target(), expected, actual, actualQuarter, null, null)));
            return Signal.GREEN;
        }
        Signal level = rules.level(rate.doubleValue(), rules.kpiGreen(), rules.kpiRed());
        reasons.add(new Line(Part.KPI, level, Messages.key("signal.reason.kpi", kpi.name(), Messages.word(level),
                plain(rate.setScale(0, RoundingMode.HALF_UP)), plain(expected.setScale(1, RoundingMode.HALF_UP)),
                kpi.unit(), plain(actual)), new KpiFigure(kpi.name(), kpi.unit(),
                kpi.baseline(), kpi.target(), expected.setScale(3, RoundingMode.HALF_UP), actual, actualQuarter, rate, level)));
        return level;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
