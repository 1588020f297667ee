package kr.innotrack.checkround;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kr.innotrack.InnotrackApplication;
import kr.innotrack.document.PdfRenderer;
import kr.innotrack.document.PrintPages;
import kr.innotrack.present.DeckQueries;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes docs/samples/round-report.pdf and docs/samples/deck.pdf from the demo year (the embedded default's sample
 * progress), run on demand only: {@code ./mvnw -q test -Dtest=PdfSamplesTest -Dinnotrack.samples=true
 * -Dsurefire.failIfNoSpecifiedTests=false}. The round is the demo year's latest closed round (else its latest).
 */
@EnabledIfSystemProperty(named = "innotrack.samples", matches = "true")
class PdfSamplesTest {

    @Test
    void writeTheSamples() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(InnotrackApplication.class).run(
                "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:pdfsamples;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--innotrack.demo.today=2021-08-20", "--innotrack.demo.sample-data=true",
                "--innotrack.scheduling.enabled=false")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            Map<String, Object> round = jdbc.queryForMap("select r.id, p.organization_id from check_round r"
                    + " join plan p on p.id = r.plan_id join organization o on o.id = p.organization_id where o.name = '삼척시'"
                    + " order by case when r.state = 'CLOSED' then 0 else 1 end, r.reference_date desc limit 1");
            long roundId = ((Number) round.get("id")).longValue();
            long organizationId = ((Number) round.get("organization_id")).longValue();
            PrintPages print = app.getBean(PrintPages.class);
            PdfRenderer pdf = app.getBean(PdfRenderer.class);
            Path dir = Path.of("docs", "samples");
            Files.createDirectories(dir);

            String report = print.render("checkround/report-print",
                    Map.of("report", app.getBean(CheckRoundQueries.class).report(roundId, organizationId)));
            write(pdf, report, dir.resolve("round-report.pdf"));
            String deck = print.render("present/deck-print",
                    Map.of("deck", app.getBean(DeckQueries.class).roundDeck(roundId, organizationId)));
            write(pdf, deck, dir.resolve("deck.pdf"));
        }
    }

    private static void write(PdfRenderer pdf, String xhtml, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            pdf.write(xhtml, out);
        }
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PdfDocumentsTests.checkPages(document);
            assertThat(document.getDocumentInformation().getTitle()).isNotBlank();
        }
    }
}
