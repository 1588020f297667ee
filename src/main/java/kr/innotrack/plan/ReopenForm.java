package kr.innotrack.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kr.innotrack.shared.text.MultiLine;
import lombok.Getter;
import lombok.Setter;

/** 종료 취소: a closed year opens again only with a reason, which goes into the 계획 변경 이력. */
@Getter
@Setter
class ReopenForm {

    @NotNull
    private Long version;

    @MultiLine
    @NotBlank(message = "{plan.lifecycle.reason.required}")
    @Size(max = 1000, message = "{plan.lifecycle.reason.tooLong}")
    private String reason;
}
