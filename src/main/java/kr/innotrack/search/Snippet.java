package kr.innotrack.search;

import java.util.List;

/**
 * The part of a text around the first match, split so the page can mark the match ({@code <mark>}) without writing
 * HTML from the data. Case-insensitive for Latin letters, as the queries are.
 */
public record Snippet(String before, String match, String after) {

    static final int BEFORE = 30;
    static final int AFTER = 90;

    /** From the first text holding the query; the first text unmarked if none does (a department name matched). */
    static Snippet of(List<String> texts, String query) {
        String fallback = null;
        for (String raw : texts) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String text = raw.replaceAll("\\s+", " ").strip();
            if (fallback == null) {
                fallback = text;
            }
            int at = indexOf(text, query);
            if (at >= 0) {
                int from = Math.max(0, at - BEFORE);
                int to = Math.min(text.length(), at + query.length() + AFTER);
                return new Snippet((from > 0 ? "…" : "") + text.substring(from, at),
                        text.substring(at, at + query.length()),
                        text.substring(at + query.length(), to) + (to < text.length() ? "…" : ""));
            }
        }
        if (fallback == null) {
            return new Snippet("", "", "");
        }
        return new Snippet(fallback.length() > BEFORE + AFTER ? fallback.substring(0, BEFORE + AFTER) + "…" : fallback,
                "", "");
    }

    static int indexOf(String text, String query) {
        for (int i = 0; i + query.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, query, 0, query.length())) {
                return i;
            }
        }
        return -1;
    }
}
