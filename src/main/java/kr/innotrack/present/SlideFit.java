package kr.innotrack.present;

import java.util.ArrayList;
import java.util.List;

/**
 * How much text a slide holds, estimated in lines at the projector's smallest text (24 px on 1280×720, about 40
 * Korean characters across a text column): tables are split into slides by it and a long detail goes on to a
 * continuation slide. The browser then shrinks a slide's font step by step until it fits (present.js); these
 * estimates only keep that from going below the minimum.
 */
final class SlideFit {

    /** Lines of a detail slide's text (reasons, cause, measures) under the task line at the smallest size. */
    static final int DETAIL_LINES = 11;
    static final int DETAIL_CHARS = 40;
    /** Lines of a summary table's body per slide, and at most this many rows. */
    static final int TABLE_LINES = 11;
    static final int TABLE_ROWS = 8;

    private SlideFit() {
    }

    /** Lines a text takes in a column of the given width (characters), each paragraph on its own lines. */
    static int lines(String text, int width) {
        if (text == null || text.isBlank()) {
            return 1;
        }
        int n = 0;
        for (String p : text.split("\n")) {
            n += Math.max(1, (p.length() + width - 1) / width);
        }
        return n;
    }

    /** Splits rows of the given heights (lines) into consecutive slides of at most {@code budget} lines and {@code max} rows. */
    static List<Integer> pages(List<Integer> heights, int budget, int max) {
        List<Integer> sizes = new ArrayList<>();
        int rows = 0;
        int used = 0;
        for (int h : heights) {
            if (rows > 0 && (rows == max || used + h > budget)) {
                sizes.add(rows);
                rows = 0;
                used = 0;
            }
            rows++;
            used += h;
        }
        if (rows > 0 || sizes.isEmpty()) {
            sizes.add(rows);
        }
        return sizes;
    }

    /**
     * A text cut to about {@code lines} lines, between words where it can be: the first part and the rest (null when
     * it all fits).
     */
    static String[] cut(String text, int lines, int width) {
        if (lines(text, width) <= lines) {
            return new String[] {text, null};
        }
        StringBuilder head = new StringBuilder();
        int used = 0;
        String[] paragraphs = text.split("\n", -1);
        for (int i = 0; i < paragraphs.length; i++) {
            String p = paragraphs[i];
            int need = Math.max(1, (p.length() + width - 1) / width);
            if (used + need <= lines) {
                head.append(head.isEmpty() ? "" : "\n").append(p);
                used += need;
                continue;
            }
            int room = (lines - used) * width;
            if (room <= 0) {
                return split(head, String.join("\n", java.util.Arrays.copyOfRange(paragraphs, i, paragraphs.length)));
            }
            int at = p.lastIndexOf(' ', room);
            if (at < room / 2) {
                at = room;
            }
            head.append(head.isEmpty() ? "" : "\n").append(p, 0, at);
            String rest = p.substring(at).strip();
            if (i + 1 < paragraphs.length) {
                rest = rest + "\n" + String.join("\n", java.util.Arrays.copyOfRange(paragraphs, i + 1, paragraphs.length));
            }
            return split(head, rest);
        }
        return new String[] {text, null};
    }

    private static String[] split(StringBuilder head, String rest) {
        return head.isEmpty() ? new String[] {null, rest} : new String[] {head.toString(), rest.isBlank() ? null : rest};
    }
}
