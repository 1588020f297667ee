package kr.innotrack.auditfinding;

import kr.innotrack.shared.text.MultiLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.innotrack.shared.web.VersionedForm;
import lombok.Getter;
import lombok.Setter;

/** Changing a finding's status; 종결 and 불가 need a closing note. */
@Getter
@Setter
@ClosingNoteRequired
public class StatusForm implements VersionedForm {

    @NotNull
    private Long version;

    @NotNull(message = "{finding.status.required}")
    private FindingStatus status;

    @Size(max = 2000, message = "{finding.closingNote.tooLong}")
    @MultiLine
    private String closingNote;

    static StatusForm of(AuditFinding f) {
        StatusForm form = new StatusForm();
        form.version = f.getVersion();
        form.status = f.getStatus();
        form.closingNote = f.getClosingNote();
        return form;
    }

    AuditFindingCommands.StatusChange toCommand() {
        return new AuditFindingCommands.StatusChange(status, status != null && status.needsClosingNote() ? closingNote : null,
                version);
    }

    /** The status as its word's key (the conflict view resolves it). */
    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("finding.col.status", status == null ? "" : status.messageKey());
        return d;
    }

    public void setClosingNote(String closingNote) {
        this.closingNote = closingNote == null || closingNote.isBlank() ? null : closingNote.strip();
    }
}
