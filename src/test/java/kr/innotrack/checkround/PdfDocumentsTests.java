package kr.innotrack.checkround;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kr.innotrack.present.Deck;
import kr.innotrack.present.DeckQueries;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.support.Accounts;
import kr.innotrack.support.IntegrationTest;
import kr.innotrack.support.SignedIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * The round report and the decks as PDF (document.PdfRenderer): downloaded as a person would, opened with PDFBox: A4
 * landscape pages numbered 「n / m」, every font embedded (NanumBarunGothic, no built-in font without Hangul), the Korean
 * headings and the page's own numbers in the extracted text, nothing replaced by U+FFFD; another organization gets 404.
 */
@IntegrationTest
@Transactional
abstract class PdfDocumentsTests {

    private static final String CAUSE = "교육장 보수 공사로 집합교육이 두 달 늦어졌습니다";

    private static final String MEASURES = "대체 교육장을 확보하여 9월까지 교육을 마칩니다";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CheckRoundQueries rounds;

    @Autowired
    DeckQueries decks;

    @Autowired
    jakarta.persistence.EntityManager em;

    long planId;
    long organizationId;
    CurrentUser viewer;
    CurrentUser stranger;

    @BeforeEach
    void fixture() {
        planId = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시' and p.plan_year = 2021", Long.class);
        organizationId = jdbc.queryForObject("select organization_id from plan where id = ?", Long.class, planId);
        viewer = Accounts.user(jdbc, "samcheok.viewer");
        stranger = Accounts.user(jdbc, "incheon.admin");
    }

    /** A closed round on every task of the plan: every seventh task rated 부진 with a submitted remedy. */
    long closedRound(int quarter) {
        jdbc.update("insert into check_round (plan_id, round_year, quarter, half_year, title, reference_date, deadline,"
                + " scope, state, created_at, opened_at, closed_at) values (?, 2021, ?, false, ?, ?, ?, 'ALL', 'CLOSED',"
                + " current_timestamp, current_timestamp, current_timestamp)", planId, quarter, "2021년 " + quarter + "분기 점검",
                java.time.LocalDate.of(2021, quarter * 3, 28), java.time.LocalDate.of(2021, quarter * 3, 28).plusDays(10));
        long roundId = jdbc.queryForObject("select max(id) from check_round", Long.class);
        jdbc.update("insert into round_entry (round_id, task_id, department_id, sort_order, submission_state, progress,"
                + " self_status, rating, computed_status, computed_reasons, late) select ?, t.id, t.lead_department_id,"
                + " t.sort_order, 'SUBMITTED', 50, 'AMBER', case when mod(t.id, 7) = 0 then 'POOR' else 'NORMAL' end,"
                + " case when mod(t.id, 7) = 0 then 'RED' else 'GREEN' end, '추진일정 부진: 예정 2건 중 0건 완료, 지연 2건 — 간담회',"
                + " false from task t where t.plan_id = ?", roundId, planId);
        jdbc.update("insert into remedy (entry_id, round_id, task_id, department_id, state, cause, measures, due_date,"
                + " requested_at) select e.id, e.round_id, e.task_id, e.department_id, 'SUBMITTED', ?, ?,"
                + " date '2021-12-31', current_timestamp from round_entry e where e.round_id = ? and e.rating = 'POOR'",
                CAUSE, MEASURES, roundId);
        jdbc.update("update round_entry set remedy_state_at_close = 'SUBMITTED' where round_id = ? and rating = 'POOR'", roundId);
        em.flush();
        em.clear();
        return roundId;
    }

