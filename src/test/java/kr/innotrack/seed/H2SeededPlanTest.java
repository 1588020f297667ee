package kr.innotrack.seed;

import org.junit.jupiter.api.Order;

/**
 * The seeded-plan suite on the embedded default database (H2 in PostgreSQL mode, in memory for the test). It shares
 * the {@code @IntegrationTest} context and runs first there: it reads the seed as seeded (three organizations), and
 * EditingTests adds a fourth.
 */
@Order(1)
class H2SeededPlanTest extends SeededPlanTests {
}
