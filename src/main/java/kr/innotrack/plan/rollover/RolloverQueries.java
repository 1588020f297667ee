package kr.innotrack.plan.rollover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.innotrack.organization.Department;
import kr.innotrack.organization.DepartmentService;
import kr.innotrack.plan.Plan;
import kr.innotrack.plan.PlanBlueprint;
import kr.innotrack.plan.PlanBlueprints;
import kr.innotrack.plan.PlanQueries;
import kr.innotrack.plan.PlanSummary;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.web.RejectedInput;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the roll-over: the review of last year's plan, and the rules a decision must meet. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class RolloverQueries {

    private final PlanQueries plans;
    private final PlanBlueprints blueprints;
    private final DepartmentService departments;

    /**
     * Everything the review page shows and the roll-over needs.
     *
     * @param source      last year's plan as a blueprint (retired tasks left out)
     * @param proposals   one per task of {@code source}, in its order
     * @param takenYears  the years the organization already has a plan for
     * @param names       department id → name, closed departments too (last year's names)
     */
    record Review(Plan plan, PlanBlueprint source, RolloverMapping mapping, List<RolloverMapping.TaskProposal> proposals,
                  List<Department> openDepartments, Map<Long, String> names, Set<Integer> takenYears,
                  Map<String, Integer> depth) {

        public RolloverMapping.TaskProposal proposal(Long sourceTaskId) {
            if (sourceTaskId == null) {
                return null;
            }
            return proposals.stream().filter(p -> sourceTaskId.equals(p.source().sourceTaskId())).findFirst()
                    .orElse(null);
        }

        /** The departments' names, joined: what the page says of the collaborating departments left out. */
        public String namesOf(List<Long> ids) {
            return String.join(", ", ids.stream().map(id -> names.getOrDefault(id, String.valueOf(id))).toList());
        }

        /** Every problem of one decision at once, beside its field; a field the binder marked keeps its message. */
        void check(RolloverCommands.Rollover decision) {
            RejectedInput.Collector problems = RejectedInput.collect();
            Integer year = decision.year();
            if (year == null) {
                problems.reject("year", "rollover.year.required");
            } else if (takenYears.contains(year)) {
                problems.reject("year", "rollover.year.taken", year);
            } else if (year <= source.header().year()) {
                problems.reject("year", "rollover.year.notLater", source.header().year());
            }
            Set<Long> seen = new HashSet<>();
            boolean changed = decision.lines().size() != proposals.size();
            for (int i = 0; i < decision.lines().size(); i++) {
                RolloverCommands.Line line = decision.lines().get(i);
                RolloverMapping.TaskProposal p = line == null ? null : proposal(line.sourceTaskId());
                if (p == null || !seen.add(line.sourceTaskId())) {
                    changed = true;
                    continue;
                }
                if (!line.keep()) {
                    continue;
                }
                String at = "tasks[" + i + "].";
                if (line.title() == null || line.title().isBlank()) {
                    problems.reject(at + "title", "rollover.title.required");
                }
                if (line.leadDepartmentId() == null && p.source().leadDepartmentId() != null) {
                    problems.reject(at + "leadDepartmentId", "rollover.lead.required");
                } else if (line.leadDepartmentId() != null && !mapping.open().contains(line.leadDepartmentId())) {
                    problems.reject(at + "leadDepartmentId", "rollover.lead.unknown");
                }
                for (int k = 0; k < p.source().kpis().size(); k++) {
                    RolloverMapping.KpiDecision kd = k < line.kpis().size() ? line.kpis().get(k) : null;
                    if (kd == null || kd.target() == null) {
                        problems.reject(at + "kpis[" + k + "].target", "rollover.kpi.targetRequired");
                    }
                }
            }
            if (changed) {
                problems.reject(null, "rollover.tasks.changed");
            }
            problems.throwIfAny();
        }

        /** The continued tasks' decisions (after {@link #check}). */
        List<RolloverMapping.Decision> continued(RolloverCommands.Rollover decision) {
            List<RolloverMapping.Decision> continued = new ArrayList<>();
            for (RolloverCommands.Line line : decision.lines()) {
                if (line != null && line.keep()) {
                    continued.add(new RolloverMapping.Decision(line.sourceTaskId(), line.title(),
                            line.leadDepartmentId(), line.kpis()));
                }
            }
            return continued;
        }
    }

    /** Only a planning admin rolls a plan over (403), and only a plan of their organization (404). */
    Review review(Long planId, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "rollover.what");
        Plan plan = plans.visiblePlan(planId, user);
        PlanBlueprint source = blueprints.of(planId, user);
        Long organizationId = user.organizationId();
        List<Department> all = departments.departmentsOf(organizationId);
        Map<Long, String> names = new HashMap<>();
        Set<Long> open = new HashSet<>();
        List<Department> openDepartments = new ArrayList<>();
        for (Department d : all) {
            names.put(d.getId(), d.getName());
            if (d.isOpen()) {
                open.add(d.getId());
                openDepartments.add(d);
            }
        }
        RolloverMapping mapping = new RolloverMapping(open, departments.successorMap(organizationId));
        Set<Integer> taken = new HashSet<>();
        for (PlanSummary s : plans.summaries(user)) {
            taken.add(s.year());
        }
        Map<String, Integer> depth = new HashMap<>();
        for (PlanBlueprint.Node n : source.nodes()) {
            depth.put(n.code(), n.parentCode() == null ? 0 : depth.getOrDefault(n.parentCode(), 0) + 1);
        }
        return new Review(plan, source, mapping, source.tasks().stream().map(mapping::propose).toList(),
                openDepartments, names, taken, depth);
    }
}
