package kr.innotrack.auditfinding;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import java.util.Collections;
import java.util.Map;
import kr.innotrack.shared.web.VersionedForm;
import lombok.Getter;
import lombok.Setter;

/** A finding's due date (처리기한); blank clears it. */
@Getter
@Setter
public class DueDateForm implements VersionedForm {

    @NotNull
    private Long version;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    static DueDateForm of(AuditFinding f) {
        DueDateForm form = new DueDateForm();
        form.version = f.getVersion();
        form.dueDate = f.getDueDate();
        return form;
    }

    AuditFindingCommands.DueDate toCommand() {
        return new AuditFindingCommands.DueDate(dueDate, version);
    }

    @Override
    public Map<String, String> describe() {
        return Collections.singletonMap("finding.col.dueDate", dueDate == null ? null : dueDate.toString());
    }
}
