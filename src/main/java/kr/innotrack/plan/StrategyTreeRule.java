package kr.innotrack.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The strategy tree's rules, as plain calculations: a node never goes under itself or one of its own descendants
 * (which would cut it and its subtree off the tree in a loop), and siblings keep a strict order (each its own sort
 * value) so moving one up or down is a swap of two places.
 */
final class StrategyTreeRule {

    /** A node's place: its id and its sort value. */
    record Place(Long id, int sortOrder) {
    }

    static final Comparator<Place> ORDER = Comparator.comparingInt(Place::sortOrder).thenComparing(Place::id);

    private StrategyTreeRule() {
    }

    /**
     * True when putting {@code nodeId} under {@code newParentId} would close a loop: the new parent is the node itself
     * or lies beneath it. {@code parentOf} maps every node of the plan to its parent (null for a root). A null new
     * parent (the root) never does.
     */
    static boolean wouldCycle(Long nodeId, Long newParentId, Map<Long, Long> parentOf) {
        Set<Long> seen = new HashSet<>();
        for (Long at = newParentId; at != null && seen.add(at); at = parentOf.get(at)) {
            if (at.equals(nodeId)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The new sort values after moving {@code id} one place up (or down) among its siblings, only for the nodes
     * whose value changes; empty when it is already first (last). When the siblings' values are not strictly
     * increasing (two with the same value), they all get fresh values from {@code nextFree} on, in their new order.
     */
    static Map<Long, Integer> swap(List<Place> siblings, Long id, boolean up, int nextFree) {
        List<Place> ordered = new ArrayList<>(siblings);
        ordered.sort(ORDER);
        int at = -1;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).id().equals(id)) {
                at = i;
            }
        }
        int to = up ? at - 1 : at + 1;
        if (at < 0 || to < 0 || to >= ordered.size()) {
            return Map.of();
        }
        List<Integer> values = ordered.stream().map(Place::sortOrder).toList();
        boolean strict = true;
        for (int i = 1; i < values.size(); i++) {
            strict &= values.get(i) > values.get(i - 1);
        }
        List<Place> moved = new ArrayList<>(ordered);
        moved.set(at, ordered.get(to));
        moved.set(to, ordered.get(at));
        Map<Long, Integer> changed = new LinkedHashMap<>();
        for (int i = 0; i < moved.size(); i++) {
            int value = strict ? values.get(i) : nextFree + i;
            if (moved.get(i).sortOrder() != value) {
                changed.put(moved.get(i).id(), value);
            }
        }
        return changed;
    }

    /** The nodes in tree order (parents before children, siblings in order), each with its depth. */
    static <T> List<Map.Entry<T, Integer>> preorder(List<T> nodes, java.util.function.Function<T, Long> id,
                                                    java.util.function.Function<T, Long> parentId,
                                                    java.util.function.Function<T, Integer> sortOrder) {
        Map<Long, List<T>> children = new LinkedHashMap<>();
        List<T> roots = new ArrayList<>();
        Comparator<T> order = Comparator.comparing(sortOrder).thenComparing(id);
        List<T> sorted = new ArrayList<>(nodes);
        sorted.sort(order);
        Set<Long> ids = new HashSet<>();
        sorted.forEach(n -> ids.add(id.apply(n)));
        for (T n : sorted) {
            Long p = parentId.apply(n);
            if (p == null || !ids.contains(p)) {
                roots.add(n);
            } else {
                children.computeIfAbsent(p, k -> new ArrayList<>()).add(n);
            }
        }
        List<Map.Entry<T, Integer>> out = new ArrayList<>();
        Set<Long> visited = new HashSet<>();
        walk(roots, 0, children, id, out, visited);
        return out;
    }

    private static <T> void walk(List<T> level, int depth, Map<Long, List<T>> children,
                                 java.util.function.Function<T, Long> id, List<Map.Entry<T, Integer>> out,
                                 Set<Long> visited) {
        for (T n : level) {
            if (visited.add(id.apply(n))) {
                out.add(Map.entry(n, depth));
                walk(children.getOrDefault(id.apply(n), List.of()), depth + 1, children, id, out, visited);
            }
        }
    }
}
