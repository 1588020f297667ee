package kr.innotrack.checkround;

import java.util.List;
import java.util.Map;
import kr.innotrack.plan.StrategyNode;

/** What the check-round pages show, built by {@link CheckRoundQueries} in a fixed number of queries. */
public final class RoundViews {

    private RoundViews() {
    }

    /** A round in a list: how many tasks, how many submitted, how many of those late. */
    public record Summary(CheckRound round, long taskCount, long submitted, long late) {
    }

    /** One task of a round with its computed status (live while open, as kept at closing afterwards). */
    public record Row(RoundEntry entry, SignalCalculator.Result computed, Remedy remedy, StrategyNode area) {

        public RemedyState remedyState() {
            if (entry.getRound().getState().closed() && entry.getRemedyStateAtClose() != null) {
                return entry.getRemedyStateAtClose();
            }
            return remedy == null ? null : remedy.getState();
        }
    }

    /** Submission progress of one department in one round. */
    public record DepartmentProgress(Long departmentId, String name, int total, int submitted, int lateSubmitted,
                              int returned, int drafts, int notStarted, boolean overdue) {

        public int pending() {
            return total - submitted;
        }

        /** The message key of where the department stands (제출 완료, 제출(지연), 미제출, 기한 경과). */
        public String stateKey() {
            if (pending() == 0) {
                return lateSubmitted > 0 ? "round.progress.submittedLate" : "round.progress.submitted";
            }
            return overdue ? "round.progress.overdue" : "round.progress.pending";
        }
    }

    public record Round(CheckRound round, List<Row> rows, List<DepartmentProgress> departments, List<Remedy> carriedOver,
                 long daysLeft, int submitted, int late) {

        public int total() {
            return rows.size();
        }
    }

    /** A count per label, in a fixed label order (for tables that must show zeros too). */
    public record Tally(String name, Map<String, Integer> counts, int total) {

        public int count(String label) {
            return counts.getOrDefault(label, 0);
        }
    }

    public record Change(Row row, Rating before, Signal computedBefore) {
    }

    /** Ratings and computed statuses counted over one group of rows (an area, a department). */
    public record Line(String name, Tally rating, Tally signal, DepartmentProgress progress) {
    }

    public record Report(Round current, List<String> ratingLabels, List<String> signalLabels,
                  Tally ratingTotal, Tally signalTotal, List<Line> areas, List<Line> departments,
                  List<Row> underPerforming, CheckRound previous, Tally previousRatingTotal,
                  Tally previousSignalTotal, List<Change> changes) {
    }
}
