package kr.innotrack.checkround;

import java.util.ArrayList;
import java.util.List;
import kr.innotrack.document.OfficeColumn;
import kr.innotrack.document.OfficeSheet;
import kr.innotrack.document.OfficeWorkbook;
import kr.innotrack.plan.Plan;
import kr.innotrack.shared.Messages;

/**
 * The round report (점검 결과 보고) as .xlsx, from the page's own {@link RoundViews.Report}: 총괄, 분야별, 부서별 (with
 * the submission timeliness), 미흡·부진 과제 (원인분석·개선대책) and, where there is an earlier round, 이전 점검 대비.
 * The count columns are grouped under 평가 and 계산 상태 as on the page.
 */
final class RoundReportSheet {

    private RoundReportSheet() {
    }

    static byte[] write(RoundViews.Report report, Messages messages) {
        CheckRound round = report.current().round();
        Plan plan = round.getPlan();
        String title = messages.get("xlsx.report.title", round.getTitle());
        String subtitle = messages.get("xlsx.report.subtitle", plan.getOrganization().getName(),
                messages.planTitle(plan.getPlanYear(), plan.getTitle()), round.getReferenceDate(), round.getDeadline(),
                messages.label(round.getState()), messages.label(round.getScope()), report.current().total());
        String rated = messages.get("xlsx.report.rating");
        String computed = messages.get("xlsx.report.signal");
        try (OfficeWorkbook wb = new OfficeWorkbook()) {
            OfficeSheet totals = wb.sheet(messages.get("xlsx.report.totals"), title, subtitle,
                    counts(report, messages.get("xlsx.report.kind"), rated, computed, List.of(
                            OfficeColumn.integer(messages.get("xlsx.report.total")))));
            totals.row(counted(report, round.getTitle(), report.ratingTotal(), report.signalTotal(), report.current().total()));
            if (report.previous() != null) {
                totals.row(counted(report, messages.get("xlsx.report.previous", report.previous().getTitle()),
                        report.previousRatingTotal(), report.previousSignalTotal(), report.previousRatingTotal().total()));
            }

            OfficeSheet areas = wb.sheet(messages.get("xlsx.report.areas"), title, subtitle,
                    counts(report, messages.get("xlsx.report.area"), rated, computed, List.of(
                            OfficeColumn.integer(messages.get("xlsx.report.total")))));
            for (RoundViews.Line a : report.areas()) {
                areas.row(counted(report, a.name(), a.rating(), a.signal(), a.rating().total()));
            }

            String timeliness = messages.get("xlsx.report.timeliness");
            OfficeSheet departments = wb.sheet(messages.get("xlsx.report.departments"), title, subtitle,
                    counts(report, messages.get("xlsx.report.department"), rated, computed, List.of(
                            OfficeColumn.integer(messages.get("xlsx.report.onTime")).in(timeliness),
                            OfficeColumn.integer(messages.get("xlsx.report.late")).in(timeliness),
                            OfficeColumn.integer(messages.get("xlsx.report.pending")).in(timeliness))));
            for (RoundViews.Line line : report.departments()) {
                RoundViews.DepartmentProgress d = line.progress();
                List<Object> values = new ArrayList<>(List.of(counted(report, d.name(), line.rating(), line.signal())));
                values.add(d.submitted() - d.lateSubmitted());
                values.add(d.lateSubmitted());
                values.add(d.pending());
                departments.row(values.toArray());
            }

            String notSubmitted = messages.get("xlsx.report.notSubmitted");
            OfficeSheet under = wb.sheet(messages.get("xlsx.report.under"), title, subtitle, List.of(
                    OfficeColumn.text(messages.get("tasks.col.code")),
                    OfficeColumn.longText(messages.get("tasks.col.title")),
                    OfficeColumn.text(messages.get("xlsx.report.department")),
                    OfficeColumn.text(messages.get("xlsx.report.ratingOne")).in(rated),
                    OfficeColumn.longText(messages.get("xlsx.report.comment")).in(rated),
                    OfficeColumn.text(messages.get("xlsx.report.signalOne")).in(computed),
                    OfficeColumn.longText(messages.get("xlsx.report.reasons")).in(computed),
                    OfficeColumn.longText(messages.get("xlsx.report.cause")).in(messages.get("xlsx.report.remedy")),
                    OfficeColumn.longText(messages.get("xlsx.report.measures")).in(messages.get("xlsx.report.remedy")),
                    OfficeColumn.date(messages.get("xlsx.report.due")).in(messages.get("xlsx.report.remedy")),
                    OfficeColumn.text(messages.get("xlsx.report.remedyState")).in(messages.get("xlsx.report.remedy"))));
            for (RoundViews.Row row : report.underPerforming()) {
                RoundEntry e = row.entry();
                Remedy r = row.remedy();
                under.row(e.getTask().getCode(), e.getTask().getTitle(),
                        e.getDepartment() == null ? null : e.getDepartment().getName(),
                        e.getRating() == null ? messages.get("round.rating.none") : messages.label(e.getRating()),
                        e.getReviewComment(), messages.label(row.computed().status()),
                        String.join("\n", row.computed().reasons(messages)),
                        r == null || r.getCause() == null ? notSubmitted : r.getCause(),
                        r == null || r.getMeasures() == null ? notSubmitted : r.getMeasures(),
                        r == null ? null : r.getDueDate(),
                        row.remedyState() == null ? null : messages.label(row.remedyState()));
            }

            if (report.previous() != null) {
                String before = messages.get("xlsx.report.before");
                String now = messages.get("xlsx.report.now");
                OfficeSheet changes = wb.sheet(messages.get("xlsx.report.changes"), title,
                        messages.get("xlsx.report.changesAgainst", report.previous().getTitle()), List.of(
                                OfficeColumn.text(messages.get("tasks.col.code")),
                                OfficeColumn.longText(messages.get("tasks.col.title")),
                                OfficeColumn.text(before).in(rated),
                                OfficeColumn.text(now).in(rated),
                                OfficeColumn.text(before).in(computed),
                                OfficeColumn.text(now).in(computed)));
                String none = messages.get("round.rating.none");
                for (RoundViews.Change c : report.changes()) {
                    RoundEntry e = c.row().entry();
                    changes.row(e.getTask().getCode(), e.getTask().getTitle(),
                            c.before() == null ? none : messages.label(c.before()),
                            e.getRating() == null ? none : messages.label(e.getRating()),
                            messages.label(c.computedBefore()), messages.label(c.row().computed().status()));
                }
            }
            return wb.toBytes();
        }
    }

    /** The first column, a column per rating under 평가, one per computed status under 계산 상태, then {@code more}. */
    private static List<OfficeColumn> counts(RoundViews.Report report, String first, String rated, String computed,
                                             List<OfficeColumn> more) {
        List<OfficeColumn> columns = new ArrayList<>();
        columns.add(OfficeColumn.text(first));
        report.ratingLabels().forEach(l -> columns.add(OfficeColumn.integer(l).in(rated)));
        report.signalLabels().forEach(l -> columns.add(OfficeColumn.integer(l).in(computed)));
        columns.addAll(more);
        return columns;
    }

    private static Object[] counted(RoundViews.Report report, String name, RoundViews.Tally rating,
                                    RoundViews.Tally signal, Object... more) {
        List<Object> values = new ArrayList<>();
        values.add(name);
        report.ratingLabels().forEach(l -> values.add(rating.count(l)));
        report.signalLabels().forEach(l -> values.add(signal.count(l)));
        values.addAll(List.of(more));
        return values.toArray();
    }
}
