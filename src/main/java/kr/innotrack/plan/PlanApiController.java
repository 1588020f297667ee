package kr.innotrack.plan;

import java.util.List;
import kr.innotrack.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The read API for other systems: documented in docs/api.md. */
@RestController
@RequiredArgsConstructor
class PlanApiController {

    private final PlanQueries plans;
    private final TaskQueries tasks;

    @GetMapping("/api/plans")
    List<PlanJson.Summary> plans(CurrentUser user) {
        return plans.summaries(user).stream()
                .map(p -> new PlanJson.Summary(p.id(), p.organizationId(), p.organization(), p.year(), p.title(),
                        p.state().name(), p.taskCount()))
                .toList();
    }

    @GetMapping("/api/plans/{planId}")
    PlanJson.Detail plan(@PathVariable Long planId, CurrentUser user) {
        PlanOverview overview = plans.overview(planId, user.organizationId());
        Plan p = overview.plan();
        return new PlanJson.Detail(p.getId(), p.getOrganization().getId(), p.getOrganization().getName(),
                p.getPlanYear(), p.getTitle(), p.getState().name(), p.getPredecessorId(), p.getSubtitle(), p.getIssued(), p.getVision(), p.getGoal(),
                p.strategyList(), p.directionList(), overview.taskCount(),
                overview.roots().stream().map(PlanApiController::node).toList());
    }

    @GetMapping("/api/plans/{planId}/tasks")
    List<PlanJson.TaskJson> tasks(@PathVariable Long planId, CurrentUser user) {
        plans.plan(planId, user.organizationId());
        return tasks.export(planId);
    }

    private static PlanJson.Node node(NodeView v) {
        StrategyNode n = v.node();
        return new PlanJson.Node(n.getCode(), n.getName(), n.getLevelName(), n.getCategory(), n.isMandatory(),
                v.taskCount(), v.children().stream().map(PlanApiController::node).toList());
    }
}
