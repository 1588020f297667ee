package kr.innotrack.portal;

import org.springframework.test.context.TestPropertySource;

/** The public portal suite on H2, in its own in-memory database (it publishes and closes rounds). */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class H2PublicPortalTest extends PublicPortalTests {
}
