package kr.innotrack.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import kr.innotrack.support.Accounts;
import kr.innotrack.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Writes the samples under {@code docs/samples/} from the demo year (the embedded default's sample progress): the
 * Samcheok 2021 2분기 round report and Samcheok's evaluation result (ranking; its awards are not confirmed in the
 * demo year). Not a suite (its
 * name ends in neither Test nor Tests): run it by name when the documents change —
 * {@code ./mvnw -q test -Dtest=HwpxSamples -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(properties = {"innotrack.demo.today=2021-08-20", "innotrack.demo.sample-data=true",
        "innotrack.scheduling.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:hwpxsamples;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@AutoConfigureMockMvc
class HwpxSamples {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void writeTheSamples() throws Exception {
        Path dir = Path.of(System.getProperty("innotrack.samples", "docs/samples"));
        Files.createDirectories(dir);
        long round = jdbc.queryForObject("select r.id from check_round r join plan p on p.id = r.plan_id"
                + " join organization o on o.id = p.organization_id where o.name = '삼척시' and r.reference_date = ?",
                Long.class, java.time.LocalDate.of(2021, 6, 30));
        byte[] report = mvc.perform(get("/rounds/" + round + "/report.hwpx")
                        .with(SignedIn.as(Accounts.user(jdbc, "samcheok.admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Files.write(dir.resolve("round-report.hwpx"), report);

        // Samcheok's ranking (the demo's Jung-gu 2016 ranks no department: its confirmed award has no lines)
        long plan = jdbc.queryForObject("select plan_id from check_round where id = ?", Long.class, round);
        byte[] evaluation = mvc.perform(get("/plans/" + plan + "/ranking.hwpx")
                        .with(SignedIn.as(Accounts.user(jdbc, "samcheok.admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Files.write(dir.resolve("evaluation-result.hwpx"), evaluation);

        assertThat(HwpxFiles.tables(HwpxFiles.read(report))).hasSize(3);
        assertThat(HwpxFiles.tables(HwpxFiles.read(evaluation))).hasSize(1);
    }
}
