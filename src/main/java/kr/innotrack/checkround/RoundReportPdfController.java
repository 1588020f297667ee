package kr.innotrack.checkround;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import kr.innotrack.document.FileDownload;
import kr.innotrack.document.PdfRenderer;
import kr.innotrack.document.PrintPages;
import kr.innotrack.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The round report as PDF: the same report as the page, printed from checkround/report-print.html. */
@Controller
@RequiredArgsConstructor
class RoundReportPdfController {

    private final CheckRoundQueries rounds;
    private final PrintPages print;
    private final PdfRenderer pdf;
    private final kr.innotrack.shared.Messages messages;

    @GetMapping("/rounds/{roundId}/report.pdf")
    void report(@PathVariable Long roundId, CurrentUser user, HttpServletResponse response) throws IOException {
        RoundViews.Report report = rounds.report(roundId, user.organizationId());
        String xhtml = print.render("checkround/report-print", Map.of("report", report));
        CheckRound round = report.current().round();
        FileDownload.prepare(response, MediaType.APPLICATION_PDF, "round-report-" + round.getId() + ".pdf",
                messages.get("file.roundReport.pdf", round.getTitle()));
        pdf.write(xhtml, response.getOutputStream());
    }
}
