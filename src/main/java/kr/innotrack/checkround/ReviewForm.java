package kr.innotrack.checkround;

import kr.innotrack.shared.text.MultiLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kr.innotrack.shared.web.RejectedInput;
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

    /** 미흡/부진 needs a comment: the department must know why. */
    void checkComment() {
        if (rating != null && rating.needsRemedy() && comment == null) {
            throw new RejectedInput("comment", "review.comment.required");
        }
    }

    public void setComment(String comment) {
        this.comment = EntryForm.blankToNull(comment);
    }

    EntryCommands.Review toCommand() {
        return new EntryCommands.Review(rating, comment, version);
    }
}
