package kr.innotrack.present;

import java.util.List;
import kr.innotrack.shared.Charts;

/**
 * Chart.js configurations for the projector's chart slides: the pages' own stacked bars ({@link Charts#bar}: whole-number
 * axes for counts, category labels wrapped onto several lines between words, never cut or skipped). present.js sets
 * the font sizes from the slide.
 */
final class DeckCharts {

    private DeckCharts() {
    }

    /** Stacked bars, one colour per series; horizontal when the labels are long (area names). */
    static String stacked(List<String> labels, List<Charts.Series> series, boolean horizontal, String axisTitle) {
        return Charts.bar(labels, series, true, horizontal, axisTitle);
    }
}
