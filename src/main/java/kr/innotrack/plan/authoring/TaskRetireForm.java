package kr.innotrack.plan.authoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kr.innotrack.shared.text.MultiLine;
import lombok.Getter;
import lombok.Setter;

/** 중단: why the task stops (always asked), read at {@code version}. */
@Getter
@Setter
public class TaskRetireForm {

    private Long version;

    @NotBlank(message = "{taskdef.retire.reasonRequired}")
    @Size(max = 1000, message = "{taskdef.reason.tooLong}")
    @MultiLine
    private String reason;
}
