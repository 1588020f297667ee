package kr.innotrack.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Explicit ids above each table's current maximum, and moving the identity sequences past them afterwards. */
final class Ids {

    private final JdbcTemplate jdbc;
    private final Map<String, Long> next = new LinkedHashMap<>();

    Ids(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long next(String table) {
        long id = next.computeIfAbsent(table, t -> jdbc.queryForObject("select coalesce(max(id), 0) + 1 from " + t, Long.class));
        next.put(table, id + 1);
        return id;
    }

    void resetSequences() {
        boolean postgres = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())
                .toLowerCase().contains("postgres");
        for (Map.Entry<String, Long> e : next.entrySet()) {
            if (postgres) {
                jdbc.queryForObject("select setval(pg_get_serial_sequence('" + e.getKey() + "', 'id'), ?, false)",
                        Long.class, e.getValue());
            } else {
                jdbc.execute("alter table " + e.getKey() + " alter column id restart with " + e.getValue());
            }
        }
    }
}
