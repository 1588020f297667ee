package kr.innotrack.checkround;

import kr.innotrack.shared.text.MultiLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;
import lombok.Getter;
import lombok.Setter;

/** The office's rating of an entry, with a comment (required for 미흡/부진: the department must know why). */
@Getter
@Setter
public class ReviewForm {

    private Long version;

    @NotNull(message = "{review.rating.required}")
    private Rating rating;

    @Size(max = 2000, message = "{review.comment.tooLong}")
    @MultiLine
    private String comment;

    static ReviewForm of(RoundEntry e) {
        ReviewForm f = new ReviewForm();
        f.version = e.getVersion();
        f.rating = e.getRating();
        f.comment = e.getReviewComment();
        return f;
    }

    void validate(Errors errors) {
        comment = EntryForm.blankToNull(comment);
        if (rating != null && rating.needsRemedy() && comment == null && !errors.hasFieldErrors("comment")) {
            errors.rejectValue("comment", "review.comment.required");
        }
    }
}
