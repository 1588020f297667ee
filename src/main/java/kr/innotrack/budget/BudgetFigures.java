package kr.innotrack.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Planned and executed amounts up to a quarter (cumulative, 백만원) and the execution rate. Over-execution is a
 * fact to show, not an error: the rate then exceeds 100%.
 */
public record BudgetFigures(BigDecimal annual, BigDecimal plannedToDate, BigDecimal executedToDate) {

    public static final BudgetFigures ZERO = new BudgetFigures(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public BudgetFigures plus(BudgetFigures other) {
        return new BudgetFigures(annual.add(other.annual), plannedToDate.add(other.plannedToDate),
                executedToDate.add(other.executedToDate));
    }

    /** Executed ÷ planned to date, in percent with one decimal; null when nothing was planned yet. */
    public BigDecimal rate() {
        if (plannedToDate.signum() == 0) {
            return null;
        }
        return executedToDate.multiply(BigDecimal.valueOf(100)).divide(plannedToDate, 1, RoundingMode.HALF_UP);
    }

    public boolean overExecuted() {
        return executedToDate.compareTo(plannedToDate) > 0;
    }
}
