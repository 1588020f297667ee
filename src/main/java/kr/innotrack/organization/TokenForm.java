package kr.innotrack.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A new API token: what it is for, and how long it lasts. */
@Getter
@Setter
public class TokenForm {

    @NotBlank(message = "{token.name.required}")
    @Size(max = 100, message = "{token.name.tooLong}")
    private String name;

    @NotNull(message = "{token.days.required}")
    @TokenLifetime
    private Integer days = 90;
}
