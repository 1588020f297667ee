package kr.innotrack.checkround;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import kr.innotrack.document.ReportDocument;
import kr.innotrack.document.ReportTable;
import kr.innotrack.plan.Plan;
import kr.innotrack.shared.Messages;

/**
 * The round result report (점검 결과 보고) as a 한글 보고서, from the same numbers as the report page: 1. 개요 (기준일,
 * 대상 과제, 제출 현황, 평가 결과), 2. 추진 현황 (by area and by department: ratings, computed statuses, submission,
 * average reported progress), 3. 미흡·부진 과제 (원인분석, 개선대책, 이행 기한), 4. 향후 계획 (the remedies' due dates and
 * schedule revisions, carried-over remedies, missing reports, the next round).
 */
final class RoundReportHwpx {

    private final CheckRoundQueries.ReportFile file;
    private final Messages messages;
    private final RoundViews.Report report;
    private final RoundViews.Round current;
    private final CheckRound round;

    private RoundReportHwpx(CheckRoundQueries.ReportFile file, Messages messages) {
        this.file = file;
        this.messages = messages;
        this.report = file.report();
        this.current = report.current();
        this.round = current.round();
    }

    static ReportDocument of(CheckRoundQueries.ReportFile file, Messages messages) {
        return new RoundReportHwpx(file, messages).build();
    }

    /** The file's name as a person sees it. */
    static String fileName(CheckRound round, Messages messages) {
        return messages.get("hwpx.round.title", round.getTitle()) + ".hwpx";
    }

    private String m(String key, Object... args) {
        return messages.get(key, args);
    }

    private ReportDocument build() {
        Plan plan = round.getPlan();
        ReportDocument doc = ReportDocument.titled(m("hwpx.round.title", round.getTitle())).landscape()
                .byline(m("hwpx.byline", plan.getOrganization().getName(),
                        messages.planTitle(plan.getPlanYear(), plan.getTitle())))
                .byline(m("hwpx.written", ReportDocument.date(file.today())));
        overview(doc);
        progress(doc);
        laggards(doc);
        nextSteps(doc);
        return doc;
    }

    // ---------------------------------------------------------------- 1. 개요

    private void overview(ReportDocument doc) {
        doc.section(m("hwpx.round.overview"));
        doc.box(m("hwpx.round.reference", ReportDocument.date(round.getReferenceDate()),
                ReportDocument.date(round.getDeadline())));
        doc.box(m("hwpx.round.scope", messages.label(round.getScope()), current.total()));
        int pending = current.total() - current.submitted();
        doc.box(m("hwpx.round.submission", current.submitted(), current.submitted() - current.late(), current.late(),
                pending));
        List<String> pendingDepartments = current.departments().stream().filter(d -> d.pending() > 0)
                .map(d -> m("hwpx.round.pendingDepartment", d.name(), d.pending())).toList();
        if (!pendingDepartments.isEmpty()) {
            doc.circle(m("hwpx.round.pendingList", String.join(", ", pendingDepartments)));
        }
        doc.box(m("hwpx.round.ratings", counts(report.ratingLabels(), report.ratingTotal())));
        doc.circle(m("hwpx.round.signals", counts(report.signalLabels(), report.signalTotal())));
        if (report.previous() != null) {
            doc.circle(m("hwpx.round.previous", report.previous().getTitle(),
                    counts(report.ratingLabels(), report.previousRatingTotal()), report.changes().size()));
        }
    }

    private String counts(List<String> labels, RoundViews.Tally tally) {
        List<String> parts = new ArrayList<>();
        labels.forEach(l -> parts.add(m("hwpx.count", l, tally.count(l))));
        return String.join(", ", parts);
    }

    // ---------------------------------------------------------------- 2. 추진 현황

