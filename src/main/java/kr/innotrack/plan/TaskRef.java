package kr.innotrack.plan;

/** Enough of a task to name and link to it. */
public record TaskRef(Long id, Long planId, int planYear, String code, String title) {
}
