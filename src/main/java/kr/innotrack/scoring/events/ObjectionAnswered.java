package kr.innotrack.scoring.events;

/** The office answered a department's objection ({@code outcomeKey}: the message key of the outcome's word). */
public record ObjectionAnswered(Long organizationId, Long planId, Long departmentId, String outcomeKey) {
}
