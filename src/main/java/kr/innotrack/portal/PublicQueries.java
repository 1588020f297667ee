package kr.innotrack.portal;

import static kr.innotrack.portal.Rows.date;
import static kr.innotrack.portal.Rows.dec;
import static kr.innotrack.portal.Rows.integer;
import static kr.innotrack.portal.Rows.lng;
import static kr.innotrack.portal.Rows.str;
import static kr.innotrack.portal.Rows.time;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.innotrack.portal.PublicViews.AreaCount;
import kr.innotrack.portal.PublicViews.Home;
import kr.innotrack.portal.PublicViews.KpiActual;
import kr.innotrack.portal.PublicViews.KpiLine;
import kr.innotrack.portal.PublicViews.Node;
import kr.innotrack.portal.PublicViews.PlanCard;
import kr.innotrack.portal.PublicViews.PlanPage;
import kr.innotrack.portal.PublicViews.RemedyView;
import kr.innotrack.portal.PublicViews.ResultLine;
import kr.innotrack.portal.PublicViews.ResultPage;
import kr.innotrack.portal.PublicViews.Revision;
import kr.innotrack.portal.PublicViews.RoundCard;
import kr.innotrack.portal.PublicViews.ScheduleLine;
import kr.innotrack.portal.PublicViews.TaskLine;
import kr.innotrack.portal.PublicViews.TaskPage;
import kr.innotrack.portal.PublicViews.TaskRound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public read model: published rows only, by native SQL projections (counted by Hibernate's statistics like any
 * query), a fixed number of statements per page whatever the data. Every statement confines itself: a plan only with
 * its publication row and not a draft, a round only closed with its own and its plan's publication rows, a remedy only
 * submitted or accepted, and none selects a comment, a review note, a report text, a question or a score.
 */
@Service
@Transactional(readOnly = true)
class PublicQueries {

    /** A plan that anyone may read: published and confirmed or closed. */
    static final String PLAN_PUBLISHED = " exists (select 1 from publication pp where pp.subject_kind = 'PLAN'"
            + " and pp.subject_id = p.id) and p.state <> 'DRAFT' ";
    /** A round whose result anyone may read: closed, published, in a published plan. */
    static final String ROUND_PUBLISHED = " r.state = 'CLOSED' and exists (select 1 from publication pr"
            + " where pr.subject_kind = 'ROUND' and pr.subject_id = r.id) and " + PLAN_PUBLISHED;
    /** The remedies whose text is public: as the department submitted it, or as accepted. */
    static final String REMEDY_PUBLIC = " m.state in ('SUBMITTED', 'ACCEPTED') ";

