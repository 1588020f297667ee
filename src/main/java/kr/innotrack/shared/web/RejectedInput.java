package kr.innotrack.shared.web;

import kr.innotrack.shared.ExplainedFailure;

/**
 * A rule that needs data (a username already taken, a reference date outside the plan's year) refused the input.
 * Thrown by a command service; {@link FormSubmission} puts it beside the field ({@code field} null: above the form)
 * and answers 400 with the form. Nothing was saved: the command's transaction rolls back.
 */
public class RejectedInput extends ExplainedFailure {

    private final String field;

    public RejectedInput(String field, String messageKey, Object... args) {
        super(messageKey, args);
        this.field = field;
    }

    /** The form field the message belongs to, or null for the form as a whole. */
    public String field() {
        return field;
    }
}