    @Test
    void theRoundReportAsPdfHasThePagesSectionsAndNumbers() throws Exception {
        long roundId = closedRound(2);
        RoundViews.Report report = rounds.report(roundId, organizationId);
        assertThat(report.underPerforming()).isNotEmpty();

        MvcResult result = mvc.perform(get("/rounds/" + roundId + "/report.pdf").with(SignedIn.as(viewer)))
                .andExpect(status().isOk()).andReturn();
        assertDownload(result, "round-report-" + roundId + ".pdf", "2021년 2분기 점검 결과 보고.pdf");
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            String text = checkPages(pdf);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("2021년 2분기 점검 결과 보고");
            assertThat(text).contains("2021년 2분기 점검 결과 보고", "삼척시", "1. 총괄", "2. 분야별 현황",
                    "3. 부서별 현황과 제출 기한 준수", "4. 미흡·부진 과제와 원인분석·개선대책", "원인분석", "개선대책");
            String flat = text.replaceAll("\\s+", " ");
            assertThat(flat).contains("대상 전체 과제 " + report.current().total() + "건");
            // every area's line with its total; every department's name; every laggard with its cause and measures
            assertThat(flat).as("1. 총괄, this round's row").contains(row(report.current().round().getTitle(),
                    report, report.ratingTotal(), report.signalTotal(), report.current().total()));
            for (RoundViews.Line area : report.areas()) {
                assertThat(flat).as(area.name()).contains(row(area.name(), report, area.rating(), area.signal(),
                        area.rating().total()));
            }
            report.departments().forEach(d -> assertThat(flat).contains(d.name()));
            for (RoundViews.Row row : report.underPerforming()) {
                assertThat(flat).contains(row.entry().getTask().getCode());
            }
            assertThat(flat).contains(CAUSE, MEASURES, "2021-12-31");
        }
    }

    @Test
    void theDecksAsPdfHaveOneSlideAPage() throws Exception {
        long roundId = closedRound(3);
        Deck deck = decks.roundDeck(roundId, organizationId);
        MvcResult result = mvc.perform(get("/present/rounds/" + roundId + ".pdf").with(SignedIn.as(viewer)))
                .andExpect(status().isOk()).andReturn();
        assertDownload(result, "round-deck-" + roundId + ".pdf", "2021년 3분기 점검 점검회의 자료.pdf");
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            String text = checkPages(pdf);
            assertThat(pdf.getNumberOfPages()).as("one slide a page").isEqualTo(deck.slides().size());
            String flat = text.replaceAll("\\s+", " ");
            for (Deck.Slide slide : deck.slides()) {
                assertThat(flat).contains(slide.title());
            }
            Deck.Headline headline = (Deck.Headline) deck.slides().stream().filter(Deck.Headline.class::isInstance)
                    .findFirst().orElseThrow();
            assertThat(flat).contains("● 정상 " + headline.tasks().green(), "▲ 주의 " + headline.tasks().amber(),
                    "■ 부진 " + headline.tasks().red(), "과제 " + headline.tasks().total() + "건");
            Deck.Chart chart = (Deck.Chart) deck.slides().stream().filter(Deck.Chart.class::isInstance).findFirst().orElseThrow();
            List<String> total = chart.rows().get(chart.rows().size() - 1);
            assertThat(flat).as("the chart slide's numbers as a table").contains(String.join(" ", total));
            assertThat(flat).contains(CAUSE, MEASURES);
        }

        Deck planDeck = decks.planDeck(planId, organizationId);
        MvcResult plan = mvc.perform(get("/present/plans/" + planId + ".pdf").with(SignedIn.as(viewer)))
                .andExpect(status().isOk()).andReturn();
        assertThat(plan.getResponse().getContentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(plan.getResponse().getContentAsByteArray())) {
            checkPages(pdf);
            assertThat(pdf.getNumberOfPages()).isEqualTo(planDeck.slides().size());
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(planDeck.title() + " · 점검회의 자료");
        }
    }

    @Test
    void anotherOrganizationFindsNoPdf() throws Exception {
        long roundId = closedRound(4);
        mvc.perform(get("/rounds/" + roundId + "/report.pdf").with(SignedIn.as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/present/rounds/" + roundId + ".pdf").with(SignedIn.as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/present/plans/" + planId + ".pdf").with(SignedIn.as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/rounds/" + roundId + "/report.pdf")).andExpect(status().is3xxRedirection());
    }

    /** A table row as the text extraction reads it: the name, the count under every rating and status label, the total. */
    private static String row(String name, RoundViews.Report report, RoundViews.Tally rating, RoundViews.Tally signal,
                              int total) {
        List<String> cells = new ArrayList<>(List.of(name));
        report.ratingLabels().forEach(l -> cells.add(String.valueOf(rating.count(l))));
        report.signalLabels().forEach(l -> cells.add(String.valueOf(signal.count(l))));
        cells.add(String.valueOf(total));
        return String.join(" ", cells);
    }

    private static void assertDownload(MvcResult result, String ascii, String korean) throws Exception {
        var response = result.getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("private, no-store");
        String disposition = response.getHeader("Content-Disposition");
        assertThat(disposition).startsWith("attachment; filename=\"" + ascii + "\"; filename*=UTF-8''");
        String encoded = disposition.substring(disposition.indexOf("UTF-8''") + 7);
        assertThat(java.net.URLDecoder.decode(encoded.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(korean);
        java.nio.file.Path copy = java.nio.file.Path.of("target", "pdf-test", ascii);
        java.nio.file.Files.createDirectories(copy.getParent());
        java.nio.file.Files.write(copy, response.getContentAsByteArray());
        assertThat(response.getContentAsByteArray()).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /**
     * Every page A4 landscape with its number 「n / m」 at the bottom; every font embedded; no replacement character
     * or .notdef in the text. Answers the whole text.
     */
    static String checkPages(PDDocument pdf) throws IOException {
        int pages = pdf.getNumberOfPages();
        assertThat(pages).isPositive();
        List<String> fonts = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= pages; i++) {
            PDPage page = pdf.getPage(i - 1);
            PDRectangle box = page.getMediaBox();
            assertThat(Math.round(box.getWidth())).as("A4 landscape width, page " + i).isEqualTo(842);
            assertThat(Math.round(box.getHeight())).as("A4 landscape height, page " + i).isEqualTo(595);
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                fonts.add(font.getName());
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.isDamaged()).isFalse();
            }
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            String text = stripper.getText(pdf);
            assertThat(text).as("page number of page " + i).containsPattern("(?m)^\\h*" + i + " / " + pages + "\\h*$");
        }
        assertThat(fonts).isNotEmpty().allMatch(f -> f.contains("NanumBarunGothic"));
        String all = new PDFTextStripper().getText(pdf);
        assertThat(all).doesNotContain("\uFFFD").doesNotContain("\u0000").doesNotContain(".notdef");
        return all;
    }
}