    @PersistenceContext
    private EntityManager em;

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... params) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.getResultList();
    }

    // ---------------------------------------------------------------- the organization's front page

    Home home(Long organizationId) {
        List<PlanCard> plans = rows("select p.id, p.plan_year, p.title, p.subtitle, p.state from plan p"
                + " where p.organization_id = ?1 and" + PLAN_PUBLISHED + "order by p.plan_year desc, p.id desc",
                organizationId).stream()
                .map(r -> new PlanCard(lng(r[0]), integer(r[1]), str(r[2]), str(r[3]), str(r[4]))).toList();
        List<RoundCard> rounds = rounds("p.organization_id = ?1", organizationId);
        if (rounds.isEmpty()) {
            return new Home(plans, rounds, null, List.of(), null);
        }
        RoundCard latest = rounds.get(0);
        List<AreaCount> counts = areaCounts(latest.planId(), lines(latest.id()));
        return new Home(plans, rounds, latest, counts, total(counts));
    }

    private List<RoundCard> rounds(String where, Object param) {
        return rows("select r.id, r.plan_id, p.plan_year, r.title, r.reference_date from check_round r"
                + " join plan p on p.id = r.plan_id where " + where + " and" + ROUND_PUBLISHED
                + "order by r.reference_date desc, r.id desc", param).stream()
                .map(r -> new RoundCard(lng(r[0]), lng(r[1]), integer(r[2]), str(r[3]), date(r[4]))).toList();
    }

    // ---------------------------------------------------------------- a plan

    Optional<PlanPage> plan(Long organizationId, Long planId) {
        List<Object[]> head = rows("select p.id, p.plan_year, p.title, p.subtitle, p.vision, p.goal from plan p"
                + " where p.id = ?1 and p.organization_id = ?2 and" + PLAN_PUBLISHED, planId, organizationId);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Object[] h = head.get(0);
        Map<Long, List<String>> collaborating = new HashMap<>();
        for (Object[] r : rows("select tc.task_id, d.name from task_collaborating_department tc"
                + " join department d on d.id = tc.department_id join task t on t.id = tc.task_id"
                + " where t.plan_id = ?1 order by d.sort_order, d.name", planId)) {
            collaborating.computeIfAbsent(lng(r[0]), k -> new ArrayList<>()).add(str(r[1]));
        }
        Map<Long, List<TaskLine>> tasksByNode = new HashMap<>();
        for (Object[] r : rows("select t.id, t.strategy_node_id, t.code, t.title, d.name, t.collaborators, t.officer,"
                + " t.phone, t.retired_on from task t left join department d on d.id = t.lead_department_id"
                + " where t.plan_id = ?1 order by t.sort_order, t.id", planId)) {
            tasksByNode.computeIfAbsent(lng(r[1]), k -> new ArrayList<>()).add(new TaskLine(lng(r[0]), str(r[2]),
                    str(r[3]), str(r[4]), collaborating.getOrDefault(lng(r[0]), List.of()), str(r[5]), str(r[6]),
                    str(r[7]), r[8] != null));
        }
        List<Node> roots = tree(nodes(planId), tasksByNode);
        return Optional.of(new PlanPage(lng(h[0]), integer(h[1]), str(h[2]), str(h[3]), str(h[4]), str(h[5]), roots,
                rounds("p.id = ?1", planId)));
    }

    private record NodeRow(Long id, Long parentId, String code, String name, String level) {
    }

    private List<NodeRow> nodes(Long planId) {
        return rows("select id, parent_id, code, name, level_name from strategy_node where plan_id = ?1"
                + " order by sort_order, id", planId).stream()
                .map(r -> new NodeRow(lng(r[0]), lng(r[1]), str(r[2]), str(r[3]), str(r[4]))).toList();
    }

    private static List<Node> tree(List<NodeRow> rows, Map<Long, List<TaskLine>> tasks) {
        Map<Long, List<NodeRow>> children = new LinkedHashMap<>();
        for (NodeRow n : rows) {
            children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
        }
        return build(null, children, tasks, 0);
    }

    private static List<Node> build(Long parent, Map<Long, List<NodeRow>> children, Map<Long, List<TaskLine>> tasks,
                                    int depth) {
        List<Node> out = new ArrayList<>();
        if (depth > 20) {
            return out;
        }
        for (NodeRow n : children.getOrDefault(parent, List.of())) {
            out.add(new Node(n.id(), n.code(), n.name(), n.level(), build(n.id(), children, tasks, depth + 1),
                    tasks.getOrDefault(n.id(), List.of())));
        }
        return out;
    }

    // ---------------------------------------------------------------- a task

    Optional<TaskPage> task(Long organizationId, Long taskId) {
        List<Object[]> head = rows("select t.id, t.plan_id, p.plan_year, p.title, n.code, n.name, t.code, t.title,"
                + " d.name, t.collaborators, t.officer, t.phone, t.retired_on, t.background, t.details, t.citizen_proposal_id"
                + " from task t"
                + " join plan p on p.id = t.plan_id join strategy_node n on n.id = t.strategy_node_id"
                + " left join department d on d.id = t.lead_department_id"
                + " where t.id = ?1 and p.organization_id = ?2 and" + PLAN_PUBLISHED, taskId, organizationId);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Object[] h = head.get(0);
        List<String> collaborating = rows("select d.name, d.sort_order from task_collaborating_department tc"
                + " join department d on d.id = tc.department_id where tc.task_id = ?1 order by d.sort_order, d.name",
                taskId).stream().map(r -> str(r[0])).toList();
        TaskLine line = new TaskLine(lng(h[0]), str(h[6]), str(h[7]), str(h[8]), collaborating, str(h[9]), str(h[10]),
                str(h[11]), h[12] != null);
        List<ScheduleLine> schedule = rows("select description, schedule_text from milestone where task_id = ?1"
                + " order by sort_order, id", taskId).stream().map(r -> new ScheduleLine(str(r[0]), str(r[1]))).toList();
        List<KpiLine> kpis = rows("select name, unit, baseline, target from kpi where task_id = ?1 order by sort_order, id",
                taskId).stream().map(r -> new KpiLine(str(r[0]), str(r[1]), dec(r[2]), dec(r[3]))).toList();
        List<Object[]> entryRows = rows("select r.id, r.title, r.reference_date, e.rating, e.computed_status, e.id"
                + " from round_entry e join check_round r on r.id = e.round_id join plan p on p.id = r.plan_id"
                + " where e.task_id = ?1 and" + ROUND_PUBLISHED + "order by r.reference_date desc, r.id desc", taskId);
        List<TaskRound> rounds = entryRows.stream().map(r -> new TaskRound(lng(r[0]), str(r[1]), date(r[2]), str(r[3]),
                str(r[4]))).toList();
        List<KpiActual> actuals = entryRows.isEmpty() ? List.of() : rows("select kpi_name, kpi_unit, kpi_target,"
                + " kpi_actual, kpi_actual_quarter, kpi_rate, level from round_entry_evidence where entry_id = ?1"
                + " and part = 'KPI' order by line_no", lng(entryRows.get(0)[5])).stream()
                .map(r -> new KpiActual(str(r[0]), str(r[1]), dec(r[2]), dec(r[3]), integer(r[4]), dec(r[5]), str(r[6])))
                .toList();
        return Optional.of(new TaskPage(lng(h[0]), lng(h[1]), integer(h[2]), str(h[3]), str(h[4]), str(h[5]), line,
                str(h[13]), str(h[14]), schedule, kpis, rounds, actuals, h[15] != null));
    }

    // ---------------------------------------------------------------- a round's result

    Optional<ResultPage> result(Long organizationId, Long roundId) {
        List<Object[]> head = rows("select r.id, r.plan_id, p.plan_year, p.title, r.title, r.reference_date,"
                + " (select pr.published_at from publication pr where pr.subject_kind = 'ROUND' and pr.subject_id = r.id)"
                + " from check_round r join plan p on p.id = r.plan_id"
                + " where r.id = ?1 and p.organization_id = ?2 and" + ROUND_PUBLISHED, roundId, organizationId);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Object[] h = head.get(0);
        List<Line> lines = lines(roundId);
        List<AreaCount> counts = areaCounts(lng(h[1]), lines);
        Map<Long, List<Revision>> revisions = new HashMap<>();
        for (Object[] r : rows("select v.remedy_id, ms.description, v.old_start, v.old_end, v.new_start, v.new_end"
                + " from remedy_revision v join remedy m on m.id = v.remedy_id join milestone ms on ms.id = v.milestone_id"
                + " where m.round_id = ?1 and" + REMEDY_PUBLIC + "order by ms.sort_order, ms.id", roundId)) {
            revisions.computeIfAbsent(lng(r[0]), k -> new ArrayList<>()).add(new Revision(str(r[1]), date(r[2]),
                    date(r[3]), date(r[4]), date(r[5])));
        }
        List<RemedyView> remedies = rows("select m.id, t.id, t.code, t.title, d.name, m.state, m.cause, m.measures,"
                + " m.due_date from remedy m join task t on t.id = m.task_id left join department d on d.id = m.department_id"
                + " where m.round_id = ?1 and" + REMEDY_PUBLIC + "order by t.sort_order, t.id", roundId).stream()
                .map(r -> new RemedyView(lng(r[0]), lng(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]), str(r[6]),
                        str(r[7]), date(r[8]), revisions.getOrDefault(lng(r[0]), List.of()))).toList();
        return Optional.of(new ResultPage(lng(h[0]), lng(h[1]), integer(h[2]), str(h[3]), str(h[4]), date(h[5]),
                time(h[6]), counts, total(counts), lines.stream().map(Line::line).toList(), remedies));
    }

    private record Line(Long nodeId, ResultLine line) {
    }

    private List<Line> lines(Long roundId) {
        return rows("select t.id, t.code, t.title, d.name, e.rating, e.computed_status, t.strategy_node_id"
                + " from round_entry e join task t on t.id = e.task_id left join department d on d.id = e.department_id"
                + " where e.round_id = ?1 order by t.sort_order, t.id", roundId).stream()
                .map(r -> new Line(lng(r[6]), new ResultLine(lng(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]),
                        str(r[5])))).toList();
    }

    /** Computed statuses counted by area: the strategy tree's top-level node above each task. */
    private List<AreaCount> areaCounts(Long planId, List<Line> lines) {
        List<NodeRow> nodes = nodes(planId);
        Map<Long, NodeRow> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        Map<Long, int[]> counts = new LinkedHashMap<>();
        nodes.stream().filter(n -> n.parentId() == null).forEach(n -> counts.put(n.id(), new int[4]));
        for (Line l : lines) {
            NodeRow n = byId.get(l.nodeId());
            for (int guard = 0; n != null && n.parentId() != null && guard < 20; guard++) {
                n = byId.get(n.parentId());
            }
            if (n == null) {
                continue;
            }
            int[] c = counts.computeIfAbsent(n.id(), k -> new int[4]);
            String s = l.line().status();
            c["GREEN".equals(s) ? 0 : "AMBER".equals(s) ? 1 : "RED".equals(s) ? 2 : 3]++;
        }
        List<AreaCount> out = new ArrayList<>();
        counts.forEach((id, c) -> {
            if (c[0] + c[1] + c[2] + c[3] > 0) {
                NodeRow n = byId.get(id);
                out.add(new AreaCount(n.code(), n.name(), c[0], c[1], c[2], c[3]));
            }
        });
        return out;
    }

    private static AreaCount total(List<AreaCount> counts) {
        return new AreaCount(null, null, counts.stream().mapToInt(AreaCount::green).sum(),
                counts.stream().mapToInt(AreaCount::amber).sum(), counts.stream().mapToInt(AreaCount::red).sum(),
                counts.stream().mapToInt(AreaCount::none).sum());
    }
}
