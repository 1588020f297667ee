package kr.innotrack.participation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import kr.innotrack.support.Postgres;
import kr.innotrack.support.TestClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The context of the participation, mail outbox and notice mail suites (participation, mail, notice packages): the
 * production limits of participation (the shared test configuration relaxes them for everyone else), a settable
 * clock, the scheduler off. Its database comes from {@link H2} or {@link Pg}; every suite with the same pair shares
 * one context and database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = {"innotrack.scheduling.enabled=false", "innotrack.participation.address-gap=PT30S",
        "innotrack.participation.address-per-hour=5", "innotrack.participation.network-per-hour=30"})
@AutoConfigureMockMvc
@Import({TestClock.Config.class, ParticipationFragmentPage.class})
public @interface ParticipationContext {

    /** An in-memory H2 database of these suites' own. */
    class H2 implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.datasource.url=jdbc:h2:mem:participation;MODE=PostgreSQL;"
                    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1").applyTo(context);
        }
    }

    /** A PostgreSQL database created fresh when the context starts. */
    class Pg implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.datasource.url=" + Postgres.freshDatabase("innotrack_participation_test"),
                    "spring.datasource.username=" + Postgres.USER,
                    "spring.datasource.password=" + Postgres.PASSWORD).applyTo(context);
        }
    }
}
