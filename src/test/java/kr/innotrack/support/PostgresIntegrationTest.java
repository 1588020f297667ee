package kr.innotrack.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The PostgreSQL variant of an {@link IntegrationTest} suite: one database, created fresh when the shared context
 * starts (once per run), for every suite with this annotation, which therefore share one application context. The
 * same rules as for the H2 context apply (readers of the seed as seeded first, no suite disturbs another's data).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextConfiguration(initializers = PostgresIntegrationTest.FreshDatabase.class)
public @interface PostgresIntegrationTest {

    /** Drops and re-creates the shared test database and points the datasource at it. */
    class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.datasource.url=" + Postgres.freshDatabase("innotrack_test"),
                    "spring.datasource.username=" + Postgres.USER,
                    "spring.datasource.password=" + Postgres.PASSWORD).applyTo(context);
        }
    }
}
