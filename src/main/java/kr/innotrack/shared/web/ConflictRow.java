package kr.innotrack.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One line of a conflict view: a field, what is saved now, and what this person tried to save. */
public record ConflictRow(String field, String current, String mine, boolean differs) {

    /** Pairs two descriptions of the same form (field label → display value), in the first one's order. */
    public static List<ConflictRow> compare(Map<String, String> current, Map<String, String> mine) {
        List<ConflictRow> rows = new ArrayList<>();
        current.forEach((field, value) -> rows.add(
                new ConflictRow(field, value, mine.get(field), !Objects.equals(value, mine.get(field)))));
        return rows;
    }
}
