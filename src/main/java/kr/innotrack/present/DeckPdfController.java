package kr.innotrack.present;

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

/** The projector decks as PDF for the meeting's papers: one slide per A4 landscape page (present/deck-print.html). */
@Controller
@RequiredArgsConstructor
class DeckPdfController {

    private final DeckQueries decks;
    private final PrintPages print;
    private final PdfRenderer pdf;
    private final kr.innotrack.shared.Messages messages;

    @GetMapping("/present/plans/{planId}.pdf")
    void plan(@PathVariable Long planId, CurrentUser user, HttpServletResponse response) throws IOException {
        write(decks.planDeck(planId, user.organizationId()), "plan-deck-" + planId + ".pdf", response);
    }

    @GetMapping("/present/rounds/{roundId}.pdf")
    void round(@PathVariable Long roundId, CurrentUser user, HttpServletResponse response) throws IOException {
        write(decks.roundDeck(roundId, user.organizationId()), "round-deck-" + roundId + ".pdf", response);
    }

    private void write(Deck deck, String asciiName, HttpServletResponse response) throws IOException {
        String xhtml = print.render("present/deck-print", Map.of("deck", deck));
        FileDownload.prepare(response, MediaType.APPLICATION_PDF, asciiName, messages.get("file.deck.pdf", deck.title()));
        pdf.write(xhtml, response.getOutputStream());
    }
}
