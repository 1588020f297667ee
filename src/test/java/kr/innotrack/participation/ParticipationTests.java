package kr.innotrack.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import kr.innotrack.support.SignedIn;
import kr.innotrack.support.TestClock;
import org.springframework.test.web.servlet.MockMvc;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import kr.innotrack.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One person, one voice, hardened, against a real database: the limits per address (5 an hour, 30 s apart) and per
 * client network (30 an hour per /24 or /64), refused with the field {@code email}; a code expires after 10 minutes
 * and five wrong tries end it; the key is generated once and stored; the retention job deletes codes after 24 hours.
 */
@ParticipationContext
abstract class ParticipationTests {

    @Autowired
    Participation participation;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JdbcClient jdbcClient;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    ParticipationKey key;
    @Autowired
    ParticipationRetention retention;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anAddressGetsACodeEvery30SecondsAndFiveAnHour() {
        String address = "limit.address@example.kr";
        clock.set(LocalDateTime.of(2031, 3, 2, 9, 0));
        participation.requestCode(address, Purpose.vote(7001), "10.9.1.1");

        assertRefused(() -> participation.requestCode(address, Purpose.support(7002), "10.9.2.1"),
                "participation.limit.wait");
        for (int i = 1; i < 5; i++) {
            clock.set(LocalDateTime.of(2031, 3, 2, 9, 0, 31).plusMinutes(i));
            participation.requestCode(" Limit.Address@Example.kr", Purpose.vote(7001), "10.9.1.1");
        }
        clock.set(LocalDateTime.of(2031, 3, 2, 9, 10));
        assertRefused(() -> participation.requestCode(address, Purpose.vote(7001), "10.9.3.1"),
                "participation.limit.address");
        assertThat(count("select count(*) from participation_code where created_at >= ? and created_at < ?",
                LocalDateTime.of(2031, 3, 2, 9, 0), LocalDateTime.of(2031, 3, 2, 9, 11))).isEqualTo(5);

        clock.set(LocalDateTime.of(2031, 3, 2, 10, 1));
        int before = TestMail.messagesTo(address).size();
        participation.requestCode(address, Purpose.vote(7001), "10.9.1.1");
        String code = TestMail.latestCode(address, before);
        Voice voice = transactions.execute(s -> participation.confirm(address, code, Purpose.vote(7001), "10.9.1.1"));
        assertThat(voice.key()).isEqualTo(key.voiceOf(address).key());
    }

    @Test
    void aNetworkGets30CodesAnHourWhateverTheAddresses() {
        clock.set(LocalDateTime.of(2031, 4, 2, 9, 0));
        for (int i = 0; i < 30; i++) {
            participation.requestCode("net" + i + "@example.kr", Purpose.vote(7003), "172.16.5." + (i + 1));
        }
        assertRefused(() -> participation.requestCode("net30@example.kr", Purpose.vote(7003), "172.16.5.200"),
                "participation.limit.network");
        participation.requestCode("net31@example.kr", Purpose.vote(7003), "172.16.6.1");
        assertThat(jdbc.queryForList("select distinct client_network from participation_code where subject_id = 7003",
                String.class)).containsExactlyInAnyOrder("172.16.5.0/24", "172.16.6.0/24");

        for (int i = 0; i < 30; i++) {
            participation.requestCode("six" + i + "@example.kr", Purpose.vote(7004), "2001:db8:aa:bb::" + (i + 1));
        }
        assertRefused(() -> participation.requestCode("six30@example.kr", Purpose.vote(7004), "2001:db8:aa:bb:ffff::1"),
                "participation.limit.network");
        participation.requestCode("six31@example.kr", Purpose.vote(7004), "2001:db8:aa:bc::1");

        clock.set(LocalDateTime.of(2031, 4, 2, 10, 1));
        participation.requestCode("net32@example.kr", Purpose.vote(7003), "172.16.5.9");
    }

