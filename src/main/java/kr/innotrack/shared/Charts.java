package kr.innotrack.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chart.js configurations as JSON, written into a {@code data-chart} attribute and drawn by {@code /js/charts.js}
 * with the Chart.js webjar (no inline script, no CDN). Every chart also has its numbers in a table on the page.
 */
public final class Charts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Status colours, the same as the pages' badges; labels and tables carry the meaning too. */
    public static final String GREEN = "#2f8a49";
    public static final String AMBER = "#e0a100";
    public static final String RED = "#b3261e";
    public static final String BLUE = "#0a5fb4";
    public static final String GREY = "#7b8794";
    public static final List<String> PALETTE = List.of("#0b4f8a", "#2f8a49", "#e0a100", "#7a3b99", "#0f8b8d",
            "#b3261e", "#5b6b7a");

    private Charts() {
    }

    /** One series; series with the same {@code stack} are stacked together, another stack stands beside them. */
    public record Series(String label, List<? extends Number> data, String color, String stack) {

        public Series(String label, List<? extends Number> data, String color) {
            this(label, data, color, null);
        }
    }

    /** Category labels longer than this are drawn on several lines, broken between words, never cut. */
    static final int LABEL_LINE = 14;

    /** Bars per label, one colour per series; stacked or side by side; horizontal for long labels. */
    public static String bar(List<String> labels, List<Series> series, boolean stacked, boolean horizontal, String axisTitle) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", "bar");
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (Series s : series) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("label", s.label());
            d.put("data", s.data());
            d.put("backgroundColor", s.color());
            d.put("borderColor", "#1a1f24");
            d.put("borderWidth", 1);
            if (s.stack() != null) {
                d.put("stack", s.stack());
            }
            datasets.add(d);
        }
        config.put("data", Map.of("labels", labels.stream().map(Charts::wrap).toList(), "datasets", datasets));
        Map<String, Object> valueAxis = new LinkedHashMap<>();
        valueAxis.put("stacked", stacked);
        valueAxis.put("beginAtZero", true);
        if (axisTitle != null) {
            valueAxis.put("title", Map.of("display", true, "text", axisTitle));
        }
        if (series.stream().allMatch(s -> counts(s.data()))) {
            // Counts have whole-number ticks (never 「0.5 과제」).
            valueAxis.put("ticks", Map.of("precision", 0));
        }
        // Every category keeps its label: Chart.js would otherwise skip every other one when they crowd.
        Map<String, Object> categoryAxis = Map.of("stacked", stacked, "ticks", Map.of("autoSkip", false));
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("indexAxis", horizontal ? "y" : "x");
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        options.put("animation", false);
        options.put("scales", horizontal ? Map.of("x", valueAxis, "y", categoryAxis) : Map.of("x", categoryAxis, "y", valueAxis));
        options.put("plugins", Map.of("legend", Map.of("position", "bottom")));
        config.put("options", options);
        return JSON.writeValueAsString(config);
    }

    private static boolean counts(List<? extends Number> data) {
        return data.stream().allMatch(n -> n == null || n instanceof Integer || n instanceof Long || n instanceof Short);
    }

    /**
     * A long label as lines of at most {@link #LABEL_LINE} characters, broken at spaces (a longer word gets a line of
     * its own, whole); Chart.js draws an array label on several lines instead of cutting its beginning off.
     */
    static Object wrap(String label) {
        if (label == null || label.length() <= LABEL_LINE) {
            return label;
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.trim().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > LABEL_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines.size() == 1 ? lines.get(0) : lines;
    }
}
