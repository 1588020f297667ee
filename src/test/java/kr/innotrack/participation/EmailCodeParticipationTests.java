package kr.innotrack.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kr.innotrack.support.IntegrationTest;
import kr.innotrack.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class EmailCodeParticipationTests {

    @Autowired
    Participation participation;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aCodeFromTheMailProvesTheAddressOnceAndTheVoiceIsTheSameForEveryAction() {
        String address = "citizen.one@example.kr";
        int before = TestMail.messagesTo(address).size();
        participation.requestCode(" Citizen.One@Example.kr ", Purpose.vote(9001), "10.0.0.1");
        String code = TestMail.latestCode(address, before);

        Voice voice = transactions.execute(s -> participation.confirm(address, code, Purpose.vote(9001), "10.0.0.1"));
        assertThat(voice.key()).hasSize(64).doesNotContain("citizen");

        assertThatThrownBy(() -> transactions.execute(s -> participation.confirm(address, code, Purpose.vote(9001), "10.0.0.1")))
                .isInstanceOf(ParticipationRefused.class).hasMessage("participation.code.none");

        int again = TestMail.messagesTo(address).size();
        participation.requestCode(address, Purpose.support(9002), "10.0.0.1");
        String second = TestMail.latestCode(address, again);
        Voice same = transactions.execute(s -> participation.confirm(address, second, Purpose.support(9002), "10.0.0.1"));
        assertThat(same).isEqualTo(voice);
    }

    @Test
    void aWrongCodeIsRefusedAndCountedAndACodeForAnotherPurposeDoesNotWork() {
        String address = "citizen.two@example.kr";
        int before = TestMail.messagesTo(address).size();
        participation.requestCode(address, Purpose.vote(9003), "10.0.0.2");
        String code = TestMail.latestCode(address, before);
        String wrong = code.equals("000000") ? "000001" : "000000";

        assertThatThrownBy(() -> transactions.execute(s -> participation.confirm(address, wrong, Purpose.vote(9003), "10.0.0.2")))
                .isInstanceOf(ParticipationRefused.class).hasMessage("participation.code.wrong");
        assertThatThrownBy(() -> transactions.execute(s -> participation.confirm(address, code, Purpose.vote(9004), "10.0.0.2")))
                .isInstanceOf(ParticipationRefused.class).hasMessage("participation.code.none");
        Voice voice = transactions.execute(s -> participation.confirm(address, code, Purpose.vote(9003), "10.0.0.2"));
        assertThat(voice.key()).hasSize(64);
    }

    @Test
    void anAddressThatIsNotOneIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> participation.requestCode("not-an-address", Purpose.vote(9005), "10.0.0.3"))
                .isInstanceOf(ParticipationRefused.class).hasMessage("participation.address.invalid");
    }
}
