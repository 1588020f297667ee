package kr.innotrack.organization;

import java.math.BigDecimal;

/** One department in its organization's tree (parents first), with what the organization reports about it. */
public record DepartmentNode(Long id, String name, int depth, Integer authorized, Integer current,
                             Integer budgetYear, BigDecimal budgetTotal, BigDecimal budgetProgram,
                             BigDecimal budgetAdministrative) {
}
