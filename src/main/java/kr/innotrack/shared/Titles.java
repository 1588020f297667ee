package kr.innotrack.shared;

/**
 * How a plan's title reads wherever it is shown. Titles are kept as the documents write them: some begin with their
 * year (Incheon's 「2020 주요업무 추진계획」), some quote a slogan (Jung-gu's 「「열린 중구3.0」 확산 추진계획」), so the
 * year is put before a title only when it does not start with it ({@link Messages#planTitle}), and a title is put in 「 」 only when it holds no
 * quotation of its own.
 */
public final class Titles {

    private static final String QUOTES = "「『‘“\"'";

    private Titles() {
    }

    /** Whether the title begins with its year (「2020 주요업무 추진계획」, 「2020년 …」), so the year is not said twice. */
    public static boolean startsWithYear(int year, String title) {
        if (title == null) {
            return false;
        }
        String t = title.strip();
        String y = String.valueOf(year);
        return t.startsWith(y) && (t.length() == y.length() || !Character.isDigit(t.charAt(y.length())));
    }

    /** The title in 「 」 for running text, unless it already quotes something: 「열린 중구3.0」 확산 추진계획. */
    public static String quoted(String title) {
        if (title == null) {
            return "";
        }
        String t = title.strip();
        for (int i = 0; i < t.length(); i++) {
            if (QUOTES.indexOf(t.charAt(i)) >= 0) {
                return t;
            }
        }
        return "\u300C" + t + "\u300D";
    }
}
