package kr.innotrack.plan.authoring;

import jakarta.validation.constraints.Size;
import kr.innotrack.shared.text.MultiLine;
import lombok.Getter;
import lombok.Setter;

/** Removing a KPI from the task definition page: the version it was read at, and the reason once confirmed. */
@Getter
@Setter
public class KpiRemovalForm {

    private Long version;

    @MultiLine
    @Size(max = 1000, message = "{taskdef.reason.tooLong}")
    private String reason;
}
