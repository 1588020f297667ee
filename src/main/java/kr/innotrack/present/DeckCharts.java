package kr.innotrack.present;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.innotrack.shared.Charts;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chart.js configurations for the projector's chart slides: stacked bars with whole-number axes and category labels
 * wrapped onto several lines (an array of lines per label), never cut. present.js sets the font sizes from the slide.
 */
final class DeckCharts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final int LABEL_LINE = 12;

    private DeckCharts() {
    }

    /** Stacked bars, one colour per series; horizontal when the labels are long (area names). */
    static String stacked(List<String> labels, List<Charts.Series> series, boolean horizontal, String axisTitle) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", "bar");
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (Charts.Series s : series) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("label", s.label());
            d.put("data", s.data());
            d.put("backgroundColor", s.color());
            d.put("borderColor", "#1a1f24");
            d.put("borderWidth", 1);
            datasets.add(d);
        }
        config.put("data", Map.of("labels", labels.stream().map(DeckCharts::wrap).toList(), "datasets", datasets));
        Map<String, Object> valueAxis = new LinkedHashMap<>();
        valueAxis.put("stacked", true);
        valueAxis.put("beginAtZero", true);
        valueAxis.put("ticks", Map.of("precision", 0));
        valueAxis.put("title", Map.of("display", true, "text", axisTitle));
        Map<String, Object> categoryAxis = Map.of("stacked", true, "ticks", Map.of("autoSkip", false));
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

    /** A label as lines of at most {@link #LABEL_LINE} characters, broken between words where it can be. */
    static List<String> wrap(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > LABEL_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (word.length() > LABEL_LINE + 4) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, LABEL_LINE));
                word = word.substring(LABEL_LINE);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
