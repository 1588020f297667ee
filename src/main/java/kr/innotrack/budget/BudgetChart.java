package kr.innotrack.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kr.innotrack.shared.Charts;
import kr.innotrack.shared.Messages;

/** Planned vs executed budget per quarter over the whole plan (백만원), as a chart and as numbers. */
record BudgetChart(String json, List<Quarter> quarters) {

    record Quarter(int quarter, BigDecimal planned, BigDecimal executed) {
    }

    static BudgetChart of(BudgetQueries.PlanBudget view, Messages messages) {
        BigDecimal[] planned = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        BigDecimal[] executed = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (BudgetQueries.ItemView item : view.items()) {
            for (BudgetQueries.LineView line : item.lines()) {
                for (BudgetQueries.Cell c : line.quarters()) {
                    int i = c.quarter() - 1;
                    planned[i] = planned[i].add(c.planned() == null ? BigDecimal.ZERO : c.planned());
                    executed[i] = executed[i].add(c.executed() == null ? BigDecimal.ZERO : c.executed());
                }
            }
        }
        List<Quarter> quarters = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            quarters.add(new Quarter(i + 1, planned[i], executed[i]));
            labels.add(messages.get("budget.chart.quarter", i + 1));
        }
        String json = Charts.bar(labels, List.of(
                new Charts.Series(messages.get("budget.chart.planned"), quarters.stream().map(Quarter::planned).toList(), Charts.GREY),
                new Charts.Series(messages.get("budget.chart.executed"), quarters.stream().map(Quarter::executed).toList(), Charts.BLUE)),
                false, false, messages.get("budget.chart.unit"));
        return new BudgetChart(json, quarters);
    }
}
