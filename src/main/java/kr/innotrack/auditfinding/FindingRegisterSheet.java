package kr.innotrack.auditfinding;

import java.util.ArrayList;
import java.util.List;
import kr.innotrack.document.OfficeColumn;
import kr.innotrack.document.OfficeSheet;
import kr.innotrack.document.OfficeWorkbook;
import kr.innotrack.shared.Messages;

/**
 * The audit-findings register (감사 지적사항) as .xlsx, from the page's own {@link AuditFindingQueries.ListPage}: 처리현황
 * (type × status counts, statuses grouped under 조치 상황 as on the page) and 총괄목록 (the findings the page lists,
 * with its filter, and the texts the page opens on each finding).
 */
final class FindingRegisterSheet {

    private FindingRegisterSheet() {
    }

    static byte[] write(AuditFindingQueries.ListPage page, String conditions, Messages messages) {
        String title = messages.get("xlsx.findings.title", page.organization().getName());
        String subtitle = messages.get("xlsx.findings.subtitle", page.today()) + conditions;
        String byStatus = messages.get("finding.col.status");
        try (OfficeWorkbook wb = new OfficeWorkbook()) {
            List<OfficeColumn> columns = new ArrayList<>(List.of(
                    OfficeColumn.text(messages.get("finding.col.type")),
                    OfficeColumn.integer(messages.get("finding.col.total"))));
            for (FindingStatus s : FindingStatus.values()) {
                columns.add(OfficeColumn.integer(messages.label(s)).in(byStatus));
            }
            OfficeSheet summary = wb.sheet(messages.get("finding.summary"), title,
                    messages.get("xlsx.findings.subtitle", page.today()), columns);
            FindingSummary s = page.summary();
            List<Object> total = new ArrayList<>(List.of(messages.get("finding.col.sum"), s.total()));
            for (FindingStatus st : FindingStatus.values()) {
                total.add(s.total(st));
            }
            summary.row(total.toArray());
            for (FindingType t : FindingType.values()) {
                List<Object> row = new ArrayList<>(List.of(messages.label(t), s.total(t)));
                for (FindingStatus st : FindingStatus.values()) {
                    row.add(s.count(t, st));
                }
                summary.row(row.toArray());
            }

            OfficeSheet list = wb.sheet(messages.get("finding.list"), title, subtitle, List.of(
                    OfficeColumn.text(messages.get("finding.col.number")),
                    OfficeColumn.year(messages.get("xlsx.findings.year")),
                    OfficeColumn.text(messages.get("finding.col.type")),
                    OfficeColumn.text(messages.get("finding.col.committee")),
                    OfficeColumn.longText(messages.get("finding.col.title")),
                    OfficeColumn.text(messages.get("finding.col.division")),
                    OfficeColumn.text(messages.get("finding.col.status")),
                    OfficeColumn.date(messages.get("finding.col.dueDate")).in(messages.get("xlsx.findings.due")),
                    OfficeColumn.integer(messages.get("xlsx.findings.overdueDays")).in(messages.get("xlsx.findings.due")),
                    OfficeColumn.longText(messages.get("xlsx.findings.text")),
                    OfficeColumn.longText(messages.get("xlsx.findings.actionPlan")),
                    OfficeColumn.longText(messages.get("xlsx.findings.closingNote"))));
            for (AuditFinding f : page.findings()) {
                list.row(f.getManagementNumber(), f.getFindingYear(), messages.label(f.getFindingType()), f.getCommittee(),
                        f.getTitle(), f.getDepartment() == null ? null : f.getDepartment().getName(),
                        messages.label(f.getStatus()), f.getDueDate(),
                        f.overdueOn(page.today()) ? f.daysOverdue(page.today()) : null,
                        f.getFindingText(), f.getActionPlan(), f.getClosingNote());
            }
            return wb.toBytes();
        }
    }
}
