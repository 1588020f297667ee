package kr.innotrack.portal;

import kr.innotrack.support.Postgres;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The public portal suite on PostgreSQL, in a database created fresh for the run. */
@EnabledIf(value = "kr.innotrack.support.Postgres#available",
        disabledReason = "PostgreSQL suite skipped: nothing listens on 127.0.0.1:5432 (CI=true always runs it)")
class PostgresPublicPortalTest extends PublicPortalTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> Postgres.freshDatabase("innotrack_portal_test"));
        registry.add("spring.datasource.username", () -> Postgres.USER);
        registry.add("spring.datasource.password", () -> Postgres.PASSWORD);
    }
}
