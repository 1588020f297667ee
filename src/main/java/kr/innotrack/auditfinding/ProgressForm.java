package kr.innotrack.auditfinding;

import kr.innotrack.shared.text.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import lombok.Getter;
import lombok.Setter;

/** A dated progress entry on a finding. */
@Getter
@Setter
public class ProgressForm {

    @NotNull(message = "{finding.progress.date.required}")
    @NotInFuture(message = "{finding.progress.date.future}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate entryDate;

    @NotBlank(message = "{finding.progress.content.required}")
    @Size(max = 2000, message = "{finding.progress.content.tooLong}")
    @MultiLine
    private String content;

    AuditFindingCommands.Progress toCommand() {
        return new AuditFindingCommands.Progress(entryDate, content);
    }

    public void setContent(String content) {
        this.content = content == null ? null : content.strip();
    }
}
