package kr.innotrack.checkround;

import kr.innotrack.shared.text.MultiLine;
import jakarta.validation.constraints.Size;
import kr.innotrack.shared.web.RejectedInput;
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

    /** Returning a remedy needs a comment: the department must know what to improve. */
    void checkComment() {
        if (!accept && comment == null) {
            throw new RejectedInput("comment", "decision.comment.required");
        }
    }

    public void setComment(String comment) {
        this.comment = EntryForm.blankToNull(comment);
    }

    RemedyCommands.Decision toCommand() {
        return new RemedyCommands.Decision(accept, comment, version);
    }

    static DecisionForm of(Remedy remedy) {
        DecisionForm f = new DecisionForm();
        f.version = remedy.getVersion();
        return f;
    }
}
