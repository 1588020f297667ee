package kr.innotrack.search;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.web.FormSubmission;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** {@code /search?q=…} (every kind, a few each) and {@code /search?q=…&kind=TASK&page=2} (one kind, by pages). */
@Controller
@RequiredArgsConstructor
class SearchController {

    private final SearchQueries search;
    private final FormSubmission submissions;

    @GetMapping("/search")
    String search(@Valid @ModelAttribute("form") SearchForm form, BindingResult binding, CurrentUser user, Model model,
                  HttpServletResponse response) {
        model.addAttribute("kinds", SearchKind.values());
        // a query that is too long answers 400 beside the field, and nothing is searched
        return submissions.of(form, binding, model, response)
                .page(() -> results(form, false, user, model))
                .save(() -> { })
                .then(() -> results(form, true, user, model));
    }

    private String results(SearchForm form, boolean valid, CurrentUser user, Model model) {
        boolean searched = valid && form.searchable();
        model.addAttribute("searched", searched);
        model.addAttribute("tooShort", valid && form.getQ() != null && !searched);
        if (!searched) {
            model.addAttribute("groups", List.of());
        } else if (form.getKind() != null) {
            model.addAttribute("groups", List.of(search.page(form.getQ(), form.getKind(), form.pageOrFirst(), user)));
            model.addAttribute("oneKind", true);
        } else {
            model.addAttribute("groups", search.summary(form.getQ(), user));
        }
        return "search/search";
    }
}
