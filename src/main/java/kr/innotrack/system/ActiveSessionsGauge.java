package kr.innotrack.system;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code innotrack.sessions.active}: signed-in sessions not yet expired, across all instances. With sessions in the
 * database (Spring Session JDBC, table {@code spring.session.jdbc.table-name}, default {@code SPRING_SESSION}) the
 * rows whose expiry is still ahead; while sessions live in Tomcat's memory (no such table) this instance's active
 * sessions ({@code tomcat.sessions.active.current}), or nothing (NaN) when neither is known. One small count per
 * scrape; no tag, so nothing personal.
 */
@Component
class ActiveSessionsGauge implements MeterBinder {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String table;

    ActiveSessionsGauge(JdbcTemplate jdbc, Clock clock,
                        @Value("${spring.session.jdbc.table-name:SPRING_SESSION}") String table) {
        this.jdbc = jdbc;
        this.clock = clock;
        // a table name from configuration goes into SQL: letters, digits, _ and . only
        this.table = table.matches("[A-Za-z0-9_.]{1,128}") ? table : "SPRING_SESSION";
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("innotrack.sessions.active", registry, this::count)
                .description("Signed-in sessions not yet expired (all instances when sessions are in the database)")
                .register(registry);
    }

    double count(MeterRegistry registry) {
        try {
            Long n = jdbc.queryForObject("select count(*) from " + table + " where expiry_time > ?", Long.class,
                    clock.millis());
            return n == null ? 0 : n;
        } catch (DataAccessException noSessionTable) {
            Gauge tomcat = registry.find("tomcat.sessions.active.current").gauge();
            return tomcat == null ? Double.NaN : tomcat.value();
        }
    }
}
