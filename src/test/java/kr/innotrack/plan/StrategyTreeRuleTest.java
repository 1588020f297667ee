package kr.innotrack.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The strategy tree's move rules: no loops, siblings swap places. */
class StrategyTreeRuleTest {

    /** 가 (1) → 가-1 (2) → 가-1-1 (3); 나 (4) → 나-1 (5). */
    private static Map<Long, Long> tree() {
        Map<Long, Long> parentOf = new HashMap<>();
        parentOf.put(1L, null);
        parentOf.put(2L, 1L);
        parentOf.put(3L, 2L);
        parentOf.put(4L, null);
        parentOf.put(5L, 4L);
        return parentOf;
    }

    @Test
    void aNodeNeverGoesUnderItselfOrItsDescendants() {
        Map<Long, Long> t = tree();
        assertThat(StrategyTreeRule.wouldCycle(1L, 1L, t)).isTrue();
        assertThat(StrategyTreeRule.wouldCycle(1L, 2L, t)).isTrue();
        assertThat(StrategyTreeRule.wouldCycle(1L, 3L, t)).isTrue();
        assertThat(StrategyTreeRule.wouldCycle(2L, 3L, t)).isTrue();
    }

    @Test
    void aNodeGoesAnywhereElseAndToTheRoot() {
        Map<Long, Long> t = tree();
        assertThat(StrategyTreeRule.wouldCycle(1L, 4L, t)).isFalse();
        assertThat(StrategyTreeRule.wouldCycle(1L, 5L, t)).isFalse();
        assertThat(StrategyTreeRule.wouldCycle(3L, 1L, t)).as("a grandchild moving up to its grandparent").isFalse();
        assertThat(StrategyTreeRule.wouldCycle(2L, null, t)).isFalse();
        assertThat(StrategyTreeRule.wouldCycle(5L, 3L, t)).isFalse();
    }

    @Test
    void aLoopAlreadyInTheDataDoesNotHangTheCheck() {
        Map<Long, Long> loop = new HashMap<>();
        loop.put(1L, 2L);
        loop.put(2L, 1L);
        assertThat(StrategyTreeRule.wouldCycle(3L, 1L, loop)).isFalse();
        assertThat(StrategyTreeRule.wouldCycle(2L, 1L, loop)).isTrue();
    }

    private static List<StrategyTreeRule.Place> places(long... idAndOrder) {
        java.util.ArrayList<StrategyTreeRule.Place> list = new java.util.ArrayList<>();
        for (int i = 0; i < idAndOrder.length; i += 2) {
            list.add(new StrategyTreeRule.Place(idAndOrder[i], (int) idAndOrder[i + 1]));
        }
        return list;
    }

    @Test
    void movingUpOrDownSwapsTwoNeighboursValues() {
        List<StrategyTreeRule.Place> siblings = places(10, 0, 11, 5, 12, 9);
        assertThat(StrategyTreeRule.swap(siblings, 11L, true, 100)).containsExactly(Map.entry(11L, 0), Map.entry(10L, 5));
        assertThat(StrategyTreeRule.swap(siblings, 11L, false, 100)).containsExactly(Map.entry(12L, 5), Map.entry(11L, 9));
    }

    @Test
    void theFirstDoesNotGoUpNorTheLastDown() {
        List<StrategyTreeRule.Place> siblings = places(10, 0, 11, 5);
        assertThat(StrategyTreeRule.swap(siblings, 10L, true, 100)).isEmpty();
        assertThat(StrategyTreeRule.swap(siblings, 11L, false, 100)).isEmpty();
        assertThat(StrategyTreeRule.swap(places(10, 0), 10L, false, 100)).isEmpty();
        assertThat(StrategyTreeRule.swap(siblings, 99L, true, 100)).as("not a sibling").isEmpty();
    }

    @Test
    void siblingsWithTheSameValueGetFreshDistinctValuesInTheirNewOrder() {
        // 10 and 11 share 3 (ordered by id): moving 12 up puts it between them
        List<StrategyTreeRule.Place> siblings = places(11, 3, 10, 3, 12, 7);
        Map<Long, Integer> moved = StrategyTreeRule.swap(siblings, 12L, true, 50);
        assertThat(moved).containsExactly(Map.entry(10L, 50), Map.entry(12L, 51), Map.entry(11L, 52));
    }

    @Test
    void theTreeOrderPutsParentsFirstWithDepths() {
        record N(Long id, Long parent, int order) {
        }
        List<N> nodes = List.of(new N(5L, 4L, 1), new N(4L, null, 3), new N(2L, 1L, 2), new N(1L, null, 0),
                new N(3L, 2L, 9));
        List<Map.Entry<N, Integer>> order = StrategyTreeRule.preorder(nodes, N::id, N::parent, N::order);
        assertThat(order.stream().map(e -> e.getKey().id() + "@" + e.getValue()).toList())
                .containsExactly("1@0", "2@1", "3@2", "4@0", "5@1");
    }
}
