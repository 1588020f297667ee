package kr.innotrack.auditfinding;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A finding's due date (처리기한); blank clears it. */
public class DueDateForm {

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

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }
}
