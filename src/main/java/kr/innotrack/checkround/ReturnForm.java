package kr.innotrack.checkround;

import kr.innotrack.shared.text.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** Returning a submitted entry for correction: what to correct. */
@Getter
@Setter
public class ReturnForm {

    private Long version;

    @NotBlank(message = "{return.comment.required}")
    @Size(max = 2000, message = "{review.comment.tooLong}")
    @MultiLine
    private String comment;

    public void setComment(String comment) {
        this.comment = comment == null ? null : comment.strip();
    }

    EntryCommands.Return toCommand() {
        return new EntryCommands.Return(comment, version);
    }

    static ReturnForm of(RoundEntry entry) {
        ReturnForm f = new ReturnForm();
        f.version = entry.getVersion();
        return f;
    }
}
