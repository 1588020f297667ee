package kr.innotrack.checkround.events;

import java.time.LocalDate;
import java.util.Map;

/** A round moved into 제출: each department with tasks in it ({@code taskCounts}: department id → tasks) is told. */
public record RoundOpened(Long roundId, Long organizationId, String title, LocalDate deadline,
                          Map<Long, Long> taskCounts) {
}
