package kr.innotrack.checkround;

import kr.innotrack.shared.text.MultiLine;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;
import lombok.Getter;
import lombok.Setter;

/** The office's decision on a submitted remedy: accept, or return with what to improve. */
@Getter
@Setter
public class DecisionForm {

    private Long version;

    private boolean accept;

    @Size(max = 2000, message = "{review.comment.tooLong}")
    @MultiLine
    private String comment;

    void validate(Errors errors) {
        comment = EntryForm.blankToNull(comment);
        if (!accept && comment == null && !errors.hasFieldErrors("comment")) {
            errors.rejectValue("comment", "decision.comment.required");
        }
    }
}
