package kr.innotrack.checkround;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import kr.innotrack.shared.text.MultiLine;
import lombok.Getter;
import lombok.Setter;

/**
 * A message in an entry's 질의·답변. {@code token} is the form's one-time key, made when the page is shown: the same
 * form sent twice (a double click, a resent request) is one message.
 */
@Getter
@Setter
public class QuestionForm {

    @NotBlank(message = "{question.body.required}")
    @Size(max = QuestionCommands.MAX_BODY, message = "{question.body.tooLong}")
    @MultiLine
    private String body;

    @Size(max = 40, message = "{question.token.invalid}")
    @Pattern(regexp = "[A-Za-z0-9-]*", message = "{question.token.invalid}")
    private String token;

    public void setBody(String body) {
        this.body = body == null ? null : body.strip();
    }

    QuestionCommands.Post toCommand() {
        return new QuestionCommands.Post(body, token == null || token.isBlank() ? null : token);
    }

    /** A new, empty form with its own key. */
    static QuestionForm fresh() {
        QuestionForm f = new QuestionForm();
        f.token = UUID.randomUUID().toString();
        return f;
    }
}
