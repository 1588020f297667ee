package kr.innotrack.publicvote;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.innotrack.shared.text.MultiLine;
import kr.innotrack.shared.web.VersionedForm;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** A vote's own fields (title, explanation, pick count, opening and closing), while it is 준비. */
@Getter
@Setter
public class VoteForm implements VersionedForm {

    static final String MINUTES = "yyyy-MM-dd'T'HH:mm";

    private Long version;

    @NotBlank(message = "{publicvote.title.required}")
    @Size(max = 200, message = "{publicvote.title.tooLong}")
    private String title;

    @NotBlank(message = "{publicvote.explanation.required}")
    @Size(max = 4000, message = "{publicvote.explanation.tooLong}")
    @MultiLine
    private String explanation;

    @NotNull(message = "{publicvote.pickCount.required}")
    @Min(value = 1, message = "{publicvote.pickCount.range}")
    @Max(value = VoteCommands.MAX_CASES, message = "{publicvote.pickCount.range}")
    private Integer pickCount = 3;

    @NotNull(message = "{publicvote.opensAt.required}")
    @DateTimeFormat(pattern = MINUTES)
    private LocalDateTime opensAt;

    @NotNull(message = "{publicvote.closesAt.required}")
    @DateTimeFormat(pattern = MINUTES)
    private LocalDateTime closesAt;

    static VoteForm of(PublicVote v) {
        VoteForm form = new VoteForm();
        form.version = v.getVersion();
        form.title = v.getTitle();
        form.explanation = v.getExplanation();
        form.pickCount = v.getPickCount();
        form.opensAt = v.getOpensAt();
        form.closesAt = v.getClosesAt();
        return form;
    }

    /** The opening/closing rule beside the closing field, with the binder's own errors. */
    void check() {
        if (opensAt != null && closesAt != null) {
            VoteCommands.checkTimes(toFields());
        }
    }

    VoteCommands.VoteFields toFields() {
        return new VoteCommands.VoteFields(title, explanation, pickCount == null ? 1 : pickCount, opensAt, closesAt);
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("publicvote.field.title", title);
        m.put("publicvote.field.pickCount", pickCount == null ? null : pickCount.toString());
        m.put("publicvote.field.opensAt", opensAt == null ? null : opensAt.toString());
        m.put("publicvote.field.closesAt", closesAt == null ? null : closesAt.toString());
        return m;
    }
}
