package kr.innotrack.present;

import java.util.List;
import kr.innotrack.checkround.Signal;

/**
 * A review-meeting deck: slides in meeting order. Each slide kind has its own fragment in present/deck.html. Detail
 * slides (one per under-performing task, after their summary table) can be skipped as a block.
 */
public record Deck(String title, String subtitle, String backLink, List<Slide> slides) {

    public sealed interface Slide permits Headline, Laggard, Table, Note, Summary, Chart {
        String kind();

        String title();

        /** A detail slide the presenter may skip (S, 「상세 건너뛰기」). */
        default boolean detail() {
            return false;
        }
    }

    /**
     * Where S leads from the given slide (0-based): from a laggard summary or detail slide, the first slide after that
     * section (its remaining summaries and all details); from any other slide, the next slide that is not a detail.
     * 1-based; the last slide if there is none.
     */
    public int after(int index) {
        boolean section = slides.get(index) instanceof Summary || slides.get(index).detail();
        int n = index + 1;
        while (n < slides.size() && (slides.get(n).detail() || section && slides.get(n) instanceof Summary)) {
            n++;
        }
        return Math.min(n, slides.size() - 1) + 1;
    }

    /** How many slides are not details (what a meeting sees when it skips them). */
    public long mainSlides() {
        return slides.stream().filter(s -> !s.detail()).count();
    }

    /** Count of tasks per computed status, with its share of the bar (0–100). */
    public record StatusBar(int green, int amber, int red) {

        public int total() {
            return green + amber + red;
        }

        public double share(Signal s) {
            int n = switch (s) {
                case GREEN -> green;
                case AMBER -> amber;
                case RED -> red;
            };
            return total() == 0 ? 0 : 100.0 * n / total();
        }

        /** Start of the segment of the given status (for the SVG bar). */
        public double offset(Signal s) {
            return switch (s) {
                case GREEN -> 0;
                case AMBER -> share(Signal.GREEN);
                case RED -> share(Signal.GREEN) + share(Signal.AMBER);
            };
        }
    }

    /** The plan at a glance: tasks by computed status, milestones done of due, KPI achievement. */
    public record Headline(String title, String asOf, StatusBar tasks, int milestonesDue, int milestonesDone,
                           int kpis, int kpisReported, List<Bucket> kpiBuckets) implements Slide {
        public String kind() {
            return "headline";
        }
    }

    public record Bucket(String label, int count) {
    }

    /**
     * One under-performing task with every reason, its cause and remedy, in full; a text too long for one slide goes on
     * (계속) to a continuation slide ({@code continued}), which repeats the task line only.
     */
    public record Laggard(String title, String task, String department, String rating, Signal computed,
                          List<String> reasons, String cause, String measures, String remedyLine,
                          int index, int of, boolean continued, boolean continues,
                          List<kr.innotrack.evidence.AttachmentView> photos) implements Slide {
        public String kind() {
            return "laggard";
        }

        @Override
        public boolean detail() {
            return true;
        }
    }

    /** The laggards in one table (several slides when many): the presenter's overview before the skippable details. */
    public record Summary(String title, String caption, boolean rated, List<SummaryRow> rows, String part)
            implements Slide {
        public String kind() {
            return "summary";
        }
    }

    /** One laggard in the summary: task, department, rating (a round's), computed status, key reason, remedy state. */
    public record SummaryRow(String task, String department, String rating, Signal computed, String reason,
                             String remedyState, int detailSlide) {
    }

    /**
     * A chart with its numbers as a table (the same numbers: what a screen reader and a print read). {@code json} is a
     * Chart.js configuration drawn by /js/charts.js.
     */
    public record Chart(String title, String caption, String id, String json, String label, List<String> header,
                        List<List<String>> rows, List<Boolean> numeric) implements Slide {
        public String kind() {
            return "chart";
        }
    }

    /** A table slide (timeliness, ranking, milestones due next quarter), at most a few rows so it fits. */
    public record Table(String title, String caption, List<String> header, List<List<String>> rows,
                        List<Boolean> numeric, String part) implements Slide {
        public String kind() {
            return "table";
        }
    }

    /** A slide with a sentence only (e.g. nothing under-performing). */
    public record Note(String title, String text) implements Slide {
        public String kind() {
            return "note";
        }
    }
}
