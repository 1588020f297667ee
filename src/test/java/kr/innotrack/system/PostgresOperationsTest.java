package kr.innotrack.system;

import kr.innotrack.support.Postgres;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/** The operations suite on a fresh PostgreSQL database of its own (the readiness probe checks it). */
@EnabledIf(value = "kr.innotrack.support.Postgres#available",
        disabledReason = "PostgreSQL suite skipped: nothing listens on 127.0.0.1:5432 (CI=true always runs it)")
@ContextConfiguration(initializers = PostgresOperationsTest.FreshDatabase.class)
class PostgresOperationsTest extends OperationsTests {

    static class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.datasource.url=" + Postgres.freshDatabase("innotrack_operations_test"),
                    "spring.datasource.username=" + Postgres.USER,
                    "spring.datasource.password=" + Postgres.PASSWORD).applyTo(context);
        }
    }
}
