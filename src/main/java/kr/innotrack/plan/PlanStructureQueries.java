package kr.innotrack.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.web.RejectedInput;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of plan authoring (the planning admin's 새 계획, 계획 정보 and 추진체계 pages): the strategy tree as rows
 * with task counts, one node with the places it may move to, and the rules that need data (a code the plan already
 * has, a parent that would close a loop, a year that already has a plan, a reason on a confirmed plan). Only a
 * planning admin reads these (403 for anyone else); another organization's plan is "not found".
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PlanStructureQueries {

    private final PlanQueries plans;
    private final PlanRepository planRepository;
    private final StrategyNodeRepository nodes;
    private final TaskRepository tasks;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** One row of the tree: a node at its depth, its own and its subtree's tasks, its place among its siblings. */
    public record Row(StrategyNode node, int depth, long ownTasks, long allTasks, int children, boolean first,
                      boolean last) {

        /** A node can go when nothing hangs on it: no task, no node beneath. */
        public boolean deletable() {
            return ownTasks == 0 && children == 0;
        }
    }

    public record StructurePage(Plan plan, List<Row> rows) {
    }

    /** One node with the nodes it may move under (never itself or its own descendants). */
    public record NodePage(Plan plan, Row row, List<Row> parents) {
    }

    /** Only a planning admin authors plans (403 for anyone else). */
    public void requireAuthor(CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "planStructure.manage");
    }

    /** A plan of the admin's organization, drafts included; 403 for anyone but a planning admin. */
    public Plan authoredPlan(Long planId, CurrentUser user) {
        requireAuthor(user);
        return plans.plan(planId, user.organizationId());
    }

    /** A plan the admin may change now: a closed plan (종료) is refused, it is read-only. */
    public Plan openPlan(Long planId, CurrentUser user) {
        Plan plan = authoredPlan(planId, user);
        plan.requireOpen();
        return plan;
    }

    /**
     * The page for a new node under {@code parentId} (null: at the root), with a code and level name to start from:
     * the parent's code and the next number (가-3 after 가-1, 가-2), the level name its siblings (or, for a first
     * child, its cousins) have.
     */
    public NewNodePage newNode(Long planId, Long parentId, CurrentUser user) {
        Plan plan = openPlan(planId, user);
        List<Row> rows = rows(planId);
        Row parent = parentId == null ? null : rows.stream().filter(r -> r.node().getId().equals(parentId))
                .findFirst().orElseThrow(() -> new NotFoundException("planStructure.node.record", parentId));
        int depth = parent == null ? 0 : parent.depth() + 1;
        List<StrategyNode> siblings = rows.stream().map(Row::node)
                .filter(n -> java.util.Objects.equals(n.getParentId(), parentId)).toList();
        String levelName = (siblings.isEmpty() ? rows.stream().filter(r -> r.depth() == depth).map(Row::node).toList()
                : siblings).stream().map(StrategyNode::getLevelName).findFirst().orElse(null);
        java.util.Set<String> codes = new java.util.HashSet<>();
        rows.forEach(r -> codes.add(r.node().getCode()));
        String code = null;
        if (parent != null) {
            for (int n = siblings.size() + 1; code == null || codes.contains(code); n++) {
                code = parent.node().getCode() + "-" + n;
            }
            if (code.length() > 20) {
                code = null;
            }
        } else if (!siblings.isEmpty() && siblings.stream().allMatch(n -> n.getCode().matches("[0-9]{1,6}"))) {
            int next = siblings.stream().mapToInt(n -> Integer.parseInt(n.getCode())).max().orElse(0) + 1;
            code = codes.contains(String.valueOf(next)) ? null : String.valueOf(next);
        }
        return new NewNodePage(plan, parent, rows, code, levelName);
    }

    /** A new node's page: its parent (null: the root), every node it may go under, a code and level name to start. */
    public record NewNodePage(Plan plan, Row parent, List<Row> parents, String suggestedCode,
                              String suggestedLevelName) {
    }

    public StructurePage structure(Long planId, CurrentUser user) {
        Plan plan = authoredPlan(planId, user);
        return new StructurePage(plan, rows(planId));
    }

    public NodePage node(Long planId, Long nodeId, CurrentUser user) {
        Plan plan = openPlan(planId, user);
        List<Row> rows = rows(planId);
        Row row = rows.stream().filter(r -> r.node().getId().equals(nodeId)).findFirst()
                .orElseThrow(() -> new NotFoundException("planStructure.node.record", nodeId));
        Map<Long, Long> parentOf = parentOf(rows.stream().map(Row::node).toList());
        List<Row> parents = rows.stream()
                .filter(r -> !StrategyTreeRule.wouldCycle(nodeId, r.node().getId(), parentOf)).toList();
        return new NodePage(plan, row, parents);
    }

    /** The tree in order (parents before children), with task counts: one query for nodes, one for counts. */
    List<Row> rows(Long planId) {
        List<StrategyNode> all = nodes.findByPlanIdOrderBySortOrder(planId);
        Map<Long, Long> own = new HashMap<>();
        for (Object[] row : tasks.countByNode(planId)) {
            own.put((Long) row[0], (Long) row[1]);
        }
        List<Map.Entry<StrategyNode, Integer>> ordered = StrategyTreeRule.preorder(all, StrategyNode::getId,
                StrategyNode::getParentId, StrategyNode::getSortOrder);
        Map<Long, List<Long>> childrenOf = new HashMap<>();
        for (Map.Entry<StrategyNode, Integer> e : ordered) {
            if (e.getValue() > 0) {
                childrenOf.computeIfAbsent(e.getKey().getParentId(), k -> new ArrayList<>()).add(e.getKey().getId());
            }
        }
        List<Long> roots = ordered.stream().filter(e -> e.getValue() == 0).map(e -> e.getKey().getId()).toList();
        Map<Long, Long> subtree = new HashMap<>();
        for (int i = ordered.size() - 1; i >= 0; i--) {
            Long id = ordered.get(i).getKey().getId();
            long sum = own.getOrDefault(id, 0L);
            for (Long child : childrenOf.getOrDefault(id, List.of())) {
                sum += subtree.getOrDefault(child, 0L);
            }
            subtree.put(id, sum);
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<StrategyNode, Integer> e : ordered) {
            StrategyNode n = e.getKey();
            List<Long> siblings = e.getValue() == 0 ? roots : childrenOf.get(n.getParentId());
            rows.add(new Row(n, e.getValue(), own.getOrDefault(n.getId(), 0L), subtree.get(n.getId()),
                    childrenOf.getOrDefault(n.getId(), List.of()).size(), siblings.get(0).equals(n.getId()),
                    siblings.get(siblings.size() - 1).equals(n.getId())));
        }
        return rows;
    }

    static Map<Long, Long> parentOf(List<StrategyNode> all) {
        Map<Long, Long> parentOf = new HashMap<>();
        all.forEach(n -> parentOf.put(n.getId(), n.getParentId()));
        return parentOf;
    }

    /** A year that already has a plan of this organization is refused beside the year. */
    public void checkNewYear(Integer year, CurrentUser user) {
        requireAuthor(user);
        if (year != null && planRepository.existsByOrganizationIdAndPlanYear(user.organizationId(), year)) {
            throw new RejectedInput("year", "planHeader.year.taken", year);
        }
    }

    /**
     * A node's code, name and place: the code is the plan's only one, the parent is a node of the plan and not the
     * node itself or one beneath it, and a confirmed plan's change says why. {@code nodeId} null for a new node.
     */
    public void checkNode(Long planId, Long nodeId, PlanStructureEditing.NodeInput input, CurrentUser user) {
        Plan plan = openPlan(planId, user);
        List<StrategyNode> all = nodes.findByPlanIdOrderBySortOrder(planId);
        RejectedInput.Collector problems = RejectedInput.collect();
        if (input.code() != null && all.stream()
                .anyMatch(n -> n.getCode().equals(input.code()) && !n.getId().equals(nodeId))) {
            problems.reject("code", "planStructure.code.taken", input.code());
        }
        if (input.parentId() != null) {
            if (all.stream().noneMatch(n -> n.getId().equals(input.parentId()))) {
                problems.reject("parentId", "planStructure.parent.unknown");
            } else if (nodeId != null && StrategyTreeRule.wouldCycle(nodeId, input.parentId(), parentOf(all))) {
                problems.reject("parentId", "planStructure.parent.cycle");
            }
        }
        reason(plan, input.reason(), problems);
        problems.throwIfAny();
    }

    /**
     * A node goes only when nothing hangs on it: no task (retired ones too: they move first), no node beneath, no
     * earlier years' task counts (plan_history); on a confirmed plan, with a reason. Refused beside the delete form.
     */
    public void checkDelete(Long planId, Long nodeId, String reason, CurrentUser user) {
        Plan plan = openPlan(planId, user);
        List<StrategyNode> all = nodes.findByPlanIdOrderBySortOrder(planId);
        StrategyNode node = all.stream().filter(n -> n.getId().equals(nodeId)).findFirst()
                .orElseThrow(() -> new NotFoundException("planStructure.node.record", nodeId));
        String label = node.getCode() + " " + node.getName();
        RejectedInput.Collector problems = RejectedInput.collect();
        long taskCount = tasks.countByNode(planId).stream().filter(r -> nodeId.equals(r[0]))
                .mapToLong(r -> (Long) r[1]).sum();
        if (taskCount > 0) {
            problems.reject(null, "planStructure.delete.hasTasks", label, taskCount);
        }
        long children = all.stream().filter(n -> nodeId.equals(n.getParentId())).count();
        if (children > 0) {
            problems.reject(null, "planStructure.delete.hasChildren", label, children);
        }
        Long counts = jdbc.queryForObject("select count(*) from plan_history where strategy_node_id = ?", Long.class,
                nodeId);
        if (counts != null && counts > 0) {
            problems.reject(null, "planStructure.delete.hasHistory", label);
        }
        reason(plan, reason, problems);
        problems.throwIfAny();
    }

    /** A confirmed plan's tree change without a reason is refused beside the reason. */
    public void checkReason(Long planId, String reason, CurrentUser user) {
        RejectedInput.Collector problems = RejectedInput.collect();
        reason(openPlan(planId, user), reason, problems);
        problems.throwIfAny();
    }

    static void reason(Plan plan, String reason, RejectedInput.Collector problems) {
        if (plan.changeNeedsReason() && (reason == null || reason.isBlank())) {
            problems.reject("reason", "planStructure.reason.required", plan.getPlanYear());
        }
    }
}
