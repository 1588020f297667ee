package kr.innotrack.participation;

import lombok.Getter;

/** A code request or confirmation refused; {@code messageKey} is the Korean message, {@code field} the form field. */
@Getter
public class ParticipationRefused extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public ParticipationRefused(String messageKey, String field, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments;
    }
}
