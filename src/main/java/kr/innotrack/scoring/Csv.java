package kr.innotrack.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** CSV cells (RFC 4180 quoting; a leading =, +, - or @ is neutralised so a spreadsheet never runs it). */
final class Csv {

    private Csv() {
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
