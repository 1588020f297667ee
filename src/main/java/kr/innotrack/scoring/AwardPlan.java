package kr.innotrack.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Awards proposed down the ranking (docs/scoring.md §8): grades in the form's order, each to the next department in
 * rank order whose score is above the model's floor (a score at or below it gets nothing, however many grades are
 * left). Departments tied to the thousandth whose tie decides an award (they would get different grades) are shown as
 * such and must be ordered by the admin explicitly (the form's tie lines, with a reason); until then they keep the
 * tie rule's order, and the awards cannot be confirmed.
 */
public record AwardPlan(List<Proposal> proposals, List<TieGroup> ties, BigDecimal floor, int slots, int awarded) {

    /** One department in the proposal: its place after any tie resolution, its grade (or none), and why not. */
    public record Proposal(ScoreCalculator.DepartmentScore department, Grade grade, int place, Integer tieGroup,
                    boolean belowFloor) {
    }

    /** An award grade: its name, how many departments get it, the incentive per department (천원, or none). */
    public record Grade(String name, int count, Long amount) {
    }

    /**
     * What the office asks for: the grades in order (only used ones: named, count above 0), the place it gives each
     * tied department within its tie (department id → 1, 2 …), and why.
     */
    public record Request(List<Grade> grades, Map<Long, Integer> tieOrders, String tieReason) {
    }

    /** Departments tied to the thousandth, in their present order; whether the tie decides an award, and if resolved. */
    public record TieGroup(int no, BigDecimal score, List<ScoreCalculator.DepartmentScore> members, boolean decidesAward,
                    boolean resolved) {

        public String names() {
            return String.join(" · ", members.stream().map(ScoreCalculator.DepartmentScore::name).toList());
        }
    }

    public List<TieGroup> decidingTies() {
        return ties.stream().filter(TieGroup::decidesAward).toList();
    }

    public boolean unresolvedTies() {
        return ties.stream().anyMatch(t -> t.decidesAward() && !t.resolved());
    }

    public int unfilled() {
        return slots - awarded;
    }

    private static final Object NO_GRADE = new Object();

    static BigDecimal score(ScoreCalculator.DepartmentScore d) {
        return BigDecimal.valueOf(d.score()).setScale(3, RoundingMode.HALF_UP);
    }

    static AwardPlan of(List<ScoreCalculator.DepartmentScore> ranked, Request request, BigDecimal floor) {
        Map<Long, Integer> orders = request.tieOrders();
        // Tie groups, each ordered by the admin when the form orders every member distinctly.
        List<List<ScoreCalculator.DepartmentScore>> groups = new ArrayList<>();
        for (ScoreCalculator.DepartmentScore d : ranked) {
            List<ScoreCalculator.DepartmentScore> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && ScoreCalculator.tied(last.get(0), d)) {
                last.add(d);
            } else {
                List<ScoreCalculator.DepartmentScore> g = new ArrayList<>();
                g.add(d);
                groups.add(g);
            }
        }
        List<ScoreCalculator.DepartmentScore> ordered = new ArrayList<>();
        List<Boolean> resolved = new ArrayList<>();
        for (List<ScoreCalculator.DepartmentScore> g : groups) {
            Set<Integer> distinct = new HashSet<>();
            boolean explicit = g.size() > 1 && g.stream().allMatch(d -> orders.containsKey(d.departmentId())
                    && distinct.add(orders.get(d.departmentId())));
            List<ScoreCalculator.DepartmentScore> members = new ArrayList<>(g);
            if (explicit) {
                members.sort(java.util.Comparator.comparingInt(d -> orders.get(d.departmentId())));
            }
            ordered.addAll(members);
            resolved.add(explicit);
        }
        List<Grade> slots = new ArrayList<>();
        for (Grade g : request.grades()) {
            // never more slots than departments to give them to, whatever count a (refused) form carries
            for (int i = 0; i < g.count() && slots.size() < ordered.size(); i++) {
                slots.add(g);
            }
        }
        Map<Long, Grade> grades = new HashMap<>();
        int awarded = 0;
        for (int i = 0; i < ordered.size() && i < slots.size(); i++) {
            if (score(ordered.get(i)).compareTo(floor) > 0) {
                grades.put(ordered.get(i).departmentId(), slots.get(i));
                awarded++;
            }
        }
        List<TieGroup> ties = new ArrayList<>();
        Map<Long, Integer> groupOf = new HashMap<>();
        int pos = 0;
        for (int gi = 0; gi < groups.size(); gi++) {
            List<ScoreCalculator.DepartmentScore> members = ordered.subList(pos, pos + groups.get(gi).size());
            pos += members.size();
            if (members.size() < 2) {
                continue;
            }
            Set<Object> given = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            members.forEach(d -> given.add(grades.get(d.departmentId()) == null ? NO_GRADE : grades.get(d.departmentId())));
            TieGroup t = new TieGroup(ties.size() + 1, score(members.get(0)), List.copyOf(members), given.size() > 1,
                    resolved.get(gi));
            ties.add(t);
            members.forEach(d -> groupOf.put(d.departmentId(), t.no()));
        }
        List<Proposal> proposals = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            ScoreCalculator.DepartmentScore d = ordered.get(i);
            proposals.add(new Proposal(d, grades.get(d.departmentId()), i + 1, groupOf.get(d.departmentId()),
                    score(d).compareTo(floor) <= 0));
        }
        return new AwardPlan(List.copyOf(proposals), List.copyOf(ties), floor, slots.size(), awarded);
    }
}
