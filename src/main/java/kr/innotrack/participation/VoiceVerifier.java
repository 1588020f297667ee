package kr.innotrack.participation;

/**
 * SPI: one way to prove that a person is who they say, once per action. The deployment picks one by name with
 * {@code innotrack.participation.verifier} (default {@code email}: {@link EmailCodeVerifier}, a six-digit code by
 * e-mail). A deployment with 휴대폰 본인인증 adds a Spring bean implementing this interface (e.g. {@code mobile}):
 * {@link #challenge} starts the provider's check (or does nothing when the form itself starts it), {@link #verify}
 * checks the provider's result token ({@code proof}) and returns the voice of the provider's stable identifier
 * (연계정보 CI) through {@link ParticipationKey#voiceOf}; see docs/participation.md.
 */
public interface VoiceVerifier {

    /** The name {@code innotrack.participation.verifier} selects this verifier by. */
    String name();

    /** Starts a proof for the identifier ({@code address}) and purpose; refuses with {@link ParticipationRefused}. */
    void challenge(String address, Purpose purpose, String clientAddress);

    /** Checks the proof and uses it up; runs inside the action's transaction. Refuses with {@link ParticipationRefused}. */
    Voice verify(String address, String proof, Purpose purpose, String clientAddress);
}
