package kr.innotrack.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows waiting to be inserted, grouped by statement, written in batches in an order that respects foreign keys. */
final class Rows {

    private static final List<String> ORDER = List.of("organization", "department", "account", "plan", "strategy_node",
            "task", "task_collaborating_department", "milestone", "kpi", "kpi_actual", "check_round", "round_entry", "remedy");

    private final Map<String, Map<String, List<Object[]>>> pending = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private int size;

    void add(String table, String sql, Object... values) {
        pending.computeIfAbsent(table, t -> new LinkedHashMap<>()).computeIfAbsent(sql, s -> new ArrayList<>()).add(values);
        counts.merge(table, 1, Integer::sum);
        size++;
    }

    int count(String table) {
        return counts.getOrDefault(table, 0);
    }

    void flushIfLarge(JdbcTemplate jdbc) {
        if (size > 50_000) {
            flush(jdbc);
        }
    }

    void flush(JdbcTemplate jdbc) {
        for (String table : ORDER) {
            Map<String, List<Object[]>> bySql = pending.remove(table);
            if (bySql == null) {
                continue;
            }
            bySql.forEach((sql, values) -> {
                for (int from = 0; from < values.size(); from += 1000) {
                    jdbc.batchUpdate(sql, values.subList(from, Math.min(values.size(), from + 1000)));
                }
            });
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException("no insert order for " + pending.keySet());
        }
        size = 0;
    }
}
