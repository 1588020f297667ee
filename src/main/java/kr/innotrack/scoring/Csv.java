package kr.innotrack.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** CSV cells (RFC 4180 quoting; a leading =, +, - or @ is neutralised so a spreadsheet never runs it). */
final class Csv {

    private Csv() {
    }

    /** A CSV download: UTF-8 with a byte-order mark, so a spreadsheet reads the Korean correctly. */
    static java.io.PrintWriter download(jakarta.servlet.http.HttpServletResponse response, String filename)
            throws java.io.IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        java.io.PrintWriter out = new java.io.PrintWriter(new java.io.OutputStreamWriter(response.getOutputStream(),
                java.nio.charset.StandardCharsets.UTF_8));
        out.print('\uFEFF');
        return out;
    }

    static String cell(String s) {
        if (s == null) {
            return "";
        }
        String v = s.matches("^[=+\\-@].*") ? "'" + s : s;
        return v.matches(".*[\",\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    static String number(double v) {
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }
}
