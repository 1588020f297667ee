package kr.innotrack.present;

import java.util.List;
import kr.innotrack.checkround.Signal;

/** A review-meeting deck: slides in meeting order. Each slide kind has its own fragment in present/deck.html. */
public record Deck(String title, String subtitle, String backLink, List<Slide> slides) {

    public sealed interface Slide permits Headline, Areas, Laggard, Table, Note {
        String kind();

        String title();
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

    /** Status by area (and its focus sub-areas, indented). */
    public record Areas(String title, List<AreaRow> rows) implements Slide {
        public String kind() {
            return "areas";
        }
    }

    public record AreaRow(String name, boolean sub, StatusBar status) {
    }

    /** One under-performing task with its cause and remedy. */
    public record Laggard(String title, String task, String department, String rating, Signal computed,
                          List<String> reasons, String cause, String measures, String dueDate, String remedyState,
                          int index, int of) implements Slide {
        public String kind() {
            return "laggard";
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
