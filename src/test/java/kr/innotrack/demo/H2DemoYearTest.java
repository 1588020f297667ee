package kr.innotrack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import kr.innotrack.InnotrackApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;

/** The demo year on its own in-memory H2 database (the embedded default's engine). */
@TestPropertySource(properties = H2DemoYearTest.DATABASE)
class H2DemoYearTest extends DemoYearTests {

    static final String DATABASE = "spring.datasource.url=jdbc:h2:mem:demoyear;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    /** A second start of the whole application on the same database, as after a restart on the same ./data file. */
    @Test
    void aSecondStartOnTheSameDatabaseLoadsNothingAgain() {
        long history = count("select count(*) from change_log");
        long rounds = count("select count(*) from check_round");
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(InnotrackApplication.class).run(
                "--server.port=0", "--" + DATABASE, "--innotrack.demo.today=2021-08-20",
                "--innotrack.demo.sample-data=true", "--innotrack.scheduling.enabled=false")) {
            assertThat(second.getBean(SampleProgress.class).isRunning()).isTrue();
        }
        assertThat(count("select count(*) from change_log")).isEqualTo(history);
        assertThat(count("select count(*) from check_round")).isEqualTo(rounds).isEqualTo(3);
    }
}
