package kr.innotrack.checkround;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.web.FormSubmission;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A message in a round entry's 질의·답변 (the thread is shown on the entry page). Who may not post learns it before
 * any word about the input (403, or 409 in a round that takes no messages); bad input answers 400 beside the field.
 */
@Controller
@RequiredArgsConstructor
class QuestionController {

    private final CheckRoundQueries rounds;
    private final QuestionPosting posting;
    private final FormSubmission submissions;
    private final Messages messages;

    @PostMapping("/rounds/{roundId}/entries/{entryId}/questions")
    String post(@PathVariable Long roundId, @PathVariable Long entryId,
                @Valid @ModelAttribute("questionForm") QuestionForm form, BindingResult binding, CurrentUser user,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return submissions.of(form, binding, model, response)
                .page(() -> postersPage(roundId, entryId, user, model))
                .saveReturning(() -> posting.post(roundId, entryId, form.toCommand(), user))
                .then(side -> posted(redirect, roundId, entryId, side));
    }

    private String posted(RedirectAttributes redirect, Long roundId, Long entryId, MessageSide side) {
        redirect.addFlashAttribute("saved", messages.get(side == MessageSide.OFFICE
                ? "question.flash.asked" : "question.flash.answered"));
        return "redirect:/rounds/" + roundId + "/entries/" + entryId + "#questions";
    }

    /** The entry page again with the message as written: only for whoever may post now (403/409 before any 400). */
    private String postersPage(Long roundId, Long entryId, CurrentUser user, Model model) {
        CheckRoundQueries.EntryPage page = rounds.entryPage(roundId, entryId, user);
        RoundPolicy.checkMayPost(user, page.entry().getDepartmentId());
        RoundPolicy.checkQuestionsOpen(page.round());
        return RoundEntryController.page(page, model);
    }
}
