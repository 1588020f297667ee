package kr.innotrack.seed;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import kr.innotrack.plan.ParsedSchedule;
import kr.innotrack.plan.ScheduleParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Turns one seed document ({@code db/seed/*.yaml}) into rows: the organization, its departments and facts, the plan,
 * its strategy tree, tasks, milestones (schedule text read by {@link ScheduleParser}), budget amounts and lines, KPIs,
 * the plan's yearly history and audit findings. The SQL must stay valid against the schema the seed's migration runs
 * on (V1 for Samcheok, V4 for Jung-gu, V6 for Incheon), because a new database runs it at that point.
 *
 * <p>{@link #VERSION} is part of every seed migration's checksum. The rows this class inserts for the committed seeds
 * are pinned by {@code SeedDriftTest}: a change in what it (or {@link ScheduleParser}) inserts fails that test until
 * the version is bumped, so databases seeded by an older loader notice (docs/architecture.md, 「Seeds」).
 */
@SuppressWarnings("unchecked")
final class SeedLoader {

    /**
     * The version of what this loader and {@link ScheduleParser} insert for a seed document. Version 1 is what every
     * database seeded so far holds; bump it (and record the new digests in SeedDriftTest's file) only together with
     * a migration that brings those databases in line, or a note that the difference is accepted.
     */
    static final int VERSION = 1;

    private final SeedRows rows;
    private final BiFunction<String, Integer, ParsedSchedule> schedules;
    private final Map<String, Long> departmentIds = new HashMap<>();
    private final Map<String, Long> nodeIds = new HashMap<>();
    private long organizationId;
    private long planId;
    private int planYear;
    private int nodeOrder;
    private int taskOrder;

    SeedLoader(SeedRows rows) {
        this(rows, ScheduleParser::parse);
    }

    /** With another schedule reader: only for the test proving that the drift check sees the parser's output. */
    SeedLoader(SeedRows rows, BiFunction<String, Integer, ParsedSchedule> schedules) {
        this.rows = rows;
        this.schedules = schedules;
    }

    /** The seed document of a YAML text, read with SnakeYAML's safe constructor (plain maps, lists and scalars). */
    static Map<String, Object> read(String yaml) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    }

    void load(Map<String, Object> doc) throws SQLException {
        Map<String, Object> org = map(doc.get("organization"));
        organizationId = insert("insert into organization (name, full_name) values (?, ?)",
                org.get("name"), org.get("fullName"));
        int order = 0;
        for (Object dept : list(doc.get("departments"))) {
            loadDepartment(dept, null, order++);
        }
        loadOrganizationFacts(doc);
        Map<String, Object> plan = map(doc.get("plan"));
        planYear = ((Number) plan.get("year")).intValue();
        planId = insert("insert into plan (organization_id, plan_year, title, subtitle, issued, vision, goal,"
                        + " strategies, directions) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                organizationId, planYear, plan.get("title"), plan.get("subtitle"), plan.get("issued"),
                plan.get("vision"), plan.get("goal"), joinLines(plan.get("strategies")),
                joinLines(plan.get("directions")));
        for (Object node : list(plan.get("nodes"))) {
            loadNode(map(node), null);
        }
        for (Object h : list(plan.get("history"))) {
            loadHistory(map(h));
        }
        if (doc.get("auditFindings") != null) {
            loadAuditFindings(map(doc.get("auditFindings")));
        }
    }

    /** Headcount by grade, division budgets and committees, where the source reports them. */
    private void loadOrganizationFacts(Map<String, Object> doc) throws SQLException {
        if (doc.get("headcount") != null) {
            Map<String, Object> h = map(doc.get("headcount"));
            Date asOf = Date.valueOf((String) h.get("asOf"));
            List<Object> grades = list(h.get("grades"));
            for (Object r : list(h.get("rows"))) {
                Map<String, Object> row = map(r);
                List<Object> authorized = list(row.get("authorized"));
                List<Object> current = list(row.get("current"));
                for (int i = 0; i < grades.size(); i++) {
                    insertNoKey("insert into department_headcount (department_id, as_of, grade, authorized,"
                                    + " current_count, sort_order) values (?, ?, ?, ?, ?, ?)",
                            department((String) row.get("department")), asOf, grades.get(i), authorized.get(i),
                            current.get(i), i);
                }
            }
        }
        if (doc.get("departmentBudgets") != null) {
            Map<String, Object> b = map(doc.get("departmentBudgets"));
            for (Object r : list(b.get("rows"))) {
                Map<String, Object> row = map(r);
                insertNoKey("insert into department_budget (department_id, budget_year, total_million,"
                                + " program_million, administrative_million) values (?, ?, ?, ?, ?)",
                        department((String) row.get("department")), b.get("year"), decimal(row.get("total")),
                        decimal(row.get("program")), decimal(row.get("administrative")));
            }
        }
        int order = 0;
        for (Object c : list(doc.get("committees"))) {
            Map<String, Object> committee = map(c);
            insertNoKey("insert into committee (organization_id, department_id, name, chair, members_total,"
                            + " members_ex_officio, members_appointed, sort_order) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    organizationId, department((String) committee.get("department")), committee.get("name"),
                    committee.get("chair"), committee.get("total"), committee.get("exOfficio"),
                    committee.get("appointed"), order++);
        }
    }

    private void loadAuditFindings(Map<String, Object> findings) throws SQLException {
        for (Object f : list(findings.get("items"))) {
            Map<String, Object> finding = map(f);
            insertNoKey("insert into audit_finding (organization_id, department_id, finding_year, management_number,"
                            + " finding_type, committee, title, status, finding_text, action_plan)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    organizationId, department((String) finding.get("division")), findings.get("year"),
                    finding.get("number"), findingType((String) finding.get("type")), finding.get("committee"),
                    finding.get("title"), findingStatus((String) finding.get("status")), finding.get("finding"),
                    finding.get("actionPlan"));
        }
    }

    private static String findingType(String korean) {
        return switch (korean) {
            case "시정요구" -> "CORRECTION";
            case "처리요구" -> "ACTION";
            case "건의" -> "RECOMMENDATION";
            default -> throw new IllegalStateException("unknown finding type " + korean);
        };
    }

    private static String findingStatus(String korean) {
        return switch (korean) {
            case "종결" -> "CLOSED";
            case "진행" -> "IN_PROGRESS";
            case "불가" -> "NOT_FEASIBLE";
            default -> throw new IllegalStateException("unknown finding status " + korean);
        };
    }

    /** {year, tasks, departments, byNode: {strategy code: tasks}}: one total row plus one row per strategy. */
    private void loadHistory(Map<String, Object> h) throws SQLException {
        insertNoKey("insert into plan_history (plan_id, history_year, strategy_node_id, task_count, department_count)"
                + " values (?, ?, ?, ?, ?)", planId, h.get("year"), null, h.get("tasks"), h.get("departments"));
        for (Map.Entry<String, Object> e : map(h.get("byNode")).entrySet()) {
            Long nodeId = nodeIds.get(e.getKey());
            if (nodeId == null) {
                throw new IllegalStateException("seed history names an unknown strategy node: " + e.getKey());
            }
            insertNoKey("insert into plan_history (plan_id, history_year, strategy_node_id, task_count)"
                    + " values (?, ?, ?, ?)", planId, h.get("year"), nodeId, e.getValue());
        }
    }

    /** A department is a name, or {name, children: [...]} for a hierarchy. */
    private void loadDepartment(Object dept, Long parentId, int order) throws SQLException {
        String name = dept instanceof Map ? (String) map(dept).get("name") : (String) dept;
        long id = insert("insert into department (organization_id, parent_id, name, sort_order) values (?, ?, ?, ?)",
                organizationId, parentId, name, order);
        departmentIds.put(name, id);
        if (dept instanceof Map) {
            int childOrder = 0;
            for (Object child : list(map(dept).get("children"))) {
                loadDepartment(child, id, childOrder++);
            }
        }
    }

    private void loadNode(Map<String, Object> node, Long parentId) throws SQLException {
        long nodeId = insert("insert into strategy_node (plan_id, parent_id, code, name, level_name, category,"
                        + " mandatory, sort_order) values (?, ?, ?, ?, ?, ?, ?, ?)",
                planId, parentId, node.get("code"), node.get("name"), node.get("level"), node.get("category"),
                Boolean.TRUE.equals(node.get("mandatory")), nodeOrder++);
        nodeIds.put((String) node.get("code"), nodeId);
        for (Object child : list(node.get("children"))) {
            loadNode(map(child), nodeId);
        }
        for (Object task : list(node.get("tasks"))) {
            loadTask(map(task), nodeId);
        }
    }

    private void loadTask(Map<String, Object> t, long nodeId) throws SQLException {
        long taskId = insert("insert into task (plan_id, strategy_node_id, code, title, lead_department_id,"
                        + " collaborators, officer, phone, budget_text, continuing, representative, background,"
                        + " details, before_text, after_text, sort_order)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                planId, nodeId, t.get("code"), t.get("title"), department((String) t.get("lead")),
                t.get("collaborators"), t.get("officer"), t.get("phone"), t.get("budget"),
                Boolean.TRUE.equals(t.get("continuing")), Boolean.TRUE.equals(t.get("representative")),
                t.get("background"), t.get("details"), t.get("before"), t.get("after"), taskOrder++);
        for (Object name : list(t.get("collaboratingDepartments"))) {
            insertNoKey("insert into task_collaborating_department (task_id, department_id) values (?, ?)",
                    taskId, department((String) name));
        }
        int order = 0;
        for (Object b : list(t.get("budgetAmounts"))) {
            Map<String, Object> budget = map(b);
            insertNoKey("insert into task_budget (task_id, budget_year, amount_thousand_won, note, sort_order)"
                            + " values (?, ?, ?, ?, ?)",
                    taskId, budget.get("year"), ((Number) budget.get("thousandWon")).longValue(),
                    budget.get("note"), order++);
        }
        order = 0;
        for (Object m : list(t.get("milestones"))) {
            Map<String, Object> milestone = map(m);
            String schedule = (String) milestone.get("schedule");
            ParsedSchedule parsed = schedules.apply(schedule, planYear);
            insertNoKey("insert into milestone (task_id, description, detail, schedule_text, planned_start,"
                            + " planned_end, planned_months, recurrence, status, sort_order)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?)",
                    taskId, milestone.get("description"), milestone.get("detail"), schedule,
                    date(parsed.start()), date(parsed.end()),
                    parsed.months().isEmpty() ? null
                            : parsed.months().stream().map(YearMonth::toString).collect(Collectors.joining(",")),
                    parsed.recurrence() == null ? null : parsed.recurrence().name(), order++);
        }
        order = 0;
        for (Object b : list(t.get("budgetLines"))) {
            Map<String, Object> line = map(b);
            List<Object> quarters = list(line.get("quarters"));
            insertNoKey("insert into budget_line (task_id, name, budget_year, previous_year_million, amount_million,"
                            + " q1_million, q2_million, q3_million, q4_million, note, sort_order)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    taskId, line.get("name"), planYear, decimal(line.get("previousYear")),
                    decimal(line.get("amount")), decimal(quarters.get(0)), decimal(quarters.get(1)),
                    decimal(quarters.get(2)), decimal(quarters.get(3)), line.get("note"), order++);
        }
        order = 0;
        for (Object k : list(t.get("kpis"))) {
            Map<String, Object> kpi = map(k);
            insertNoKey("insert into kpi (task_id, name, unit, baseline, target, direction, source_note,"
                            + " sort_order) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    taskId, kpi.get("name"), kpi.get("unit"), decimal(kpi.get("baseline")),
                    decimal(kpi.get("target")), kpi.get("direction"), kpi.get("source"), order++);
        }
    }

    private Long department(String name) {
        if (name == null) {
            return null;
        }
        Long id = departmentIds.get(name);
        if (id == null) {
            throw new IllegalStateException("seed names an unknown department: " + name);
        }
        return id;
    }

    private long insert(String sql, Object... params) throws SQLException {
        return rows.insert(sql, params);
    }

    private void insertNoKey(String sql, Object... params) throws SQLException {
        rows.insertNoKey(sql, params);
    }

    private static Date date(YearMonth ym) {
        return ym == null ? null : Date.valueOf(ym.atDay(1));
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static String joinLines(Object value) {
        return value == null ? null : String.join("\n", (List<String>) value);
    }

    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }
}
