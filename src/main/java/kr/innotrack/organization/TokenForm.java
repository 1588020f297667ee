package kr.innotrack.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new API token: what it is for, and how long it lasts. */
public class TokenForm {

    @NotBlank(message = "{token.name.required}")
    @Size(max = 100, message = "{token.name.tooLong}")
    private String name;

    @NotNull(message = "{token.days.required}")
    private Integer days = 90;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    void validate(org.springframework.validation.Errors errors) {
        if (days != null && !ApiTokens.LIFETIMES_DAYS.contains(days) && !errors.hasFieldErrors("days")) {
            errors.rejectValue("days", "token.days.choice");
        }
    }
}
