package kr.innotrack.shared.web;

/**
 * The one rule against formula injection (CSV injection) for every cell of text written to a spreadsheet, whatever
 * the format (CSV now, .xlsx later): a text that starts with {@code = + - @}, a tab, a carriage return or a line feed
 * would be read as a formula (or hide one after a break), so it gets a leading apostrophe, which spreadsheets show as
 * plain text. Numbers the app computed are written as numbers, not through here.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> "'" + text;
            default -> text;
        };
    }
}
