package kr.innotrack.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Properties;
import kr.innotrack.shared.DemoClock;
import kr.innotrack.support.Postgres;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The {@code postgres} profile as it ships: only the main configuration files are read (not the tests' own, which
 * would turn the demo year off anyway), so this proves the profile file does it. Real clock, no loader, no sample
 * rows, no banner.
 */
@EnabledIf(value = "kr.innotrack.support.Postgres#available",
        disabledReason = "PostgreSQL suite skipped: nothing listens on 127.0.0.1:5432 (CI=true always runs it)")
@SpringBootTest(properties = {"spring.config.location=classpath:/application.properties",
        "innotrack.scheduling.enabled=false"})
@ActiveProfiles("postgres")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = PostgresProfileHasNoDemoYearTest.OwnDatabase.class)
class PostgresProfileHasNoDemoYearTest {

    static class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.datasource.url=" + Postgres.freshDatabase("innotrack_nodemo"),
                    "spring.datasource.username=" + Postgres.USER,
                    "spring.datasource.password=" + Postgres.PASSWORD).applyTo(context);
        }
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void theProfileFileSetsNoDemoDateAndNoSampleData() throws Exception {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application-postgres.properties")) {
            p.load(in);
        }
        assertThat(p.getProperty("innotrack.demo.today")).isEmpty();
        assertThat(p.getProperty("innotrack.demo.sample-data")).isEqualTo("false");
        assertThat(context.getEnvironment().getProperty("innotrack.demo.today")).isEmpty();
    }

    @Test
    void theRealClockRunsAndNoSampleRowsExist() {
        assertThat(clock).isNotInstanceOf(DemoClock.class);
        assertThat(LocalDate.now(clock)).isAfter(LocalDate.of(2021, 8, 20));
        assertThat(context.getBeanNamesForType(SampleProgress.class)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from change_log where changed_by = ?", Long.class,
                SampleProgress.ACTOR)).isZero();
        for (String table : new String[] {"check_round", "kpi_actual", "budget_execution", "audit_progress",
                "collaboration_score", "award_result"}) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class)).as(table).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from milestone where status <> 'PLANNED'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from plan where state <> 'CONFIRMED'", Long.class)).isZero();
    }

    @Test
    void noPageSaysSampleData() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("demo-banner"))));
    }
}
