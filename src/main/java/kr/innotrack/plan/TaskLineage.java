package kr.innotrack.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A continued task's earlier years (계속 과제의 지난 연도): the chain of tasks it continues, each with how its year
 * ended (milestones done of all, each KPI's last value and achievement). Four statements whatever the chain's
 * length (at most 10 years back), none for a task that continues nothing.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class TaskLineage {

    static final int DEPTH = 10;

    private final TaskRepository tasks;
    private final MilestoneRepository milestones;
    private final KpiRepository kpis;

    List<EarlierYear> earlierYears(Task task) {
        if (task.getPredecessorId() == null) {
            return List.of();
        }
        List<Long> chain = tasks.predecessorChain(task.getId()).stream().map(Number::longValue).toList();
        if (chain.isEmpty()) {
            return List.of();
        }
        Map<Long, Task> byId = new HashMap<>();
        tasks.findWithPlan(chain, task.getPlan().getOrganization().getId()).forEach(t -> byId.put(t.getId(), t));
        Map<Long, int[]> counts = new HashMap<>();
        for (Milestone m : milestones.findByTaskIds(chain)) {
            int[] c = counts.computeIfAbsent(m.getTaskId(), k -> new int[2]);
            c[1]++;
            if (m.getStatus() == MilestoneStatus.DONE) {
                c[0]++;
            }
        }
        Map<Long, Map<Kpi, List<KpiActual>>> last = new HashMap<>();
        for (Object[] row : kpis.withActualsOfTasks(chain)) {
            Kpi k = (Kpi) row[0];
            KpiActual a = (KpiActual) row[1];
            Map<Kpi, List<KpiActual>> ofTask = last.computeIfAbsent(k.getTaskId(), x -> new LinkedHashMap<>());
            Task owner = byId.get(k.getTaskId());
            // rows come by year and quarter: the values of the task's own plan year count
            List<KpiActual> kept = ofTask.computeIfAbsent(k, x -> new ArrayList<>());
            if (a != null && owner != null && a.getActualYear() == owner.getPlan().getPlanYear()) {
                kept.add(a);
            }
        }
        List<EarlierYear> years = new ArrayList<>();
        for (Long id : chain) {
            Task t = byId.get(id);
            if (t == null) {
                continue;
            }
            int[] c = counts.getOrDefault(id, new int[2]);
            List<EarlierYear.KpiResult> results = last.getOrDefault(id, Map.of()).entrySet().stream()
                    .map(e -> new EarlierYear.KpiResult(e.getKey().getName(), e.getKey().getUnit(),
                            KpiAchievement.figure(e.getKey().getAccumulation(), e.getValue()),
                            e.getValue().isEmpty() ? null : KpiAchievement.rate(e.getKey(), e.getValue())))
                    .toList();
            years.add(new EarlierYear(t.getPlan().getId(), t.getId(), t.getPlan().getPlanYear(), t.getCode(),
                    t.getTitle(), t.retired(), c[0], c[1], results));
        }
        return years;
    }
}
