package kr.innotrack.shared.text;

import java.beans.PropertyEditorSupport;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.bind.WebDataBinder;

/**
 * The one rule for text a person types, applied by the data binder to every {@code String} of every form and request
 * parameter before validation:
 * <ul>
 *   <li>Unicode NFC, so Hangul typed as separate jamo counts (and compares) as the syllables a person sees;</li>
 *   <li>control characters are removed (C0, DEL, C1), except line breaks and tabs in multi-line fields
 *       ({@link MultiLine}); CR LF and CR become LF; in a single-line field a line break or tab becomes a space;</li>
 *   <li>bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) and the byte-order mark are
 *       removed everywhere, so no text can reorder the page around it; so are the characters that never show (zero
 *       width space U+200B, word joiner U+2060, soft hyphen U+00AD, U+034F, U+180E), so two names that look the same
 *       are the same (the joiners U+200C/U+200D stay: some scripts and emoji need them);</li>
 *   <li>leading and trailing spaces and invisible characters are stripped, and a text with nothing visible left
 *       (only spaces, U+FEFF, zero-width or Hangul filler characters) is blank: {@code null}.</li>
 * </ul>
 * Lengths ({@code @Size}) are then counted on the cleaned text, in characters of Java strings: one per Hangul
 * syllable, letter or digit; characters outside the Basic Multilingual Plane (most emoji) count two, which is how the
 * database columns count them. Fields marked {@link RawText} (passwords) are bound exactly as sent.
 */
public final class TextInput {

    private static final Map<Class<?>, List<String[]>> MARKED_FIELDS = new ConcurrentHashMap<>();

    private TextInput() {
    }

    public static String clean(String raw, boolean multiLine) {
        if (raw == null) {
            return null;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\r') {
                if (i < s.length() && s.charAt(i) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\n' || c == '\t') {
                out.append(multiLine ? (char) c : ' ');
            } else if (Character.getType(c) == Character.CONTROL || bidiControl(c) || neverShown(c)) {
                // dropped
            } else {
                out.appendCodePoint(c);
            }
        }
        int start = 0;
        int end = out.length();
        while (start < end && invisible(out.codePointAt(start))) {
            start += Character.charCount(out.codePointAt(start));
        }
        while (end > start && invisible(out.codePointBefore(end))) {
            end -= Character.charCount(out.codePointBefore(end));
        }
        return start == end ? null : out.substring(start, end);
    }

    static boolean bidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }

    static boolean neverShown(int c) {
        return c == 0xFEFF || c == 0x200B || c == 0x2060 || c == 0x00AD || c == 0x034F || c == 0x180E
                || nonCharacter(c);
    }

    /**
     * Unicode noncharacters (U+FDD0–U+FDEF and the last two code points of every plane, U+FFFE, U+FFFF, U+1FFFE…):
     * never text, and not allowed in the XML of a .hwpx or .xlsx file, where one would break the whole document.
     */
    static boolean nonCharacter(int c) {
        return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    }

    /** Spaces and characters that show nothing: zero-width, word joiner, soft hyphen, Hangul fillers. */
    static boolean invisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x200B || c == 0x200C || c == 0x200D
                || c == 0x2060 || c == 0x00AD || c == 0x034F || c == 0x180E || c == 0x115F || c == 0x1160
                || c == 0x3164 || c == 0xFFA0 || c == 0xFEFF;
    }

    /** Registers the rule on a binder: single-line by default, multi-line and raw fields by their annotations. */
    public static void register(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new Editor(false));
        // A form object is often bound before it exists (constructor binding): then only its type is known.
        Class<?> type = binder.getTarget() != null ? binder.getTarget().getClass()
                : binder.getTargetType() != null ? binder.getTargetType().resolve() : null;
        if (type == null || !type.getName().startsWith("kr.innotrack.")) {
            return;
        }
        for (String[] marked : MARKED_FIELDS.computeIfAbsent(type, c -> markedFields(c, "", 0))) {
            binder.registerCustomEditor(String.class, marked[0], "raw".equals(marked[1]) ? new Raw() : new Editor(true));
        }
    }

    /** (property path, "multi" | "raw") of the annotated String fields, following lists of nested form objects. */
    private static List<String[]> markedFields(Class<?> type, String prefix, int depth) {
        List<String[]> found = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() == String.class) {
                    if (f.isAnnotationPresent(MultiLine.class)) {
                        found.add(new String[] {prefix + f.getName(), "multi"});
                    } else if (f.isAnnotationPresent(RawText.class)) {
                        found.add(new String[] {prefix + f.getName(), "raw"});
                    }
                } else if (depth < 2 && List.class.isAssignableFrom(f.getType())
                        && f.getGenericType() instanceof ParameterizedType p
                        && p.getActualTypeArguments()[0] instanceof Class<?> element
                        && element.getName().startsWith("kr.innotrack.")) {
                    found.addAll(markedFields(element, prefix + f.getName() + ".", depth + 1));
                }
            }
        }
        return found;
    }

    private static final class Editor extends PropertyEditorSupport {

        private final boolean multiLine;

        Editor(boolean multiLine) {
            this.multiLine = multiLine;
        }

        @Override
        public void setAsText(String text) {
            setValue(clean(text, multiLine));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    private static final class Raw extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(text);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
