package kr.innotrack.competition;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kr.innotrack.shared.text.MultiLine;
import kr.innotrack.shared.web.RejectedInput;
import lombok.Getter;
import lombok.Setter;
import org.springframework.web.multipart.MultipartFile;

/**
 * A citizen's entry, carried between the two steps of the public form (the fields as hidden inputs in the second
 * step, no session): the proposal, the applicant, the e-mail, the consent; in the second step the code and one file
 * per document ({@code files[i]} for the call's i-th document).
 */
@Getter
@Setter
public class EntryForm {

    @NotBlank(message = "{competition.entry.title.required}")
    @Size(max = 200, message = "{competition.entry.title.tooLong}")
    private String title;

    @NotBlank(message = "{competition.entry.summary.required}")
    @Size(max = 1000, message = "{competition.entry.summary.tooLong}")
    @MultiLine
    private String summary;

    @NotBlank(message = "{competition.entry.name.required}")
    @Size(max = 50, message = "{competition.entry.name.tooLong}")
    private String applicantName;

    @NotNull(message = "{competition.entry.birthYear.required}")
    @Min(value = 1900, message = "{competition.entry.birthYear.range}")
    @Max(value = 2100, message = "{competition.entry.birthYear.range}")
    private Integer birthYear;

    private boolean team;

    @Min(value = 1, message = "{competition.entry.teamSize.range}")
    @Max(value = 50, message = "{competition.entry.teamSize.range}")
    private Integer teamSize;

    @Size(max = 500, message = "{competition.entry.members.tooLong}")
    @MultiLine
    private String teamMembers;

    @NotBlank(message = "{competition.entry.email.required}")
    @Email(message = "{competition.entry.email.invalid}")
    @Size(max = 254, message = "{competition.entry.email.invalid}")
    private String email;

    private boolean consent;

    @Size(max = 20, message = "{competition.entry.code.invalid}")
    private String code;

    /** The honeypot (participation.Honeypot): people leave it empty, form-filling bots do not. */
    private String website;

    private List<MultipartFile> files = new ArrayList<>(Arrays.asList(new MultipartFile[CompetitionForm.DOCUMENT_ROWS]));

    /** The call's enforced rules: consent, age by birth year (연 나이: the year of entry minus the birth year), kind, team. */
    void check(Competition c, int year) {
        RejectedInput.Collector found = RejectedInput.collect();
        if (!consent) {
            found.reject("consent", "competition.entry.consent.required");
        }
        if (birthYear != null) {
            int age = year - birthYear;
            if (c.getMinAge() != null && age < c.getMinAge() || c.getMaxAge() != null && age > c.getMaxAge()) {
                found.reject("birthYear", "competition.entry.age.outside", age,
                        c.getMinAge() == null ? 0 : c.getMinAge(), c.getMaxAge() == null ? 150 : c.getMaxAge());
            }
        }
        if (team && !c.isTeamAllowed()) {
            found.reject("team", "competition.entry.team.notAllowed");
        }
        if (!team && !c.isIndividualAllowed()) {
            found.reject("team", "competition.entry.individual.notAllowed");
        }
        if (team && c.isTeamAllowed()) {
            if (teamSize == null) {
                found.reject("teamSize", "competition.entry.teamSize.required");
            } else if (teamSize < c.getMinTeamSize() || teamSize > c.getMaxTeamSize()) {
                found.reject("teamSize", "competition.entry.teamSize.outside", c.getMinTeamSize(), c.getMaxTeamSize());
            }
            if (teamMembers == null || teamMembers.isBlank()) {
                found.reject("teamMembers", "competition.entry.members.required");
            }
        }
        found.throwIfAny();
    }

    MultipartFile file(int index) {
        return files == null || index >= files.size() ? null : files.get(index);
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public void setApplicantName(String applicantName) {
        this.applicantName = applicantName == null ? null : applicantName.strip();
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }
}
