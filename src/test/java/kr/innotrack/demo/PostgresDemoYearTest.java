package kr.innotrack.demo;

import kr.innotrack.support.Postgres;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The demo year on its own fresh PostgreSQL database: the loader's SQL and the commands it drives are portable (the
 * postgres profile itself never loads it: {@link PostgresProfileHasNoDemoYearTest}).
 */
@EnabledIf(value = "kr.innotrack.support.Postgres#available",
        disabledReason = "PostgreSQL suite skipped: nothing listens on 127.0.0.1:5432 (CI=true always runs it)")
@ContextConfiguration(initializers = PostgresDemoYearTest.OwnDatabase.class)
class PostgresDemoYearTest extends DemoYearTests {

    static class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.datasource.url=" + Postgres.freshDatabase("innotrack_demoyear"),
                    "spring.datasource.username=" + Postgres.USER,
                    "spring.datasource.password=" + Postgres.PASSWORD).applyTo(context);
        }
    }
}
