package kr.innotrack.competition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.innotrack.shared.text.MultiLine;
import kr.innotrack.shared.web.RejectedInput;
import kr.innotrack.shared.web.VersionedForm;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** A call as the office writes it (new or edited): every field of the source's notice and the enforced rules. */
@Getter
@Setter
public class CompetitionForm implements VersionedForm {

    /** How many document rows the form offers. */
    static final int DOCUMENT_ROWS = 5;

    private Long version;

    @NotBlank(message = "{competition.form.title.required}")
    @Size(max = 200, message = "{competition.form.title.tooLong}")
    private String title;

    @NotBlank(message = "{competition.form.theme.required}")
    @Size(max = 2000, message = "{competition.form.theme.tooLong}")
    @MultiLine
    private String theme;

    @NotNull(message = "{competition.form.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate contestStart;

    @NotNull(message = "{competition.form.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate contestEnd;

    @NotNull(message = "{competition.form.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receiptStart;

    @NotNull(message = "{competition.form.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receiptEnd;

    @NotBlank(message = "{competition.form.eligibility.required}")
    @Size(max = 2000, message = "{competition.form.eligibility.tooLong}")
    @MultiLine
    private String eligibility;

    @Min(value = 0, message = "{competition.form.age.range}")
    @Max(value = 150, message = "{competition.form.age.range}")
    private Integer minAge;

    @Min(value = 0, message = "{competition.form.age.range}")
    @Max(value = 150, message = "{competition.form.age.range}")
    private Integer maxAge;

    private boolean individualAllowed = true;
    private boolean teamAllowed;

    @Min(value = 2, message = "{competition.form.teamSize.range}")
    @Max(value = 50, message = "{competition.form.teamSize.range}")
    private Integer minTeamSize;

    @Min(value = 2, message = "{competition.form.teamSize.range}")
    @Max(value = 50, message = "{competition.form.teamSize.range}")
    private Integer maxTeamSize;

    @NotBlank(message = "{competition.form.method.required}")
    @Size(max = 1000, message = "{competition.form.method.tooLong}")
    @MultiLine
    private String submissionMethod;

    @Valid
    private List<DocumentLine> documents = blankRows();

    /** One row of 제출서류. */
    @Getter
    @Setter
    public static class DocumentLine {

        @Size(max = 200, message = "{competition.form.document.tooLong}")
        private String name;

        private boolean required = true;

        DocumentLine() {
        }

        DocumentLine(String name, boolean required) {
            this.name = name;
            this.required = required;
        }
    }

    private static List<DocumentLine> blankRows() {
        List<DocumentLine> rows = new ArrayList<>();
        for (int i = 0; i < DOCUMENT_ROWS; i++) {
            rows.add(new DocumentLine());
        }
        return rows;
    }

    static CompetitionForm of(Competition c) {
        CompetitionForm f = new CompetitionForm();
        f.version = c.getVersion();
        f.title = c.getTitle();
        f.theme = c.getTheme();
        f.contestStart = c.getContestStart();
        f.contestEnd = c.getContestEnd();
        f.receiptStart = c.getReceiptStart();
        f.receiptEnd = c.getReceiptEnd();
        f.eligibility = c.getEligibility();
        f.minAge = c.getMinAge();
        f.maxAge = c.getMaxAge();
        f.individualAllowed = c.isIndividualAllowed();
        f.teamAllowed = c.isTeamAllowed();
        f.minTeamSize = c.getMinTeamSize();
        f.maxTeamSize = c.getMaxTeamSize();
        f.submissionMethod = c.getSubmissionMethod();
        List<DocumentLine> rows = new ArrayList<>();
        c.getDocuments().forEach(d -> rows.add(new DocumentLine(d.getName(), d.isRequired())));
        while (rows.size() < DOCUMENT_ROWS) {
            rows.add(new DocumentLine());
        }
        f.documents = rows;
        return f;
    }

    /** The named document rows, in order (blank rows dropped). */
    List<DocumentLine> documentList() {
        return documents == null ? List.of() : documents.stream()
                .filter(d -> d != null && d.getName() != null && !d.getName().isBlank()).toList();
    }

    /** The rules across fields: periods in order, the age range, the team size, at least one way to enter. */
    void check() {
        RejectedInput.Collector found = RejectedInput.collect();
        if (contestStart != null && contestEnd != null && contestEnd.isBefore(contestStart)) {
            found.reject("contestEnd", "competition.form.period.order");
        }
        if (receiptStart != null && receiptEnd != null && receiptEnd.isBefore(receiptStart)) {
            found.reject("receiptEnd", "competition.form.period.order");
        }
        if (minAge != null && maxAge != null && maxAge < minAge) {
            found.reject("maxAge", "competition.form.age.order");
        }
        if (!individualAllowed && !teamAllowed) {
            found.reject("individualAllowed", "competition.form.kind.none");
        }
        if (teamAllowed) {
            if (minTeamSize == null || maxTeamSize == null) {
                found.reject("minTeamSize", "competition.form.teamSize.required");
            } else if (maxTeamSize < minTeamSize) {
                found.reject("maxTeamSize", "competition.form.teamSize.order");
            }
        }
        if (documents != null && documents.size() > DOCUMENT_ROWS) {
            found.reject(null, "competition.form.document.tooMany", DOCUMENT_ROWS);
        }
        found.throwIfAny();
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("competition.field.title", title);
        m.put("competition.field.theme", theme);
        m.put("competition.field.contestPeriod", contestStart + " ~ " + contestEnd);
        m.put("competition.field.receiptPeriod", receiptStart + " ~ " + receiptEnd);
        m.put("competition.field.eligibility", eligibility);
        m.put("competition.field.method", submissionMethod);
        return m;
    }
}
