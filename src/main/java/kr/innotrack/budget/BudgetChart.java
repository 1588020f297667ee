package kr.innotrack.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kr.innotrack.shared.Charts;

/** Planned vs executed budget per quarter over the whole plan (백만원), as a chart and as numbers. */
record BudgetChart(String json, List<Quarter> quarters) {

    record Quarter(int quarter, BigDecimal planned, BigDecimal executed) {
    }

    static BudgetChart of(BudgetService.PlanBudget view) {
        BigDecimal[] planned = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        BigDecimal[] executed = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (BudgetService.ItemView item : view.items()) {
            for (BudgetService.LineView line : item.lines()) {
                for (BudgetService.Cell c : line.quarters()) {
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
            labels.add((i + 1) + "/4분기");
        }
        String json = Charts.bar(labels, List.of(
                new Charts.Series("계획", quarters.stream().map(Quarter::planned).toList(), Charts.GREY),
                new Charts.Series("집행", quarters.stream().map(Quarter::executed).toList(), Charts.BLUE)),
                false, false, "백만원");
        return new BudgetChart(json, quarters);
    }
}
