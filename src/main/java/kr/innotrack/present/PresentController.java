package kr.innotrack.present;

import lombok.RequiredArgsConstructor;

import kr.innotrack.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import kr.innotrack.shared.DataVersioned;
import kr.innotrack.shared.DataVersioned.Scope;

/** Projector mode for quarterly review meetings: one slide at a time, keyboard-driven, readable across a room. */
@Controller
@RequiredArgsConstructor
class PresentController {

    private final DeckQueries decks;

    @GetMapping("/present/plans/{planId}")
    @DataVersioned(Scope.PLAN)
    String plan(@PathVariable Long planId, @RequestParam(defaultValue = "1") int slide, CurrentUser user, Model model) {
        return deck(decks.planDeck(planId, user.organizationId()), slide, "/present/plans/" + planId + ".pdf", model);
    }

    @GetMapping("/present/rounds/{roundId}")
    @DataVersioned(Scope.ROUND)
    String round(@PathVariable Long roundId, @RequestParam(defaultValue = "1") int slide, CurrentUser user, Model model) {
        return deck(decks.roundDeck(roundId, user.organizationId()), slide, "/present/rounds/" + roundId + ".pdf", model);
    }

    private static String deck(Deck deck, int slide, String pdfLink, Model model) {
        model.addAttribute("deck", deck);
        model.addAttribute("pdfLink", pdfLink);
        model.addAttribute("start", Math.max(1, Math.min(slide, deck.slides().size())));
        return "present/deck";
    }
}
