package kr.innotrack.proposal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kr.innotrack.shared.text.MultiLine;
import lombok.Getter;
import lombok.Setter;

/** A citizen's proposal as typed; {@code homepage} is the honeypot no person sees. */
@Getter
@Setter
public class SubmitForm {

    static final int MAX_BODY = 1000;

    @NotBlank(message = "{proposal.title.required}")
    @Size(max = 100, message = "{proposal.title.tooLong}")
    private String title;

    @NotBlank(message = "{proposal.body.required}")
    @Size(max = MAX_BODY, message = "{proposal.body.tooLong}")
    @MultiLine
    private String body;

    private ProposalCategory category;

    private Long relatedTaskId;

    @Size(max = 254, message = "{proposal.email.invalid}")
    @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{proposal.email.invalid}")
    private String email;

    @AssertTrue(message = "{proposal.consent.required}")
    private boolean consent;

    /** The honeypot: hidden from people, filled by bots. */
    private String homepage;

    boolean bot() {
        return homepage != null && !homepage.isBlank();
    }
}
