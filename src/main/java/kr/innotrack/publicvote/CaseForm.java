package kr.innotrack.publicvote;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.innotrack.shared.text.MultiLine;
import kr.innotrack.shared.web.VersionedForm;
import lombok.Getter;
import lombok.Setter;

/** A case's name, summary and details. */
@Getter
@Setter
public class CaseForm implements VersionedForm {

    private Long version;

    @NotBlank(message = "{publicvote.case.name.required}")
    @Size(max = 200, message = "{publicvote.case.name.tooLong}")
    private String name;

    @NotBlank(message = "{publicvote.case.summary.required}")
    @Size(max = 2000, message = "{publicvote.case.summary.tooLong}")
    @MultiLine
    private String summary;

    @Size(max = 4000, message = "{publicvote.case.details.tooLong}")
    @MultiLine
    private String details;

    static CaseForm of(VoteCase c) {
        CaseForm form = new CaseForm();
        form.version = c.getVersion();
        form.name = c.getName();
        form.summary = c.getSummary();
        form.details = c.getDetails();
        return form;
    }

    VoteCommands.CaseFields toFields() {
        return new VoteCommands.CaseFields(name, summary, details == null || details.isBlank() ? null : details);
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("publicvote.field.caseName", name);
        m.put("publicvote.field.summary", summary);
        m.put("publicvote.field.details", details);
        return m;
    }
}
