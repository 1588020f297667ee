package kr.innotrack.auditfinding;

import kr.innotrack.shared.text.MultiLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Changing a finding's status; 종결 and 불가 need a closing note. */
public class StatusForm {

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

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public FindingStatus getStatus() {
        return status;
    }

    public void setStatus(FindingStatus status) {
        this.status = status;
    }

    public String getClosingNote() {
        return closingNote;
    }

    public void setClosingNote(String closingNote) {
        this.closingNote = closingNote == null || closingNote.isBlank() ? null : closingNote.strip();
    }
}
