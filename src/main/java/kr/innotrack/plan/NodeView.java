package kr.innotrack.plan;

import java.util.List;

/** A strategy-tree node with the number of tasks beneath it and their milestones' status. */
public record NodeView(StrategyNode node, long taskCount, StatusCounts status, List<NodeView> children) {
}
