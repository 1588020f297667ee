package kr.innotrack.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The operator onboards an organization together with its first planning admin. */
@Getter
@Setter
@PasswordsMatch
public class OrganizationForm implements PasswordsMatch.TypedTwice {

    @NotBlank(message = "{organization.name.required}")
    @Size(max = 100, message = "{organization.name.tooLong}")
    private String name;

    @Size(max = 200, message = "{organization.fullName.tooLong}")
    private String fullName;

    @NotNull(message = "{organization.kind.required}")
    private OrganizationKind kind;

    @Size(max = 100, message = "{organization.region.tooLong}")
    private String region;

    /** The public address (/public/{slug}), optional: lower-case letters, digits and hyphens. */
    @Pattern(regexp = "[a-z0-9-]{1,40}|", message = "{organization.slug.pattern}")
    private String slug;

    @NotBlank(message = "{account.username.required}")
    @Pattern(regexp = "[a-z0-9._-]{3,40}", message = "{account.username.pattern}")
    private String adminUsername;

    @NotBlank(message = "{account.displayName.required}")
    @Size(max = 100, message = "{account.displayName.tooLong}")
    private String adminDisplayName;

    @NotBlank(message = "{password.required}")
    private String password;

    private String passwordConfirm;

    OrganizationCommands.NewOrganization toCommand() {
        return new OrganizationCommands.NewOrganization(name.strip(),
                fullName == null || fullName.isBlank() ? name.strip() : fullName.strip(), kind,
                region == null || region.isBlank() ? null : region.strip(), slug == null || slug.isBlank() ? null : slug,
                adminUsername, adminDisplayName.strip(), password);
    }

    void clearPasswords() {
        password = null;
        passwordConfirm = null;
    }
}
