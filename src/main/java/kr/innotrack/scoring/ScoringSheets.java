package kr.innotrack.scoring;

import java.util.ArrayList;
import java.util.List;
import kr.innotrack.document.OfficeColumn;
import kr.innotrack.document.OfficeSheet;
import kr.innotrack.document.OfficeWorkbook;
import kr.innotrack.plan.Plan;
import kr.innotrack.shared.Messages;

/**
 * The ranking and the confirmed awards as .xlsx, from the pages' own readings: {@link ScoringQueries.Ranking} (the
 * ranked departments with each component's score under its weight, then those listed apart) and the frozen
 * {@link AwardResult}.
 */
final class ScoringSheets {

    private ScoringSheets() {
    }

    static byte[] ranking(ScoringQueries.Ranking ranking, Messages messages) {
        Plan plan = ranking.plan();
        String title = messages.get("xlsx.ranking.title", messages.planTitle(plan.getPlanYear(), plan.getTitle()));
        String subtitle = messages.get(ranking.interim() ? "xlsx.ranking.subtitle.interim" : "xlsx.ranking.subtitle",
                plan.getOrganization().getName(), ranking.evaluationDate(), ranking.model().versionNo(),
                ranking.model().settings().minCoverage());
        List<Component> components = RankingChart.activeComponents(ranking);
        String items = messages.get("xlsx.ranking.components");
        String tasks = messages.get("xlsx.ranking.tasks");
        List<OfficeColumn> columns = new ArrayList<>(List.of(
                OfficeColumn.integer(messages.get("xlsx.ranking.rank")),
                OfficeColumn.text(messages.get("xlsx.ranking.department")),
                OfficeColumn.decimal(messages.get("xlsx.ranking.score"))));
        components.forEach(c -> columns.add(OfficeColumn.decimal(messages.get("scoring.csv.ranking.weight",
                Messages.word(c), String.valueOf(ranking.model().weights().percent().get(c)))).in(items)));
        columns.add(OfficeColumn.text(messages.get("xlsx.ranking.filled")));
        columns.add(OfficeColumn.percent(messages.get("xlsx.ranking.coverage")));
        columns.add(OfficeColumn.integer(messages.get("xlsx.ranking.lead")).in(tasks));
        columns.add(OfficeColumn.integer(messages.get("xlsx.ranking.collaborating")).in(tasks));
        try (OfficeWorkbook wb = new OfficeWorkbook()) {
            OfficeSheet ranked = wb.sheet(messages.get("xlsx.ranking.sheet"), title, subtitle, columns);
            for (ScoreCalculator.DepartmentScore d : ranking.departments()) {
                ranked.row(scoreRow(d, components, messages).toArray());
            }
            OfficeSheet apart = wb.sheet(messages.get("xlsx.ranking.insufficient"), title,
                    messages.get("xlsx.ranking.insufficient.subtitle", ranking.model().settings().minCoverage()), List.of(
                            OfficeColumn.text(messages.get("xlsx.ranking.department")),
                            OfficeColumn.text(messages.get("xlsx.ranking.reason")),
                            OfficeColumn.percent(messages.get("xlsx.ranking.coverage")),
                            OfficeColumn.integer(messages.get("xlsx.ranking.lead")).in(tasks),
                            OfficeColumn.integer(messages.get("xlsx.ranking.collaborating")).in(tasks),
                            OfficeColumn.decimal(messages.get("xlsx.ranking.reference"))));
            for (ScoreCalculator.DepartmentScore d : ranking.insufficient()) {
                apart.row(d.name(), messages.label(d.standing()), d.coveragePercent(), d.leadTasks(),
                        d.taskCount() - d.leadTasks(), d.score());
            }
            return wb.toBytes();
        }
    }

    private static List<Object> scoreRow(ScoreCalculator.DepartmentScore d, List<Component> components, Messages messages) {
        List<Object> values = new ArrayList<>();
        values.add(d.rank());
        values.add(d.name());
        values.add(d.score());
        components.forEach(c -> values.add(d.values().get(c)));
        values.add(String.join(", ", components.stream().filter(d::isFilled).map(messages::label).toList()));
        values.add(d.coveragePercent());
        values.add(d.leadTasks());
        values.add(d.taskCount() - d.leadTasks());
        return values;
    }

    static byte[] awards(Plan plan, AwardResult result, Messages messages) {
        String title = messages.get("xlsx.awards.title", messages.planTitle(plan.getPlanYear(), plan.getTitle()));
        String subtitle = messages.get("xlsx.awards.subtitle", plan.getOrganization().getName(),
                result.getConfirmedAt().toLocalDate(), result.getConfirmedBy(), result.getModelVersionNo())
                + (result.getTieNote() == null ? "" : "\n" + result.getTieNote());
        try (OfficeWorkbook wb = new OfficeWorkbook()) {
            OfficeSheet sheet = wb.sheet(messages.get("xlsx.awards.sheet"), title, subtitle, List.of(
                    OfficeColumn.integer(messages.get("xlsx.ranking.rank")),
                    OfficeColumn.text(messages.get("xlsx.ranking.department")),
                    OfficeColumn.decimal(messages.get("xlsx.ranking.score")),
                    OfficeColumn.integer(messages.get("xlsx.awards.taskCount")),
                    OfficeColumn.text(messages.get("xlsx.awards.grade")),
                    OfficeColumn.thousandWon(messages.get("xlsx.awards.amount")),
                    OfficeColumn.longText(messages.get("xlsx.awards.components"))));
            for (AwardLine l : result.getLines()) {
                sheet.row(l.getRank(), l.getDepartmentName(), l.getScore(), l.getTaskCount(), l.getGrade(),
                        l.getAmountThousandWon(), l.getComponents());
            }
            return wb.toBytes();
        }
    }
}
