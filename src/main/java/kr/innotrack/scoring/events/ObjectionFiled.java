package kr.innotrack.scoring.events;

/** A department objected to its score: the planning office is told. */
public record ObjectionFiled(Long organizationId, Long planId, Long departmentId, String departmentName) {
}
