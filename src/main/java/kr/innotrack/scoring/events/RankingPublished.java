package kr.innotrack.scoring.events;

import java.time.LocalDate;
import java.util.List;

/**
 * The ranking was published (or published again): the planning office and every department in it (ranked or listed
 * apart) are told until when they may object.
 */
public record RankingPublished(Long organizationId, Long planId, LocalDate objectionUntil, List<Long> departmentIds) {
}
