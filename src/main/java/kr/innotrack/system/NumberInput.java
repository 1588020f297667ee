package kr.innotrack.system;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.springframework.util.NumberUtils;
import org.springframework.validation.DataBinder;

/**
 * The one rule for a number a person types: thousands separators are welcome (「1,200」, 「1,200.5」), full-width
 * digits and signs too (「１，２００」, read through NFKC), surrounding spaces go; a comma anywhere but between groups of
 * three digits (「1,2,,3」, 「12,00」) is no number, and the binder answers with the field's type-mismatch message (400)
 * while the field keeps the text as typed. Without a comma the text is read as before.
 */
final class NumberInput {

    /** Digits grouped by three with commas, an optional sign and decimal part. */
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private NumberInput() {
    }

    static void register(DataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new Editor<>(BigDecimal.class, true));
        binder.registerCustomEditor(Long.class, new Editor<>(Long.class, true));
        binder.registerCustomEditor(Integer.class, new Editor<>(Integer.class, true));
        binder.registerCustomEditor(Double.class, new Editor<>(Double.class, true));
        binder.registerCustomEditor(long.class, new Editor<>(Long.class, false));
        binder.registerCustomEditor(int.class, new Editor<>(Integer.class, false));
        binder.registerCustomEditor(double.class, new Editor<>(Double.class, false));
    }

    /**
     * The typed text as the plain number it means, or null for blank text.
     *
     * @throws IllegalArgumentException for commas that do not group digits by three
     */
    static String plain(String typed) {
        if (typed == null) {
            return null;
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.indexOf(',') < 0) {
            return text;
        }
        if (!GROUPED.matcher(text).matches()) {
            throw new IllegalArgumentException("not a number: " + typed);
        }
        return text.replace(",", "");
    }

    private static final class Editor<T extends Number> extends PropertyEditorSupport {

        private final Class<T> type;
        private final boolean allowEmpty;

        Editor(Class<T> type, boolean allowEmpty) {
            this.type = type;
            this.allowEmpty = allowEmpty;
        }

        @Override
        public void setAsText(String text) {
            String plain = plain(text);
            if (plain == null) {
                if (!allowEmpty) {
                    throw new IllegalArgumentException("a number is required");
                }
                setValue(null);
                return;
            }
            setValue(NumberUtils.parseNumber(plain, type));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
