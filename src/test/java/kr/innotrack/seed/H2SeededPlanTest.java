package kr.innotrack.seed;

import org.springframework.test.context.TestPropertySource;

/** The seeded-plan suite on the embedded default database (H2 in PostgreSQL mode, in memory for the test). */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:seeded;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class H2SeededPlanTest extends SeededPlanTests {
}
