package kr.innotrack.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The fields that differ between a record before and after an edit, as display text. */
public final class Changes {

    public record FieldChange(String field, String oldValue, String newValue) {
    }

    private final List<FieldChange> changes = new ArrayList<>();

    public static Changes of() {
        return new Changes();
    }

    /** Adds the field only when its display text changed. */
    public Changes field(String field, Object oldValue, Object newValue) {
        String before = text(oldValue);
        String after = text(newValue);
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
        return this;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<FieldChange> list() {
        return List.copyOf(changes);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return s.isBlank() ? null : s;
    }
}
