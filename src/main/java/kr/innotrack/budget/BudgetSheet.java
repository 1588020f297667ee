package kr.innotrack.budget;

import java.util.ArrayList;
import java.util.List;
import kr.innotrack.document.OfficeColumn;
import kr.innotrack.document.OfficeSheet;
import kr.innotrack.document.OfficeWorkbook;
import kr.innotrack.plan.Plan;
import kr.innotrack.shared.Messages;

/**
 * The budget execution table as .xlsx, from the page's own {@link BudgetQueries.PlanBudget}: 부서별 (to date up to
 * the chosen quarter, with the office total) and 사업별 (each line's plan and execution per quarter, grouped under
 * the quarter as on the page). Amounts in 백만원, rates in percent.
 */
final class BudgetSheet {

    private BudgetSheet() {
    }

    static byte[] write(BudgetQueries.PlanBudget b, Messages messages) {
        Plan plan = b.plan();
        String title = messages.planTitle(plan.getPlanYear(), plan.getTitle()) + " " + messages.get("budget.title");
        String subtitle = messages.get("xlsx.budget.subtitle", b.quarter());
        String annual = messages.get("xlsx.budget.annual", plan.getPlanYear());
        try (OfficeWorkbook wb = new OfficeWorkbook()) {
            OfficeSheet divisions = wb.sheet(messages.get("xlsx.budget.divisions"), title, subtitle, List.of(
                    OfficeColumn.text(messages.get("budget.col.division")),
                    OfficeColumn.integer(messages.get("budget.col.items")),
                    OfficeColumn.millionWon(annual),
                    OfficeColumn.millionWon(messages.get("budget.col.planned")),
                    OfficeColumn.millionWon(messages.get("budget.col.executed")),
                    OfficeColumn.percent(messages.get("budget.col.rate")),
                    OfficeColumn.text(messages.get("xlsx.budget.over"))));
            for (BudgetQueries.DivisionView d : b.divisions()) {
                divisions.row(figures(d.name(), d.items(), d.figures(), messages));
            }
            divisions.row(figures(messages.get("budget.office"), b.items().size(), b.office(), messages));

            List<OfficeColumn> columns = new ArrayList<>(List.of(
                    OfficeColumn.text(messages.get("tasks.col.code")),
                    OfficeColumn.longText(messages.get("xlsx.budget.task")),
                    OfficeColumn.text(messages.get("tasks.col.dept")),
                    OfficeColumn.longText(messages.get("budget.col.item")),
                    OfficeColumn.millionWon(annual)));
            for (int q = 1; q <= 4; q++) {
                String group = messages.get("xlsx.budget.quarter", q);
                columns.add(OfficeColumn.millionWon(messages.get("budget.chart.planned")).in(group));
                columns.add(OfficeColumn.millionWon(messages.get("budget.chart.executed")).in(group));
            }
            columns.add(OfficeColumn.percent(messages.get("xlsx.budget.lineRate")).in(messages.get("budget.col.rate")));
            columns.add(OfficeColumn.percent(messages.get("xlsx.budget.taskRate")).in(messages.get("budget.col.rate")));
            columns.add(OfficeColumn.longText(messages.get("budget.field.note")));
            OfficeSheet items = wb.sheet(messages.get("budget.byItem"), title, subtitle, columns);
            for (BudgetQueries.ItemView item : b.items()) {
                for (BudgetQueries.LineView lv : item.lines()) {
                    List<Object> values = new ArrayList<>();
                    values.add(item.task().code());
                    values.add(item.task().title());
                    values.add(item.task().leadDepartment());
                    values.add(lv.line().getName());
                    values.add(lv.line().getAmountMillion());
                    for (BudgetQueries.Cell c : lv.quarters()) {
                        values.add(c.planned());
                        values.add(c.executed());
                    }
                    values.add(lv.figures().rate());
                    values.add(item.figures().rate());
                    values.add(lv.line().getNote());
                    items.row(values.toArray());
                }
            }
            return wb.toBytes();
        }
    }

    private static Object[] figures(String name, int items, BudgetFigures f, Messages messages) {
        return new Object[] {name, items, f.annual(), f.plannedToDate(), f.executedToDate(), f.rate(),
                f.overExecuted() ? messages.get("budget.over") : null};
    }
}
