package kr.innotrack.scoring;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kr.innotrack.shared.text.MultiLine;

/** A shortlisted task's results summary (성과 요약), written by its department for the voters, with its numbers. */
@Getter
@Setter
public class SummaryForm implements kr.innotrack.shared.web.VersionedForm {

    private Long version;

    @NotBlank(message = "{contest.summary.required}")
    @Size(max = 2000, message = "{contest.summary.tooLong}")
    @MultiLine
    private String summary;

    static SummaryForm of(ContestCandidate c) {
        SummaryForm f = new SummaryForm();
        f.version = c.getVersion();
        f.summary = c.getSummary();
        return f;
    }

    @Override
    public java.util.Map<String, String> describe() {
        return java.util.Collections.singletonMap("scoring.history.summary", summary);
    }

    public void setSummary(String summary) { this.summary = summary == null ? null : summary.strip(); }
}
