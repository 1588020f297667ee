package kr.innotrack.navigation;

/**
 * The optional menus of one page's header: 예산 집행 when the plan shown has quarterly budget lines, 감사 지적사항 when
 * the organization has audit findings. The model attribute {@code menu} of every full page (absent: neither).
 */
public record Menu(boolean budget, boolean auditFindings) {
}
