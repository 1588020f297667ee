package kr.innotrack.participation;

/**
 * Proves that a citizen controls an address, once per action. {@link #requestCode} sends a one-time code;
 * {@link #confirm} consumes it and returns the {@link Voice} the action is recorded under (the same voice for the same
 * address, whatever the action), so "one voice per subject" is a unique key on (subject, voice) in the caller's table.
 * Both refuse with {@link ParticipationRefused} (a Korean message key, the form field it belongs to).
 */
public interface Participation {

    /** Sends a one-time code for this purpose to the address; refuses over the limits per address and network. */
    void requestCode(String address, Purpose purpose, String clientAddress);

    /** Checks and uses up the code; a wrong, expired or used code is refused. Call inside the action's transaction. */
    Voice confirm(String address, String code, Purpose purpose, String clientAddress);
}
