package kr.innotrack.mail;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again: 1 minute after the first failure, then 5 minutes, 30 minutes, 2 hours; after
 * the last of these waits has failed too, the message is given up ({@code maxAttempts} tries in all, at most five).
 */
final class MailBackoff {

    static final List<Duration> WAITS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2));

    private MailBackoff() {
    }

    /** The wait before the next try after {@code failures} failed tries, or empty when the message is given up. */
    static Optional<Duration> after(int failures, int maxAttempts) {
        int tries = Math.min(Math.max(maxAttempts, 1), WAITS.size() + 1);
        if (failures < 1 || failures >= tries) {
            return failures < 1 ? Optional.of(Duration.ZERO) : Optional.empty();
        }
        return Optional.of(WAITS.get(failures - 1));
    }
}
