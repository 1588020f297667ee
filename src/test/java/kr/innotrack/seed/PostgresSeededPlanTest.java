package kr.innotrack.seed;

import kr.innotrack.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The seeded-plan suite on PostgreSQL, in the database created fresh for the run that the PostgreSQL variants share;
 * it runs first there, as {@link H2SeededPlanTest} does on H2.
 */
@EnabledIf(value = "kr.innotrack.support.Postgres#available",
        disabledReason = "PostgreSQL suite skipped: nothing listens on 127.0.0.1:5432 (CI=true always runs it)")
@PostgresIntegrationTest
@Order(1)
class PostgresSeededPlanTest extends SeededPlanTests {
}