    @Test
    void aCodeExpiresAfterTenMinutesAndFiveWrongTriesEndIt() {
        String address = "expiry@example.kr";
        clock.set(LocalDateTime.of(2031, 5, 2, 9, 0));
        int before = TestMail.messagesTo(address).size();
        participation.requestCode(address, Purpose.vote(7005), "10.9.5.1");
        String code = TestMail.latestCode(address, before);
        clock.set(LocalDateTime.of(2031, 5, 2, 9, 10, 1));
        assertThatThrownBy(() -> transactions.execute(s -> participation.confirm(address, code, Purpose.vote(7005), "10.9.5.1")))
                .isInstanceOf(ParticipationRefused.class).hasMessage("participation.code.none");

        clock.set(LocalDateTime.of(2031, 5, 2, 9, 20));
        before = TestMail.messagesTo(address).size();
        participation.requestCode(address, Purpose.vote(7005), "10.9.5.1");
        String second = TestMail.latestCode(address, before);
        String wrong = second.equals("123456") ? "654321" : "123456";
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> transactions.execute(s -> participation.confirm(address, wrong, Purpose.vote(7005), "10.9.5.1")))
                    .isInstanceOf(ParticipationRefused.class).hasMessage("participation.code.wrong");
        }
        assertThatThrownBy(() -> transactions.execute(s -> participation.confirm(address, second, Purpose.vote(7005), "10.9.5.1")))
                .isInstanceOf(ParticipationRefused.class).hasMessage("participation.code.tooManyAttempts");
    }

    @Test
    void confirmingOutsideATransactionIsRefusedByTheApi() {
        assertThatThrownBy(() -> participation.confirm("x@example.kr", "000000", Purpose.vote(1), "10.0.0.1"))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    @Test
    void theKeyIsGeneratedOnceStoredAndUsedByEveryInstance() {
        String voice = key.voiceOf("someone@example.kr").key();
        assertThat(count("select count(*) from participation_key")).isEqualTo(1);
        ParticipationKey another = new ParticipationKey(jdbcClient, clock, transactionManager, "");
        assertThat(another.voiceOf("someone@example.kr").key()).isEqualTo(voice).hasSize(64);
        assertThat(count("select count(*) from participation_key")).isEqualTo(1);

        ParticipationKey configured = new ParticipationKey(jdbcClient, clock, transactionManager,
                "a-configured-key-of-at-least-thirty-two-chars");
        assertThat(configured.voiceOf("someone@example.kr").key()).isNotEqualTo(voice);
        assertThatThrownBy(() -> new ParticipationKey(jdbcClient, clock, transactionManager, "short"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.queryForObject("select key_value from participation_key", String.class))
                .isNotBlank().doesNotContain("innotrack");
    }

    @Test
    void theRetentionJobDeletesCodesOlderThanADay() {
        LocalDateTime now = LocalDateTime.of(2031, 6, 2, 3, 20);
        clock.set(now);
        insertCode(7010, now.minusHours(25));
        insertCode(7011, now.minusHours(23));
        assertThat(retention.purge()).isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from participation_code where subject_id = 7010")).isZero();
        assertThat(count("select count(*) from participation_code where subject_id = 7011")).isEqualTo(1);
    }

    @Test
    void theFragmentsGiveTheHoneypotOutOfSightAndTheFieldsWithLabelsHintsAndErrors() throws Exception {
        var admin = kr.innotrack.support.Accounts.user(jdbc, "samcheok.admin");
        String page = mvc.perform(get("/test/participation-fragment").with(SignedIn.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("class=\"visually-hidden\" aria-hidden=\"true\"")
                .contains("name=\"website\"").contains("tabindex=\"-1\"")
                .contains("<label for=\"participation-email\">전자우편 주소</label>")
                .contains("value=\"citizen@example.kr\"").contains("autocomplete=\"one-time-code\"")
                .contains("aria-describedby=\"participation-code-hint\"")
                .doesNotContain("field-error").doesNotContain("예시 메일함");

        String refused = mvc.perform(post("/test/participation-fragment").with(SignedIn.as(admin)).with(csrf())
                        .param("email", "again@example.kr").param("code", "1").param("website", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("이 주소로 인증번호를 너무 많이 요청했습니다").contains("인증번호가 맞지 않습니다")
                .contains("aria-invalid=\"true\"").contains("value=\"again@example.kr\"");
    }

    private void insertCode(long subject, LocalDateTime at) {
        jdbc.update("""
                insert into participation_code (purpose_kind, subject_id, address_hash, code_hash, client_network,
                    attempts, created_at, expires_at) values ('vote', ?, 'h', 'c', '10.0.0.0/24', 0, ?, ?)""",
                subject, at, at.plusMinutes(10));
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static void assertRefused(Runnable request, String messageKey) {
        assertThatThrownBy(request::run).isInstanceOfSatisfying(ParticipationRefused.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo(messageKey);
            assertThat(e.getField()).isEqualTo("email");
        });
    }
}
