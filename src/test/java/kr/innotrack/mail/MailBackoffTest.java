package kr.innotrack.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailBackoffTest {

    @Test
    void waitsOneFiveThirtyMinutesTwoHoursThenGivesUp() {
        assertThat(MailBackoff.after(1, 5)).contains(Duration.ofMinutes(1));
        assertThat(MailBackoff.after(2, 5)).contains(Duration.ofMinutes(5));
        assertThat(MailBackoff.after(3, 5)).contains(Duration.ofMinutes(30));
        assertThat(MailBackoff.after(4, 5)).contains(Duration.ofHours(2));
        assertThat(MailBackoff.after(5, 5)).isEqualTo(Optional.empty());
    }

    @Test
    void fewerTriesGiveUpSoonerAndMoreThanFiveAreFive() {
        assertThat(MailBackoff.after(1, 2)).contains(Duration.ofMinutes(1));
        assertThat(MailBackoff.after(2, 2)).isEmpty();
        assertThat(MailBackoff.after(1, 1)).isEmpty();
        assertThat(MailBackoff.after(1, 0)).isEmpty();
        assertThat(MailBackoff.after(4, 50)).contains(Duration.ofHours(2));
        assertThat(MailBackoff.after(5, 50)).isEmpty();
    }
}
