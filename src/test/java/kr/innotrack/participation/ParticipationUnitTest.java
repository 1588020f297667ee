package kr.innotrack.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Network prefixes, the honeypot and the verifier's selection, without a database. */
class ParticipationUnitTest {

    @Test
    void networksAreTheIpv4Slash24AndTheIpv6Slash64() {
        assertThat(ClientNetwork.of("203.0.113.77")).isEqualTo("203.0.113.0/24");
        assertThat(ClientNetwork.of(" 10.1.2.3 ")).isEqualTo("10.1.2.0/24");
        assertThat(ClientNetwork.of("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientNetwork.of("[2001:DB8:1:2::9]")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientNetwork.of("fe80::1%eth0")).isEqualTo("fe80:0:0:0::/64");
        assertThat(ClientNetwork.of("::ffff:198.51.100.9")).isEqualTo("198.51.100.0/24");
        assertThat(ClientNetwork.of("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0::/64");
        assertThat(ClientNetwork.of("example.kr")).isEqualTo(ClientNetwork.UNKNOWN);
        assertThat(ClientNetwork.of("999.1.1.1")).isEqualTo(ClientNetwork.UNKNOWN);
        assertThat(ClientNetwork.of("")).isEqualTo(ClientNetwork.UNKNOWN);
        assertThat(ClientNetwork.of(null)).isEqualTo(ClientNetwork.UNKNOWN);
        assertThat(ClientNetwork.of("1:2:3")).isEqualTo(ClientNetwork.UNKNOWN);
    }

    @Test
    void onlyAFilledHoneypotIsABot() {
        assertThat(Honeypot.isBot(null)).isFalse();
        assertThat(Honeypot.isBot("")).isFalse();
        assertThat(Honeypot.isBot("https://spam.example")).isTrue();
        assertThat(Honeypot.isBot(" ")).isTrue();
        assertThat(Honeypot.FIELD).isEqualTo("website");
    }

    @Test
    void theVerifierIsTheOneNamedAndAnUnknownNameStopsTheStart() {
        VoiceVerifier email = new Named("email");
        VoiceVerifier mobile = new Named("mobile");
        assertThat(new VerifiedParticipation(List.of(email, mobile), "mobile").verifierName()).isEqualTo("mobile");
        assertThat(new VerifiedParticipation(List.of(email, mobile), "email").verifierName()).isEqualTo("email");
        assertThatThrownBy(() -> new VerifiedParticipation(List.of(email), "ipin"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ipin");
    }

    private record Named(String name) implements VoiceVerifier {

        @Override
        public void challenge(String address, Purpose purpose, String clientAddress) {
        }

        @Override
        public Voice verify(String address, String proof, Purpose purpose, String clientAddress) {
            return new Voice(name);
        }
    }
}
