package kr.innotrack.proposal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.innotrack.shared.text.MultiLine;
import kr.innotrack.shared.web.VersionedForm;
import lombok.Getter;
import lombok.Setter;

/**
 * One of the office's steps on a proposal (공개, 숨김, 검토 시작, 채택, 불채택), at the version the page showed: the reason
 * (숨김, 불채택) and the task (채택) are required by the step's command.
 */
@Getter
@Setter
public class ActionForm implements VersionedForm {

    @NotNull
    private Long version;

    @Size(max = 500, message = "{proposal.reason.tooLong}")
    @MultiLine
    private String reason;

    private Long taskId;

    static ActionForm of(Proposal p) {
        ActionForm form = new ActionForm();
        form.version = p.getVersion();
        form.reason = p.getPublication() == Publication.HIDDEN ? p.getHiddenReason() : p.getDecisionReason();
        return form;
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("proposal.field.reason", reason == null ? "" : reason);
        return d;
    }
}
