package kr.innotrack.checkround;

import kr.innotrack.shared.text.MultiLine;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/** The office's decision on a submitted remedy: accept, or return with what to improve. */
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

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public boolean isAccept() {
        return accept;
    }

    public void setAccept(boolean accept) {
        this.accept = accept;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
