package kr.innotrack.plan.sheet;

import kr.innotrack.shared.web.SpreadsheetText;

/**
 * Text cells of the plan workbook: written through the one formula-injection rule ({@link SpreadsheetText}: a text
 * starting with {@code = + - @} gets a leading apostrophe), read back without that apostrophe, so a plan exported and
 * imported again keeps its text exactly. A text that itself starts with an apostrophe before such a character gets a
 * second one, so the reading never takes away an apostrophe a person wrote.
 */
final class CellText {

    private CellText() {
    }

    static String write(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return marked(text) ? "'" + text : text;
    }

    static String read(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && marked(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean marked(String text) {
        if (text.isEmpty()) {
            return false;
        }
        if (!SpreadsheetText.neutralise(text).equals(text)) {
            return true;
        }
        return text.charAt(0) == '\'' && marked(text.substring(1));
    }
}
