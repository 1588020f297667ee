package kr.innotrack.scoring;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kr.innotrack.shared.text.MultiLine;

/** The office's answer to an objection: the outcome and why. */
@Getter
@Setter
public class AnswerForm implements kr.innotrack.shared.web.VersionedForm {

    private Long version;

    @NotNull(message = "{objection.outcome.required}")
    private ScoreObjection.Outcome outcome;

    @NotBlank(message = "{objection.answer.required}")
    @Size(max = 2000, message = "{objection.answer.tooLong}")
    @MultiLine
    private String answer;

    /** The objection as saved (its state and answer), for the conflict view; never bound from the request. */
    @Setter(lombok.AccessLevel.NONE)
    private ScoreObjection.State state = ScoreObjection.State.ANSWERED;

    static AnswerForm saved(ScoreObjection o) {
        AnswerForm f = of(o);
        f.state = o.getState();
        f.outcome = o.getOutcome();
        f.answer = o.getAnswerText() == null ? "" : o.getAnswerText();
        return f;
    }

    @Override
    public java.util.Map<String, String> describe() {
        java.util.Map<String, String> d = new java.util.LinkedHashMap<>();
        d.put("scoring.history.state", state == null ? null : state.messageKey());
        d.put("scoring.history.answer", answer);
        return d;
    }

    static AnswerForm of(ScoreObjection o) {
        AnswerForm f = new AnswerForm();
        f.version = o.getVersion();
        return f;
    }

    public void setAnswer(String answer) { this.answer = answer == null ? null : answer.strip(); }
}
