package kr.innotrack.checkround;

import kr.innotrack.shared.text.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Returning a submitted entry for correction: what to correct. */
public class ReturnForm {

    private Long version;

    @NotBlank(message = "{return.comment.required}")
    @Size(max = 2000, message = "{review.comment.tooLong}")
    @MultiLine
    private String comment;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment == null ? null : comment.strip();
    }
}
