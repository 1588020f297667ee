package kr.innotrack.plan.rollover;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.innotrack.plan.PlanBlueprint;

/**
 * The year roll-over as data, without a database: what last year's plan proposes for the new year (every task continued,
 * each KPI's last actual as the new baseline, departments mapped through reorganisations), and the new plan's
 * {@link PlanBlueprint} from the planning admin's decisions.
 *
 * @param open       ids of the organization's open departments
 * @param successors closed department id → its open successor ({@code DepartmentService.successorMap})
 */
record RolloverMapping(Set<Long> open, Map<Long, Long> successors) {

    RolloverMapping {
        open = Set.copyOf(open);
        successors = Map.copyOf(successors);
    }

    /** A department of last year this year: itself while open, its successor when merged or split, else null. */
    Long department(Long id) {
        if (id == null || open.contains(id)) {
            return id;
        }
        Long successor = successors.get(id);
        return successor != null && open.contains(successor) ? successor : null;
    }

    /**
     * What the review page proposes for one task of last year.
     *
     * @param lead                the lead department this year (null when it went nowhere, or there was none)
     * @param leadMoved           last year's lead department was reorganised into {@code lead}
     * @param leadLost            last year's lead department was closed without a successor: the admin chooses one
     * @param collaborating       the collaborating departments this year (mapped, each once)
     * @param lostCollaborating   last year's collaborating departments closed without a successor (left out)
     * @param baselines           per KPI, the proposed baseline: last year's last actual, or else the old baseline
     */
    record TaskProposal(PlanBlueprint.TaskPlan source, Long lead, boolean leadMoved, boolean leadLost,
                        List<Long> collaborating, List<Long> lostCollaborating, List<BigDecimal> baselines) {
    }

    TaskProposal propose(PlanBlueprint.TaskPlan t) {
        Long lead = department(t.leadDepartmentId());
        boolean leadLost = t.leadDepartmentId() != null && lead == null;
        boolean leadMoved = t.leadDepartmentId() != null && lead != null && !lead.equals(t.leadDepartmentId());
        Set<Long> collaborating = new LinkedHashSet<>();
        List<Long> lost = new ArrayList<>();
        for (Long id : t.collaboratingDepartmentIds()) {
            Long mapped = department(id);
            if (mapped == null) {
                lost.add(id);
            } else {
                collaborating.add(mapped);
            }
        }
        List<BigDecimal> baselines = t.kpis().stream()
                .map(k -> k.lastActual() != null ? k.lastActual() : k.baseline()).toList();
        return new TaskProposal(t, lead, leadMoved, leadLost, List.copyOf(collaborating), List.copyOf(lost),
                baselines);
    }

    /** The admin's decision on one task of last year (only continued tasks are passed to {@link #build}). */
    record Decision(Long sourceTaskId, String title, Long leadDepartmentId, List<KpiDecision> kpis) {
    }

    /** A KPI's new baseline and target; the name, unit, direction and frequency are last year's. */
    record KpiDecision(BigDecimal baseline, BigDecimal target) {
    }

    /**
     * The new plan: last year's header with the new year (the years written in its title and calendar moved on),
     * the tree copied, the continued tasks in last year's order, each linked to its predecessor (계속), with its
     * schedule lines' years moved on and the admin's title, lead department and KPI baselines and targets.
     */
    PlanBlueprint build(PlanBlueprint source, Long sourcePlanId, int year, List<Decision> continued) {
        int years = year - source.header().year();
        PlanBlueprint.Header h = source.header();
        PlanBlueprint.Calendar c = h.calendar() == null ? PlanBlueprint.Calendar.EMPTY : h.calendar();
        PlanBlueprint.Header header = new PlanBlueprint.Header(year, ScheduleYears.shift(h.title(), years),
                h.subtitle(), h.vision(), h.goal(), h.strategies(), h.directions(),
                new PlanBlueprint.Calendar(ScheduleYears.shift(c.planning(), years),
                        ScheduleYears.shift(c.focusSelection(), years), ScheduleYears.shift(c.checks(), years),
                        ScheduleYears.shift(c.feedback(), years), ScheduleYears.shift(c.evaluation(), years)),
                sourcePlanId);
        Map<Long, Decision> byTask = new java.util.HashMap<>();
        continued.forEach(d -> byTask.put(d.sourceTaskId(), d));
        List<PlanBlueprint.TaskPlan> tasks = new ArrayList<>();
        for (PlanBlueprint.TaskPlan t : source.tasks()) {
            Decision d = byTask.get(t.sourceTaskId());
            if (d == null) {
                continue;
            }
            TaskProposal proposal = propose(t);
            List<PlanBlueprint.ScheduleLine> schedule = t.schedule().stream()
                    .map(s -> new PlanBlueprint.ScheduleLine(s.description(), s.detail(),
                            ScheduleYears.shift(s.scheduleText(), years)))
                    .toList();
            List<PlanBlueprint.Indicator> kpis = new ArrayList<>();
            for (int i = 0; i < t.kpis().size(); i++) {
                PlanBlueprint.Indicator k = t.kpis().get(i);
                KpiDecision kd = i < d.kpis().size() ? d.kpis().get(i) : null;
                BigDecimal baseline = kd != null ? kd.baseline() : proposal.baselines().get(i);
                BigDecimal target = kd != null && kd.target() != null ? kd.target() : k.target();
                kpis.add(new PlanBlueprint.Indicator(k.name(), k.unit(), baseline, target, k.direction(),
                        k.frequency(), k.accumulation(), k.sourceNote(), null));
            }
            Long lead = d.leadDepartmentId();
            List<Long> collaborating = proposal.collaborating().stream().filter(id -> !id.equals(lead)).toList();
            tasks.add(new PlanBlueprint.TaskPlan(t.nodeCode(), t.code(), d.title(), lead, collaborating,
                    t.collaborators(), t.officer(), t.phone(), t.budgetText(), true, t.representative(),
                    t.background(), t.details(), t.before(), t.after(), schedule, kpis, null, t.sourceTaskId()));
        }
        return new PlanBlueprint(header, source.nodes(), tasks);
    }
}
