package kr.innotrack.participation;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link Participation} through the {@link VoiceVerifier} that {@code innotrack.participation.verifier} names. */
@Service
class VerifiedParticipation implements Participation {

    private final VoiceVerifier verifier;

    VerifiedParticipation(List<VoiceVerifier> verifiers,
                          @Value("${innotrack.participation.verifier:email}") String name) {
        this.verifier = verifiers.stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("innotrack.participation.verifier=" + name
                        + " names no verifier; known: " + verifiers.stream().map(VoiceVerifier::name).toList()));
    }

    @Override
    @Transactional
    public void requestCode(String address, Purpose purpose, String clientAddress) {
        verifier.challenge(address, purpose, clientAddress);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Voice confirm(String address, String code, Purpose purpose, String clientAddress) {
        return verifier.verify(address, code, purpose, clientAddress);
    }

    /** The verifier in use (its name shows which one a deployment runs). */
    String verifierName() {
        return verifier.name();
    }
}
