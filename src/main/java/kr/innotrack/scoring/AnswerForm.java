package kr.innotrack.scoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kr.innotrack.shared.text.MultiLine;

/** The office's answer to an objection: the outcome and why. */
public class AnswerForm {

    private Long version;

    @NotNull(message = "{objection.outcome.required}")
    private ScoreObjection.Outcome outcome;

    @NotBlank(message = "{objection.answer.required}")
    @Size(max = 2000, message = "{objection.answer.tooLong}")
    @MultiLine
    private String answer;

    static AnswerForm of(ScoreObjection o) {
        AnswerForm f = new AnswerForm();
        f.version = o.getVersion();
        return f;
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public ScoreObjection.Outcome getOutcome() { return outcome; }
    public void setOutcome(ScoreObjection.Outcome outcome) { this.outcome = outcome; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer == null ? null : answer.strip(); }
}
