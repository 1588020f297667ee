package kr.innotrack.plan;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.StaleEditException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planning admin's changes to a plan's header (계획 정보) and strategy tree (추진체계): add a node at the root or
 * under any node, rename, recode, change its level name, category and 필수과제 mark, move it under another node,
 * reorder it among its siblings, delete it while nothing hangs on it. Each change: planning admins only (403), the
 * admin's organization only (404), an open plan only (a closed one is read-only), the version the form was read at
 * (else a conflict), in the change history ({@value #STRATEGY_NODE}, no task), and on a confirmed plan with a reason in
 * the 계획 변경 이력 ({@link PlanChanges}). Changes to one plan's tree take turns (a row lock on the plan), so two
 * moves at once cannot close a loop.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class PlanStructureEditing {

    static final String STRATEGY_NODE = "STRATEGY_NODE";
    static final String PLAN = "PLAN";

    private final PlanStructureQueries reads;
    private final StrategyNodeRepository nodes;
    private final TaskRepository tasks;
    private final PlanChanges planChanges;
    private final ChangeHistory history;
    private final Messages messages;
    private final EntityManager entityManager;

    /** A node as the admin writes it; {@code parentId} null for the root; {@code version} null for a new node. */
    public record NodeInput(String code, String name, String levelName, String category, boolean mandatory,
                            Long parentId, String reason, Long version) {
    }

    /** The plan's header but its year (계획명, 부제, 비전, 목표, 전략, 추진 방향, 추진 일정). */
    public record HeaderInput(String title, String subtitle, String vision, String goal, String strategies,
                              String directions, PlanBlueprint.Calendar calendar, Long version) {
    }

    // ---- header

    public void updateHeader(Long planId, HeaderInput input, CurrentUser user) {
        Plan plan = lockedOpenPlan(planId, user);
        StaleEditException.unlessCurrent(input.version(), plan.getVersion(), "Plan", planId);
        PlanBlueprint.Calendar before = plan.calendar();
        PlanBlueprint.Calendar after = input.calendar() == null ? PlanBlueprint.Calendar.EMPTY : input.calendar();
        Changes changes = Changes.of()
                .field(messages.get("planHeader.title"), plan.getTitle(), input.title())
                .field(messages.get("planHeader.subtitle"), plan.getSubtitle(), input.subtitle())
                .field(messages.get("planHeader.vision"), plan.getVision(), input.vision())
                .field(messages.get("planHeader.goal"), plan.getGoal(), input.goal())
                .field(messages.get("planHeader.strategies"), plan.getStrategies(), input.strategies())
                .field(messages.get("planHeader.directions"), plan.getDirections(), input.directions())
                .field(messages.get("planHeader.calendarPlanning"), before.planning(), after.planning())
                .field(messages.get("planHeader.calendarFocus"), before.focusSelection(), after.focusSelection())
                .field(messages.get("planHeader.calendarChecks"), before.checks(), after.checks())
                .field(messages.get("planHeader.calendarFeedback"), before.feedback(), after.feedback())
                .field(messages.get("planHeader.calendarEvaluation"), before.evaluation(), after.evaluation());
        plan.describe(new PlanBlueprint.Header(plan.getPlanYear(), input.title(), input.subtitle(), input.vision(),
                input.goal(), input.strategies(), input.directions(), after, plan.getPredecessorId()));
        entityManager.flush();
        history.updated(user, new ChangeHistory.Subject(plan.getOrganization().getId(), null, null, PLAN,
                plan.getId(), messages.get("plan.history.subject", plan.getPlanYear(), plan.getTitle())), changes);
    }

    // ---- strategy tree

    /** Adds a node as the last child of its parent (or the last root); returns its id. */
    public Long addNode(Long planId, NodeInput input, CurrentUser user) {
        Plan plan = lockedOpenPlan(planId, user);
        reads.checkNode(planId, null, input, user);
        List<StrategyNode> all = nodes.findByPlanIdOrderBySortOrder(planId);
        StrategyNode parent = input.parentId() == null ? null : find(all, input.parentId());
        StrategyNode node = nodes.saveAndFlush(new StrategyNode(plan, parent, input.code(), input.name(),
                input.levelName(), input.category(), input.mandatory(), nextOrder(all)));
        history.created(user, subject(plan, node), Changes.of()
                .field(messages.get("planStructure.code"), null, node.getCode())
                .field(messages.get("planStructure.name"), null, node.getName())
                .field(messages.get("planStructure.levelName"), null, node.getLevelName())
                .field(messages.get("planStructure.category"), null, node.getCategory())
                .field(messages.get("planStructure.mandatory"), null, mark(node.isMandatory()))
                .field(messages.get("planStructure.parent"), null, label(parent)));
        planChanges.structural(plan, null, PlanChangeKind.NODE_CHANGED,
                messages.get("planStructure.change.added", label(node), label(parent)), input.reason(), user);
        return node.getId();
    }

    /** Rewrites a node (code, name, level name, category, mark) and moves it when its parent changes. */
    public void updateNode(Long planId, Long nodeId, NodeInput input, CurrentUser user) {
        Plan plan = lockedOpenPlan(planId, user);
        List<StrategyNode> all = nodes.findByPlanIdOrderBySortOrder(planId);
        StrategyNode node = find(all, nodeId);
        reads.checkNode(planId, nodeId, input, user);
        StaleEditException.unlessCurrent(input.version(), node.getVersion(), "StrategyNode", nodeId);
        StrategyNode oldParent = node.getParentId() == null ? null : find(all, node.getParentId());
        StrategyNode newParent = input.parentId() == null ? null : find(all, input.parentId());
        String before = label(node);
        Changes changes = Changes.of()
                .field(messages.get("planStructure.code"), node.getCode(), input.code())
                .field(messages.get("planStructure.name"), node.getName(), input.name())
                .field(messages.get("planStructure.levelName"), node.getLevelName(), input.levelName())
                .field(messages.get("planStructure.category"), node.getCategory(), input.category())
                .field(messages.get("planStructure.mandatory"), mark(node.isMandatory()), mark(input.mandatory()))
                .field(messages.get("planStructure.parent"), label(oldParent), label(newParent));
        if (changes.isEmpty()) {
            return;
        }
        node.describe(input.code(), input.name(), input.levelName(), input.category(), input.mandatory());
        if (oldParent != newParent) {
            node.placeUnder(newParent, nextOrder(all));
        }
        nodes.saveAndFlush(node);
        history.updated(user, subject(plan, node), changes);
        String fields = String.join(", ", changes.list().stream().map(Changes.FieldChange::field).toList());
        planChanges.structural(plan, null, PlanChangeKind.NODE_CHANGED,
                messages.get("planStructure.change.updated", before, fields), input.reason(), user);
    }

    /** One place up (or down) among the node's siblings; nothing when it is already first (last). */
    public void reorderNode(Long planId, Long nodeId, boolean up, String reason, Long version, CurrentUser user) {
        Plan plan = lockedOpenPlan(planId, user);
        List<StrategyNode> all = nodes.findByPlanIdOrderBySortOrder(planId);
        StrategyNode node = find(all, nodeId);
        reads.checkReason(planId, reason, user);
        StaleEditException.unlessCurrent(version, node.getVersion(), "StrategyNode", nodeId);
        List<StrategyTreeRule.Place> siblings = all.stream()
                .filter(n -> java.util.Objects.equals(n.getParentId(), node.getParentId()))
                .map(n -> new StrategyTreeRule.Place(n.getId(), n.getSortOrder())).sorted(StrategyTreeRule.ORDER)
                .toList();
        Map<Long, Integer> moved = StrategyTreeRule.swap(siblings, nodeId, up, nextOrder(all));
        if (moved.isEmpty()) {
            return;
        }
        int from = position(siblings, nodeId);
        for (Map.Entry<Long, Integer> e : moved.entrySet()) {
            find(all, e.getKey()).orderAt(e.getValue());
        }
        nodes.flush();
        int to = up ? from - 1 : from + 1;
        history.updated(user, subject(plan, node), Changes.of()
                .field(messages.get("planStructure.position"), String.valueOf(from), String.valueOf(to)));
        planChanges.structural(plan, null, PlanChangeKind.NODE_CHANGED,
                messages.get("planStructure.change.reordered", label(node), from, to), reason, user);
    }

    /** Deletes a node nothing hangs on: no task (retired ones too), no node beneath, no earlier years' counts. */
    public void deleteNode(Long planId, Long nodeId, String reason, Long version, CurrentUser user) {
        Plan plan = lockedOpenPlan(planId, user);
        List<StrategyNode> all = nodes.findByPlanIdOrderBySortOrder(planId);
        StrategyNode node = find(all, nodeId);
        reads.checkDelete(planId, nodeId, reason, user);
        StaleEditException.unlessCurrent(version, node.getVersion(), "StrategyNode", nodeId);
        StrategyNode parent = node.getParentId() == null ? null : find(all, node.getParentId());
        history.deleted(user, subject(plan, node), Changes.of()
                .field(messages.get("planStructure.code"), node.getCode(), null)
                .field(messages.get("planStructure.name"), node.getName(), null)
                .field(messages.get("planStructure.levelName"), node.getLevelName(), null)
                .field(messages.get("planStructure.parent"), label(parent), null));
        planChanges.structural(plan, null, PlanChangeKind.NODE_CHANGED,
                messages.get("planStructure.change.deleted", label(node)), reason, user);
        nodes.delete(node);
        nodes.flush();
    }

    // ---- shared

    /** The plan, locked for this change (changes to one plan's tree take turns); a closed plan is refused. */
    private Plan lockedOpenPlan(Long planId, CurrentUser user) {
        Plan plan = reads.authoredPlan(planId, user);
        entityManager.lock(plan, LockModeType.PESSIMISTIC_WRITE);
        plan.requireOpen();
        return plan;
    }

    private static StrategyNode find(List<StrategyNode> all, Long id) {
        return all.stream().filter(n -> n.getId().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("planStructure.node.record", id));
    }

    private static int nextOrder(List<StrategyNode> all) {
        return all.stream().mapToInt(StrategyNode::getSortOrder).max().orElse(-1) + 1;
    }

    private static int position(List<StrategyTreeRule.Place> ordered, Long id) {
        List<Long> ids = new ArrayList<>(ordered.stream().map(StrategyTreeRule.Place::id).toList());
        return ids.indexOf(id) + 1;
    }

    private String mark(boolean mandatory) {
        return messages.label(NodeMark.of(mandatory));
    }

    private String label(StrategyNode node) {
        return node == null ? messages.get("planStructure.parent.root") : node.getCode() + " " + node.getName();
    }

    private static ChangeHistory.Subject subject(Plan plan, StrategyNode node) {
        return new ChangeHistory.Subject(plan.getOrganization().getId(), null, null, STRATEGY_NODE, node.getId(),
                node.getCode() + " " + node.getName());
    }
}
