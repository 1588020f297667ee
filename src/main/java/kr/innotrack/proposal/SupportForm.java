package kr.innotrack.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A support (공감): the address (step one) and then the code mailed to it (step two, the address carried along). */
@Getter
@Setter
public class SupportForm {

    @NotBlank(message = "{proposal.support.email.required}")
    @Size(max = 254, message = "{proposal.email.invalid}")
    private String email;

    @Size(max = 20, message = "{proposal.support.code.invalid}")
    private String code;
}
