package kr.innotrack.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/** CSV downloads: RFC 4180 quoting, every text cell neutralised by {@link SpreadsheetText} first. */
public final class Csv {

    private Csv() {
    }

    /** A CSV download: UTF-8 with a byte-order mark, so a spreadsheet reads the Korean correctly. */
    public static PrintWriter download(HttpServletResponse response, String filename) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.print('\uFEFF');
        return out;
    }

    /** A text cell: neutralised, then quoted when it holds a quote, a comma or a line break. */
    public static String cell(String s) {
        if (s == null) {
            return "";
        }
        String v = SpreadsheetText.neutralise(s);
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == '"' || c == ',' || c == '\r' || c == '\n';
        }
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    /** A number the app computed (never user text), three decimals. */
    public static String number(double v) {
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }
}
