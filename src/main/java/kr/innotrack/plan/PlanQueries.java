package kr.innotrack.plan;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.PageCache;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of plans: the list of plans, one plan with its strategy tree, task counts and status. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PlanQueries {

    private final PlanRepository plans;
    private final StrategyNodeRepository nodes;
    private final TaskRepository tasks;
    private final MilestoneRepository milestones;
    private final PlanHistoryRepository history;
    private final KpiRepository kpis;
    private final Messages messages;
    private final Clock clock;
    private final PageCache cache;

    /** The plans of the signed-in user's organization; drafts only for its planning admins. */
    public List<PlanSummary> summaries(CurrentUser user) {
        return plans.summaries(user.organizationId()).stream()
                .filter(p -> user.admin() || p.state().visibleToDepartments()).toList();
    }

    /**
     * A plan of the user's organization as this user may see it: a draft (작성 중) is "not found" for anyone but a
     * planning admin, exactly like another organization's plan.
     */
    public Plan visiblePlan(Long planId, CurrentUser user) {
        Plan plan = plan(planId, user.organizationId());
        if (plan.draft() && !user.admin()) {
            throw new NotFoundException("plan.record", planId);
        }
        return plan;
    }

    /** A plan of the given organization; another organization's plan is "not found", whatever its id. */
    public Plan plan(Long planId, Long organizationId) {
        return plans.findInOrganization(planId, organizationId)
                .orElseThrow(() -> new NotFoundException("plan.record", planId));
    }

    public List<StrategyNode> nodes(Long planId) {
        return nodes.findByPlanIdOrderBySortOrder(planId);
    }

    public PlanOverview overview(Long planId, Long organizationId) {
        return overview(plan(planId, organizationId), null);
    }

    /**
     * The overview as at a reference date (기준일), clamped to the plan year; none: today, or the year's end once the
     * year is over or the plan closed ({@link #referenceDate}). Counts, done rate, overdue and the charts all come from
     * the same milestones as they stood that day ({@link Milestone#statusOn}), in a fixed number of statements.
     */
    public PlanOverview overview(Plan plan, java.time.LocalDate requested) {
        // cached by the plan's data version, read first (docs/performance.md); the plan itself is read again after it
        // keyed by the date the overview is computed for (moved into the plan year) and whether it was moved, not by
        // the date asked: odd ?date= values make at most two entries per day of the year
        java.time.LocalDate asOf = referenceDate(plan, requested);
        return cache.ofPlan("overview", plan.getId(), plan.getOrganization().getId(),
                List.of(asOf, requested != null && !requested.equals(asOf)),
                () -> computeOverview(plans.findInOrganization(plan.getId(), plan.getOrganization().getId()).orElse(plan),
                        requested));
    }

    private PlanOverview computeOverview(Plan plan, java.time.LocalDate requested) {
        Long planId = plan.getId();
        java.time.LocalDate asOf = referenceDate(plan, requested);
        Map<Long, Long> taskCounts = new HashMap<>();
        Map<Long, Long> nodeOfActiveTask = new HashMap<>();
        for (Object[] row : tasks.activeTasksByNode(planId)) {
            nodeOfActiveTask.put((Long) row[0], (Long) row[1]);
            taskCounts.merge((Long) row[1], 1L, Long::sum);
        }
        List<Milestone> all = milestones.readByPlan(planId); // read copies: counted and charted, never changed
        Map<Long, StatusCounts> statusByNode = new HashMap<>();
        for (Milestone m : all) {
            Long node = nodeOfActiveTask.get(m.getTaskId());
            if (node != null) { // retired tasks apart
                statusByNode.computeIfAbsent(node, id -> new StatusCounts())
                        .add(m.statusOn(asOf), 1, m.overdueOn(asOf) ? 1 : 0);
            }
        }
        List<NodeView> roots = tree(nodes(planId), taskCounts, statusByNode);
        StatusCounts total = new StatusCounts();
        long taskCount = 0;
        for (NodeView root : roots) {
            total.addAll(root.status());
            taskCount += root.taskCount();
        }
        PlanCharts charts = PlanCharts.of(roots, TaskQueries.ProgressData.of(all, kpis.readWithActualsOfPlan(planId)),
                plan.getPlanYear(), asOf, messages);
        return new PlanOverview(plan, roots, total, taskCount, YearMonth.from(asOf),
                PlanYear.of(history.findByPlanIdOrderByHistoryYearAsc(planId)), charts,
                plan.getPredecessorId() == null ? null
                        : plans.findInOrganization(plan.getPredecessorId(), plan.getOrganization().getId())
                                .map(Plan::getPlanYear).orElse(null),
                asOf, requested != null && !requested.equals(asOf));
    }

    /**
     * The overview's reference date: the one asked for, moved into the plan year if outside it; none asked: today
     * inside the year, its end once the year is over or the plan is closed, its first day before it begins.
     */
    public java.time.LocalDate referenceDate(Plan plan, java.time.LocalDate requested) {
        java.time.LocalDate first = java.time.LocalDate.of(plan.getPlanYear(), 1, 1);
        java.time.LocalDate last = java.time.LocalDate.of(plan.getPlanYear(), 12, 31);
        java.time.LocalDate date = requested != null ? requested
                : plan.closed() ? last : java.time.LocalDate.now(clock);
        return date.isBefore(first) ? first : date.isAfter(last) ? last : date;
    }

    /** Builds the tree bottom-up so every node carries the totals of its subtree. */
    static List<NodeView> tree(List<StrategyNode> all, Map<Long, Long> taskCounts,
                               Map<Long, StatusCounts> statusByNode) {
        Map<Long, List<StrategyNode>> childrenOf = new LinkedHashMap<>();
        List<StrategyNode> roots = new ArrayList<>();
        for (StrategyNode node : all) {
            if (node.getParentId() == null) {
                roots.add(node);
            } else {
                childrenOf.computeIfAbsent(node.getParentId(), k -> new ArrayList<>()).add(node);
            }
        }
        return roots.stream().map(r -> view(r, childrenOf, taskCounts, statusByNode)).toList();
    }

    private static NodeView view(StrategyNode node, Map<Long, List<StrategyNode>> childrenOf,
                                 Map<Long, Long> taskCounts, Map<Long, StatusCounts> statusByNode) {
        List<NodeView> children = childrenOf.getOrDefault(node.getId(), List.of()).stream()
                .map(c -> view(c, childrenOf, taskCounts, statusByNode)).toList();
        long count = taskCounts.getOrDefault(node.getId(), 0L);
        StatusCounts status = new StatusCounts();
        StatusCounts own = statusByNode.get(node.getId());
        if (own != null) {
            status.addAll(own);
        }
        for (NodeView child : children) {
            count += child.taskCount();
            status.addAll(child.status());
        }
        return new NodeView(node, count, status, children);
    }
}