    private void progress(ReportDocument doc) {
        doc.section(m("hwpx.round.progress"));
        List<String> ratings = report.ratingLabels();
        List<String> signals = report.signalLabels();

        doc.box(m("hwpx.round.byArea"));
        Function<RoundViews.Row, String> areaName = r -> r.area() == null ? m("text.noArea")
                : r.area().getCode() + ". " + r.area().getName();
        Map<String, List<RoundViews.Row>> byArea = group(current.rows(), areaName);
        ReportTable areas = header(ReportTable.withColumns(widths(28, ratings.size() + signals.size(), 0)),
                m("hwpx.col.area"), ratings, signals, List.of());
        for (RoundViews.Line line : report.areas()) {
            areas.row(line(line.name(), line, ratings, signals, List.of(), byArea.getOrDefault(line.name(), List.of())));
        }
        areas.total(line(m("hwpx.col.total"), new RoundViews.Line(null, report.ratingTotal(), report.signalTotal(), null),
                ratings, signals, List.of(), current.rows()));
        doc.table(numeric(areas));

        doc.box(m("hwpx.round.byDepartment"));
        Map<Long, List<RoundViews.Row>> byDepartment = new LinkedHashMap<>();
        current.rows().forEach(r -> byDepartment.computeIfAbsent(r.entry().getDepartmentId(), k -> new ArrayList<>()).add(r));
        List<String> submission = List.of(m("hwpx.col.onTime"), m("hwpx.col.late"), m("hwpx.col.pending"));
        ReportTable departments = header(ReportTable.withColumns(widths(20, ratings.size() + signals.size(), 3)),
                m("hwpx.col.department"), ratings, signals, submission);
        for (RoundViews.Line line : report.departments()) {
            RoundViews.DepartmentProgress d = line.progress();
            departments.row(line(d.name(), line, ratings, signals,
                    List.of(d.submitted() - d.lateSubmitted(), d.lateSubmitted(), d.pending()),
                    byDepartment.getOrDefault(d.departmentId(), List.of())));
        }
        departments.total(line(m("hwpx.col.total"),
                new RoundViews.Line(null, report.ratingTotal(), report.signalTotal(), null), ratings, signals,
                List.of(current.submitted() - current.late(), current.late(), current.total() - current.submitted()),
                current.rows()));
        doc.table(numeric(departments));
        doc.paragraph(m("hwpx.round.progressNote"));
    }

    /** Column widths: the name column, one per count (and extra), the task count and the progress columns. */
    private static int[] widths(int name, int counts, int extra) {
        int[] w = new int[2 + counts + extra + 1];
        w[0] = name;
        w[1] = 7;
        for (int i = 2; i < w.length - 1; i++) {
            w[i] = 6;
        }
        w[w.length - 1] = 9;
        return w;
    }

    private ReportTable header(ReportTable t, String name, List<String> ratings, List<String> signals,
                               List<String> submission) {
        List<ReportTable.Span> top = new ArrayList<>();
        top.add(ReportTable.span(name, 2, 1));
        top.add(ReportTable.span(m("hwpx.col.tasks"), 2, 1));
        top.add(ReportTable.span(m("hwpx.col.rating"), 1, ratings.size()));
        top.add(ReportTable.span(m("hwpx.col.signal"), 1, signals.size()));
        if (!submission.isEmpty()) {
            top.add(ReportTable.span(m("hwpx.col.submission"), 1, submission.size()));
        }
        top.add(ReportTable.span(m("hwpx.col.progress"), 2, 1));
        t.header(top.toArray(ReportTable.Span[]::new));
        List<String> second = new ArrayList<>(ratings);
        second.addAll(signals);
        second.addAll(submission);
        t.header(second.toArray(String[]::new));
        return t;
    }

    private static ReportTable numeric(ReportTable t) {
        for (int c = 1; c < t.columnCount(); c++) {
            t.align(c, ReportTable.Align.RIGHT);
        }
        return t;
    }

    private String[] line(String name, RoundViews.Line line, List<String> ratings, List<String> signals,
                          List<Integer> extra, List<RoundViews.Row> rows) {
        List<String> cells = new ArrayList<>();
        cells.add(name);
        cells.add(String.valueOf(line.rating().total()));
        ratings.forEach(l -> cells.add(String.valueOf(line.rating().count(l))));
        signals.forEach(l -> cells.add(String.valueOf(line.signal().count(l))));
        extra.forEach(x -> cells.add(String.valueOf(x)));
        cells.add(averageProgress(rows));
        return cells.toArray(String[]::new);
    }

    /** The average of the progress the departments reported (%), over the tasks that reported one. */
    private String averageProgress(List<RoundViews.Row> rows) {
        List<Integer> reported = rows.stream().map(r -> r.entry().getProgress()).filter(Objects::nonNull).toList();
        if (reported.isEmpty()) {
            return "-";
        }
        double avg = reported.stream().mapToInt(Integer::intValue).average().orElse(0);
        return m("hwpx.percent", String.format(java.util.Locale.ROOT, "%.1f", avg));
    }

