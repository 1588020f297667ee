package kr.innotrack.publicvote;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * A citizen's ballot as it travels: the picked cases and the address (first page), then the code (second page, the
 * picks and the address carried in hidden fields).
 */
@Getter
@Setter
public class BallotForm {

    private List<Long> picks = new ArrayList<>();

    @Size(max = 254, message = "{participation.address.invalid}")
    private String email;

    @Size(max = 20, message = "{publicvote.code.format}")
    private String code;

    public boolean picked(long caseId) {
        return picks != null && picks.contains(caseId);
    }
}
