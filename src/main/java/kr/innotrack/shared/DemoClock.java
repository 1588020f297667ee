package kr.innotrack.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The embedded default's demo clock ({@code innotrack.demo.today}): today is always the demo date, with the running
 * time of day. The sample-data loader may pin it to one moment while it replays a step on its date; nothing else
 * does.
 */
public final class DemoClock extends Clock {

    private final ZoneId zone;
    private final LocalDate today;
    private volatile LocalDateTime pinned;

    public DemoClock(LocalDate today, ZoneId zone) {
        this.today = today;
        this.zone = zone;
    }

    /** The fixed demo date. */
    public LocalDate demoDate() {
        return today;
    }

    /** Until {@link #unpin()}, every reader of the clock gets {@code at}. */
    public void pin(LocalDateTime at) {
        pinned = at;
    }

    public void unpin() {
        pinned = null;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.fixed(instant(), other);
    }

    @Override
    public Instant instant() {
        LocalDateTime at = pinned;
        if (at == null) {
            at = LocalDateTime.of(today, LocalTime.now(zone));
        }
        return at.atZone(zone).toInstant();
    }
}
