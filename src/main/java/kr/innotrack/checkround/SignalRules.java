package kr.innotrack.checkround;

/**
 * Thresholds of the computed status, in percent of what was due by the reference date: at or above
 * {@code green} is 정상, at or above {@code red} is 주의, below is 부진. One pair for the milestones done, one for
 * each KPI's achievement against its pro-rata target, one for the self-reported progress against the share of the
 * year elapsed. {@code missingKpiIsCaution}: a KPI with no value reported for the year counts as 주의.
 */
public record SignalRules(int milestoneGreen, int milestoneRed, int kpiGreen, int kpiRed, int progressGreen,
                          int progressRed, boolean missingKpiIsCaution) {

    public static final SignalRules DEFAULTS = new SignalRules(80, 50, 90, 60, 90, 60, true);

    Signal level(double percent, int green, int red) {
        if (percent >= green) {
            return Signal.GREEN;
        }
        return percent >= red ? Signal.AMBER : Signal.RED;
    }
}
