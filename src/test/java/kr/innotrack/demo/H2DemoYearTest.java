package kr.innotrack.demo;

import org.springframework.test.context.TestPropertySource;

/** The demo year on its own in-memory H2 database (the embedded default's engine). */
@TestPropertySource(properties = H2DemoYearTest.DATABASE)
class H2DemoYearTest extends DemoYearTests {

    static final String DATABASE = "spring.datasource.url=jdbc:h2:mem:demoyear;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
}
