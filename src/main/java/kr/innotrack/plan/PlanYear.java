package kr.innotrack.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One year of a plan's history: the task count overall, per strategy (by node id), and departments involved. */
public record PlanYear(int year, Integer tasks, Integer departments, Map<Long, Integer> byNode) {

    static List<PlanYear> of(List<PlanHistory> rows) {
        Map<Integer, PlanYear> years = new LinkedHashMap<>();
        for (PlanHistory h : rows) {
            PlanYear y = years.computeIfAbsent(h.getHistoryYear(),
                    year -> new PlanYear(year, null, null, new LinkedHashMap<>()));
            if (h.getStrategyNodeId() == null) {
                years.put(y.year(), new PlanYear(y.year(), h.getTaskCount(), h.getDepartmentCount(), y.byNode()));
            } else {
                y.byNode().put(h.getStrategyNodeId(), h.getTaskCount());
            }
        }
        return new ArrayList<>(years.values());
    }

    public Integer count(Long nodeId) {
        return byNode.get(nodeId);
    }
}
