package kr.innotrack.system;

import org.springframework.test.context.TestPropertySource;

/** The operations suite on an in-memory H2 database of its own. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:operations;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class H2OperationsTest extends OperationsTests {
}
