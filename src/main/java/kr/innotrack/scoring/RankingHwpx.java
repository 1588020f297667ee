package kr.innotrack.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.innotrack.document.ReportDocument;
import kr.innotrack.document.ReportTable;
import kr.innotrack.plan.Plan;
import kr.innotrack.shared.Messages;

/**
 * The year-end evaluation result (부서 평가 결과 보고) as a 한글 보고서, from the ranking page's numbers: 1. 개요 (the
 * evaluation date, the departments, the model's weights, the vote), 2. the ranking with each active component's score
 * (filled values marked 「*」) and the departments listed apart, 3. the awards once confirmed (as frozen).
 */
final class RankingHwpx {

    private RankingHwpx() {
    }

    static String fileName(Plan plan, Messages messages) {
        return messages.get("hwpx.ranking.title", messages.planTitle(plan.getPlanYear(), plan.getTitle())) + ".hwpx";
    }

    static ReportDocument of(ScoringQueries.Ranking ranking, AwardResult award, LocalDate today, Messages messages) {
        Plan plan = ranking.plan();
        List<Component> components = RankingChart.activeComponents(ranking);
        ReportDocument doc = ReportDocument.titled(messages.get("hwpx.ranking.title",
                        messages.planTitle(plan.getPlanYear(), plan.getTitle()))).landscape()
                .byline(messages.get("hwpx.byline", plan.getOrganization().getName(),
                        messages.planTitle(plan.getPlanYear(), plan.getTitle())))
                .byline(messages.get("hwpx.written", ReportDocument.date(today)));

        doc.section(messages.get("hwpx.ranking.overview"));
        doc.box(messages.get("hwpx.ranking.date", ReportDocument.date(ranking.evaluationDate())));
        if (ranking.interim()) {
            doc.circle(messages.get("hwpx.ranking.interim"));
        }
        int ranked = ranking.departments().size();
        int apart = ranking.insufficient().size();
        doc.box(messages.get("hwpx.ranking.departments", ranked + apart, ranked, apart));
        List<String> weights = new ArrayList<>();
        components.forEach(c -> weights.add(messages.get("hwpx.ranking.weight", messages.label(c),
                ranking.model().weights().percent().get(c))));
        doc.box(ranking.model().versionNo() > 0
                ? messages.get("hwpx.ranking.model", ranking.model().versionNo(), String.join(", ", weights))
                : messages.get("hwpx.ranking.modelDefault", String.join(", ", weights)));
        if (components.contains(Component.CONTEST)) {
            doc.circle(messages.get("hwpx.ranking.vote", messages.get(ranking.voteClosed()
                    ? "hwpx.ranking.voteClosed" : "hwpx.ranking.voteOpen")));
        }

        doc.section(messages.get("hwpx.ranking.ranking"));
        if (ranking.departments().isEmpty()) {
            doc.box(messages.get("hwpx.ranking.none"));
        } else {
            doc.table(table(ranking, components, messages));
            doc.paragraph(messages.get("hwpx.ranking.filledNote"));
        }
        if (apart > 0) {
            List<String> names = ranking.insufficient().stream().map(d -> messages.get("hwpx.ranking.insufficientItem",
                    d.name(), ScoreCalculator.fmt(d.coveragePercent()))).toList();
            doc.box(messages.get("hwpx.ranking.insufficient", String.join(", ", names)));
        }

        doc.section(messages.get("hwpx.ranking.awards"));
        if (award == null) {
            doc.box(messages.get("hwpx.ranking.awards.notYet"));
        } else {
            doc.box(messages.get("hwpx.ranking.awards.confirmed",
                    ReportDocument.date(award.getConfirmedAt().toLocalDate()), award.getConfirmedBy()));
            ReportTable t = ReportTable.withColumns(8, 24, 14, 12, 10, 16)
                    .header(messages.get("hwpx.col.rank"), messages.get("hwpx.col.department"),
                            messages.get("hwpx.col.grade"), messages.get("hwpx.col.score"),
                            messages.get("hwpx.col.tasks"), messages.get("hwpx.col.amount"))
                    .align(0, ReportTable.Align.CENTER).align(2, ReportTable.Align.CENTER).numeric(3, 4, 5);
            for (AwardLine line : award.getLines()) {
                t.row(String.valueOf(line.getRank()), line.getDepartmentName(),
                        line.getGrade() == null ? "-" : line.getGrade(),
                        line.getScore() == null ? "-" : line.getScore().stripTrailingZeros().toPlainString(),
                        String.valueOf(line.getTaskCount()),
                        line.getAmountThousandWon() == null ? "-" : String.format(java.util.Locale.ROOT, "%,d", line.getAmountThousandWon()));
            }
            doc.table(t);
            if (award.getTieNote() != null && !award.getTieNote().isBlank()) {
                doc.circle(messages.get("hwpx.ranking.tieNote", award.getTieNote()));
            }
        }
        return doc;
    }

    private static ReportTable table(ScoringQueries.Ranking ranking, List<Component> components, Messages messages) {
        int[] widths = new int[5 + components.size()];
        widths[0] = 6;
        widths[1] = 18;
        widths[2] = 8;
        widths[3] = 7;
        widths[4] = 8;
        for (int i = 5; i < widths.length; i++) {
            widths[i] = 9;
        }
        ReportTable t = ReportTable.withColumns(widths);
        int headRows = components.isEmpty() ? 1 : 2;
        List<ReportTable.Span> top = new ArrayList<>(List.of(
                ReportTable.span(messages.get("hwpx.col.rank"), headRows, 1),
                ReportTable.span(messages.get("hwpx.col.department"), headRows, 1),
                ReportTable.span(messages.get("hwpx.col.score"), headRows, 1),
                ReportTable.span(messages.get("hwpx.col.tasks"), headRows, 1),
                ReportTable.span(messages.get("hwpx.col.coverage"), headRows, 1)));
        if (!components.isEmpty()) {
            top.add(ReportTable.span(messages.get("hwpx.col.components"), 1, components.size()));
        }
        t.header(top.toArray(ReportTable.Span[]::new));
        if (!components.isEmpty()) {
            t.header(components.stream().map(c -> messages.get("hwpx.col.componentWeight", messages.label(c),
                    ranking.model().weights().percent().get(c) + "%")).toArray(String[]::new));
        }
        for (ScoreCalculator.DepartmentScore d : ranking.departments()) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(d.rank()), d.name(), ScoreCalculator.fmt(d.score()),
                    String.valueOf(d.taskCount()), ScoreCalculator.fmt(d.coveragePercent()) + "%"));
            for (Component c : components) {
                Double v = d.values().get(c);
                cells.add(v == null ? "-" : ScoreCalculator.fmt(v) + (d.isFilled(c) ? "*" : ""));
            }
            t.row(cells);
        }
        t.align(0, ReportTable.Align.CENTER);
        for (int c = 2; c < t.columnCount(); c++) {
            t.align(c, ReportTable.Align.RIGHT);
        }
        return t;
    }
}