    private static <K> Map<K, List<RoundViews.Row>> group(List<RoundViews.Row> rows, Function<RoundViews.Row, K> key) {
        Map<K, List<RoundViews.Row>> out = new LinkedHashMap<>();
        rows.forEach(r -> out.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return out;
    }

    // ---------------------------------------------------------------- 3. 미흡·부진 과제

    private void laggards(ReportDocument doc) {
        doc.section(m("hwpx.round.laggards"));
        List<RoundViews.Row> under = report.underPerforming();
        if (under.isEmpty()) {
            doc.box(m("report.under.none"));
            return;
        }
        doc.box(m("hwpx.round.laggardCount", under.size()));
        ReportTable t = ReportTable.withColumns(22, 10, 12, 25, 25, 10)
                .header(m("hwpx.col.task"), m("hwpx.col.department"), m("hwpx.col.status"), m("hwpx.col.cause"),
                        m("hwpx.col.measures"), m("hwpx.col.due"))
                .align(1, ReportTable.Align.CENTER).align(2, ReportTable.Align.CENTER).align(5, ReportTable.Align.CENTER);
        for (RoundViews.Row row : under) {
            RoundEntry e = row.entry();
            Remedy r = row.remedy();
            String status = m("hwpx.round.ratingAndSignal", messages.label(e.getRating()),
                    messages.label(row.computed().status()));
            if (row.remedyState() != null) {
                status = status + "\n" + m("hwpx.round.remedyState", messages.label(row.remedyState()));
            }
            t.row(task(e), department(e), status,
                    r == null || r.getCause() == null ? m("hwpx.round.notWritten") : r.getCause(),
                    r == null || r.getMeasures() == null ? m("hwpx.round.notWritten") : r.getMeasures(),
                    r == null || r.getDueDate() == null ? "-" : ReportDocument.date(r.getDueDate()));
        }
        doc.table(t);
        for (RoundViews.Row row : under) {
            if (row.entry().getReviewComment() != null && !row.entry().getReviewComment().isBlank()) {
                doc.circle(m("hwpx.round.reviewComment", task(row.entry()), row.entry().getReviewComment()));
            }
        }
    }

    private static String task(RoundEntry e) {
        return e.getTask().getCode() + " " + e.getTask().getTitle();
    }

    private String department(RoundEntry e) {
        return e.getDepartment() == null ? "-" : e.getDepartment().getName();
    }

    // ---------------------------------------------------------------- 4. 향후 계획

    private void nextSteps(ReportDocument doc) {
        doc.section(m("hwpx.round.next"));
        List<RoundViews.Row> under = report.underPerforming();
        if (!under.isEmpty()) {
            doc.box(m("hwpx.round.next.remedies"));
            for (RoundViews.Row row : under) {
                Remedy r = row.remedy();
                RoundEntry e = row.entry();
                if (r == null || r.getMeasures() == null) {
                    doc.circle(m("hwpx.round.next.waiting", task(e), department(e)));
                    continue;
                }
                doc.circle(r.getDueDate() == null
                        ? m("hwpx.round.next.noDue", task(e), department(e), messages.label(row.remedyState()))
                        : m("hwpx.round.next.due", task(e), department(e), ReportDocument.date(r.getDueDate()),
                                messages.label(row.remedyState())));
                for (CheckRoundQueries.RevisionRow v : file.revisionsByRemedy().getOrDefault(r.getId(), List.of())) {
                    doc.dash(m("hwpx.round.next.revision", v.milestone(), months(v.oldStart(), v.oldEnd()),
                            months(v.newStart(), v.newEnd())));
                }
            }
        }
        if (!current.carriedOver().isEmpty()) {
            doc.box(m("hwpx.round.next.carried", current.carriedOver().size()));
            for (Remedy r : current.carriedOver()) {
                doc.circle(m("hwpx.round.next.carriedItem", task(r.getEntry()), department(r.getEntry()),
                        r.getEntry().getRound().getTitle(), messages.label(r.getState())));
            }
        }
        int pending = current.total() - current.submitted();
        if (pending > 0) {
            doc.box(m("hwpx.round.next.pending", pending));
        }
        doc.box(m("hwpx.round.next.round"));
        CheckRound next = file.next();
        if (next != null) {
            doc.circle(m("hwpx.round.next.scheduled", next.getTitle(), ReportDocument.date(next.getReferenceDate()),
                    ReportDocument.date(next.getDeadline())));
            return;
        }
        LocalDate reference = YearMonth.from(round.getReferenceDate()).plusMonths(round.isHalfYear() ? 6 : 3)
                .atEndOfMonth();
        if (reference.getYear() > round.getPlan().getPlanYear()) {
            doc.circle(m("hwpx.round.next.yearEnd", round.getPlan().getPlanYear()));
        } else {
            doc.circle(m("hwpx.round.next.proposed", ReportDocument.date(reference),
                    ReportDocument.date(reference.plusDays(file.deadlineDays())), file.deadlineDays()));
        }
    }

    private String months(YearMonth start, YearMonth end) {
        if (start == null && end == null) {
            return "-";
        }
        return m("hwpx.months", start == null ? "" : start.getYear() + "." + start.getMonthValue(),
                end == null ? "" : end.getYear() + "." + end.getMonthValue());
    }
}
