package kr.innotrack.fuzz;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import kr.innotrack.InnotrackApplication;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.support.Accounts;
import kr.innotrack.support.SignedIn;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.beans.BeanUtils;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The fuzz suite that keeps issue 12's class of defects fixed. One Spring context (H2) for the whole suite; the
 * endpoints are discovered from the request mappings — every POST handler, every GET under {@code /api/} and every
 * file download GET ({@code .pdf}, {@code .xlsx}, {@code .hwpx}) — plus the
 * security filter's {@code POST /login} and {@code POST /logout}, so an endpoint added later is fuzzed without anyone
 * remembering to. Each try sends one generated request to every endpoint: the form fields come from the handler's own
 * parameters (form object properties, list lines, request parameters), the values from pools of wrong types,
 * out-of-range numbers and dates, overlong and control-character text, injection payloads, missing, duplicated and
 * extra fields, list indexes out of range, stale versions and other organizations' ids, signed in as one of several
 * people of different roles and organizations (or by API token, or not at all).
 *
 * <p>Every answer must be 2xx, 3xx or 4xx, never 5xx; after a 4xx the database must be as before (the row count of every
 * table, the sum of every version column, and so the change history). The number of requests per endpoint is printed
 * and must reach the number of tries (1,000). An endpoint whose path variables no {@link #TUPLES spec} covers fails the
 * suite: add its row there.
 */
class FuzzSuiteTest {

    static final int TRIES = 1000;

    /**
     * Where the path variables come from, per endpoint: a query whose columns are named like the variables (and may
     * also give a form field such as {@code version}). Rows of every organization; ids of other organizations, ids that
     * do not exist and text that is no id are mixed in by the generator.
     */
    static final Map<String, String> TUPLES = new LinkedHashMap<>();

    static {
        String plan = "select id as planid from plan";
        String task = "select plan_id as planid, id as taskid, version from task";
        String milestone = "select t.plan_id as planid, m.task_id as taskid, m.id as milestoneid, m.version from milestone m"
                + " join task t on t.id = m.task_id";
        String kpi = "select t.plan_id as planid, k.task_id as taskid, k.id as kpiid from kpi k join task t on t.id = k.task_id";
        String actual = "select t.plan_id as planid, k.task_id as taskid, k.id as kpiid, a.actual_year as \"year\", a.quarter,"
                + " a.version from kpi_actual a join kpi k on k.id = a.kpi_id join task t on t.id = k.task_id";
        String finding = "select id, version from audit_finding";
        String round = "select r.id as roundid, r.version, p.plan_year as planyear from check_round r join plan p on p.id = r.plan_id";
        String entry = "select round_id as roundid, id as entryid, version from round_entry";
        String remedy = "select id as remedyid, version from remedy";
        String account = "select id, version from account where username not in ('samcheok.admin', 'samcheok.chongmu',"
                + " 'samcheok.viewer', 'incheon.admin', 'junggu.admin')";
        TUPLES.put("POST /plans/{planId}/tasks/{taskId}/edit", task);
        TUPLES.put("POST /plans/{planId}/tasks/{taskId}/milestones", task);
        TUPLES.put("POST /plans/{planId}/tasks/{taskId}/milestones/{milestoneId}", milestone);
        TUPLES.put("POST /plans/{planId}/tasks/{taskId}/milestones/{milestoneId}/delete", milestone);
        TUPLES.put("POST /plans/{planId}/tasks/{taskId}/kpis/{kpiId}/actual", kpi);
        TUPLES.put("POST /plans/{planId}/tasks/{taskId}/kpis/{kpiId}/actual/delete", actual);
        // Issue 15, the task editor (plan.authoring): the task sheet, 중단, 삭제, schedule lines and KPIs
        TUPLES.put("POST /plans/{planId}/tasks/new", plan);
        TUPLES.put("POST /plans/{planId}/tasks/{taskId}/define", task);
        TUPLES.put("POST /plans/{planId}/tasks/{taskId}/retire", task);
        TUPLES.put("POST /plans/{planId}/tasks/{taskId}/delete", task);
        TUPLES.put("POST /plans/{planId}/tasks/{taskId}/schedule", task);
        TUPLES.put("POST /plans/{planId}/tasks/{taskId}/schedule/{milestoneId}", milestone);
        TUPLES.put("POST /plans/{planId}/tasks/{taskId}/schedule/{milestoneId}/remove", milestone);
        String kpiVersioned = "select t.plan_id as planid, k.task_id as taskid, k.id as kpiid, k.version from kpi k"
                + " join task t on t.id = k.task_id";
        TUPLES.put("POST /plans/{planId}/tasks/{taskId}/indicators", task);
        TUPLES.put("POST /plans/{planId}/tasks/{taskId}/indicators/{kpiId}", kpiVersioned);
        TUPLES.put("POST /plans/{planId}/tasks/{taskId}/indicators/{kpiId}/remove", kpiVersioned);
        TUPLES.put("POST /audit-findings/{id}/progress", finding);
        TUPLES.put("POST /audit-findings/{id}/status", finding);
        TUPLES.put("POST /audit-findings/{id}/tasks", finding);
        TUPLES.put("POST /audit-findings/{id}/tasks/{taskId}/delete", "select finding_id as id, task_id as taskid from audit_finding_task");
        TUPLES.put("POST /plans/{planId}/budget/lines/{lineId}/quarters/{quarter}",
                "select t.plan_id as planid, b.id as lineid, 1 + mod(b.id, 4) as quarter from budget_line b join task t on t.id = b.task_id");
        // Issue 16, bulk entry: a task's milestone grid; a quarter of budget execution
        TUPLES.put("POST /plans/{planId}/tasks/{taskId}/milestones/grid", task);
        TUPLES.put("POST /plans/{planId}/budget/quarters/{quarter}",
                "select id as planid, 1 + mod(id, 4) as quarter from plan");
        for (String p : new String[] {"scoring-model", "contest/open", "contest/close", "contest/panel",
                "collaboration-scores", "awards/preview", "awards", "signal-rules", "focus-tasks",
                "lifecycle/confirm", "lifecycle/close", "lifecycle/reopen"}) {
            TUPLES.put("POST /plans/{planId}/" + p, plan);
        }
        // Rounds: the plan year gives a plausible reference date and deadline (see saneValue).
        String planYear = "select id as planid, plan_year as planyear from plan";
        TUPLES.put("POST /plans/{planId}/rounds", planYear);
        TUPLES.put("POST /plans/{planId}/rounds [fill]", planYear);
        // Votes go to the shortlisted tasks (another plan's task, another id, in the hostile half).
        TUPLES.put("POST /plans/{planId}/contest/votes", "select plan_id as planid, task_id as taskid from contest_candidate"
                + " union select id, null from plan");
        // Issue 13: the shortlist is based on the contest row's version (-1 before it exists) and names tasks of the plan;
        // a summary is written for a task of the plan, shortlisted (with the candidate's version) or not.
        TUPLES.put("POST /plans/{planId}/contest/shortlist", "select t.plan_id as planid, t.id as taskid,"
                + " coalesce(c.version, -1) as version from task t left join contest c on c.plan_id = t.plan_id");
        TUPLES.put("POST /plans/{planId}/contest/candidates/{taskId}/summary", "select t.plan_id as planid, t.id as taskid,"
                + " c.version from task t left join contest_candidate c on c.plan_id = t.plan_id and c.task_id = t.id");
        TUPLES.put("POST /plans/{planId}/ranking/publication", "select p.id as planid, coalesce(r.version, -1) as version"
                + " from plan p left join ranking_publication r on r.plan_id = p.id");
        TUPLES.put("POST /plans/{planId}/ranking/departments/{departmentId}/objections", "select distinct t.plan_id as planid,"
                + " t.lead_department_id as departmentid from task t where t.lead_department_id is not null union"
                + " select distinct t.plan_id, c.department_id from task_collaborating_department c join task t on t.id = c.task_id");
        TUPLES.put("POST /plans/{planId}/objections/{objectionId}/answer",
                "select plan_id as planid, id as objectionid, version from score_objection");
        TUPLES.put("POST /audit-findings/{id}/due-date", finding);
        TUPLES.put("POST /rounds/{roundId}/edit", round);
        TUPLES.put("POST /rounds/{roundId}/edit [fill]", round);
        TUPLES.put("POST /rounds/{roundId}/delete", round);
        TUPLES.put("POST /rounds/{roundId}/state", round);
        TUPLES.put("POST /rounds/{roundId}/entries/{entryId}", entry);
        TUPLES.put("POST /rounds/{roundId}/entries/{entryId}/review", entry);
        TUPLES.put("POST /rounds/{roundId}/entries/{entryId}/return", entry);
        TUPLES.put("POST /rounds/{roundId}/entries/{entryId}/questions", entry);
        TUPLES.put("POST /remedies/{remedyId}", remedy);
        TUPLES.put("POST /remedies/{remedyId}/decision", remedy);
        TUPLES.put("POST /notices/{id}/open", "select id from notice");
        TUPLES.put("POST /notices/read-all", "");
        TUPLES.put("POST /admin/accounts", "");
        // Issue 15, a plan from a spreadsheet: multipart uploads (a fuzzed form post carries no file: 400 or 403)
        TUPLES.put("POST /plans/import", "");
        TUPLES.put("POST /plans/import/create", "");
        // Issue 17, evidence: an upload to every kind of owner (a fuzzed post carries no file: 400, or 403/404/409 by the
        // owner's rules), and the removal of the files seedRoundsAndTokens attached
        TUPLES.put("POST /evidence/{kind}/{ownerId}", "select 'milestone' as kind, id as ownerid from milestone"
                + " union all select 'round-entry' as kind, id as ownerid from round_entry"
                + " union all select 'remedy' as kind, id as ownerid from remedy"
                + " union all select 'audit-progress' as kind, id as ownerid from audit_progress");
        TUPLES.put("POST /evidence/files/{id}/delete", "select id from evidence_attachment");
        TUPLES.put("POST /admin/accounts/{id}", account);
        TUPLES.put("POST /admin/accounts/{id}/password", account);
        TUPLES.put("POST /admin/accounts/{id}/unlock", account);
        TUPLES.put("POST /admin/accounts/{id}/tokens", "select id, version from account");
        TUPLES.put("POST /admin/accounts/{id}/tokens/{tokenId}/revoke", "select account_id as id, id as tokenid from api_token");
        // Issue 15: departments (a parent of the same organization or not), organizations the operator registered here
        // (disabling a seeded one would end the sessions the other people of this suite use)
        String department = "select id, version, parent_id as parentid from department";
        TUPLES.put("POST /admin/departments", "select id as parentid from department");
        TUPLES.put("POST /admin/departments/{id}", department);
        TUPLES.put("POST /admin/departments/{id}/close", department);
        TUPLES.put("POST /admin/departments/{id}/reopen", department);
        // Reorganisation: a split of a department nobody signs in from (a split that succeeds moves its accounts, whose
        // sessions end), with its version, a department to take over and one of its tasks; a merge has no path variable
        String unstaffed = " from department d where not exists (select 1 from account a where a.department_id = d.id)";
        TUPLES.put("POST /admin/departments/{id}/split", "select d.id, d.version, d.parent_id as departmentid,"
                + " (select min(t.id) from task t where t.lead_department_id = d.id) as taskid" + unstaffed);
        TUPLES.put("POST /admin/departments/merge", "select d.id as departmentids, d.parent_id as successorid" + unstaffed);
        // Issue 15: a plan rolled over into the next year (its tasks as form lines, any plan of any organization)
        TUPLES.put("POST /plans/new/from/{planId}", "select p.id as planid, t.id as sourcetaskid, p.plan_year + 1 as \"year\""
                + " from plan p left join task t on t.plan_id = p.id");
        TUPLES.put("POST /operator/organizations", "");
        TUPLES.put("POST /operator/backup", ""); // refused (409) on the in-memory database, nothing written
        TUPLES.put("POST /operator/organizations/{id}/enabled",
                "select id from organization where name not in ('삼척시', '인천광역시', '서울특별시 중구')");
        // Issue 15: plan authoring (a blank plan, its header, its strategy tree; nodes of every plan, versions too)
        TUPLES.put("POST /plans/new/blank", "");
        TUPLES.put("POST /plans/{planId}/header", "select id as planid, version from plan");
        String node = "select plan_id as planid, id as nodeid, version, parent_id as parentid from strategy_node";
        TUPLES.put("POST /plans/{planId}/structure/nodes", "select plan_id as planid, id as parentid from strategy_node");
        TUPLES.put("POST /plans/{planId}/structure/nodes/{nodeId}", node);
        TUPLES.put("POST /plans/{planId}/structure/nodes/{nodeId}/order", node);
        TUPLES.put("POST /plans/{planId}/structure/nodes/{nodeId}/delete", node);
        // Issue 18 part B: citizen proposals (the office's steps; the public submission and the two support steps)
        String proposal = "select id, version from proposal";
        TUPLES.put("POST /proposals/{id}/publish", proposal);
        TUPLES.put("POST /proposals/{id}/hide", proposal);
        TUPLES.put("POST /proposals/{id}/review", proposal);
        TUPLES.put("POST /proposals/{id}/adopt", "select p.id, p.version, (select max(t.id) from task t"
                + " join plan l on l.id = t.plan_id where l.organization_id = p.organization_id) as taskid from proposal p");
        TUPLES.put("POST /proposals/{id}/reject", proposal);
        TUPLES.put("POST /public/{slug}/proposals", "select slug from organization where slug is not null");
        String publicProposal = "select o.slug, p.id from proposal p join organization o on o.id = p.organization_id";
        TUPLES.put("POST /public/{slug}/proposals/{id}/support/code", publicProposal);
        TUPLES.put("POST /public/{slug}/proposals/{id}/support", publicProposal);
        TUPLES.put("POST /my/milestones", "");
        TUPLES.put("POST /account/password", "");
        TUPLES.put("POST /account/sessions/end-others", "");
        TUPLES.put("POST /account/tokens", "");
        TUPLES.put("POST /account/notice-mail", "");
        TUPLES.put("POST /account/tokens/{tokenId}/revoke", "select id as tokenid from api_token");
        TUPLES.put("POST /login", "");
        TUPLES.put("POST /logout", "");
        TUPLES.put("GET /api/plans", "");
        TUPLES.put("GET /api/ping", "");
        TUPLES.put("GET /api/departments", "select organization_id as organization from department");
        TUPLES.put("GET /api/audit-findings", "select organization_id as organization from audit_finding");
        TUPLES.put("GET /api/plans/{planId}", plan);
        TUPLES.put("GET /api/plans/{planId}/tasks", plan);
        TUPLES.put("GET /api/plans/{planId}/rounds", plan);
        TUPLES.put("GET /api/plans/{planId}/ranking", plan);
        TUPLES.put("GET /api/plans/{planId}/ranking/insufficient", plan);
        TUPLES.put("GET /api/rounds/{roundId}", round);
        // the .xlsx downloads (issue 17): every GET ending in .xlsx is fuzzed like the API
        TUPLES.put("GET /plans/template.xlsx", "");
        TUPLES.put("GET /plans/{planId}/export.xlsx", plan);
        TUPLES.put("GET /plans/{planId}/tasks.xlsx", plan);
        TUPLES.put("GET /plans/{planId}/task-sheet.xlsx", plan);
        TUPLES.put("GET /plans/{planId}/ranking.xlsx", plan);
        TUPLES.put("GET /plans/{planId}/awards.xlsx", plan);
        TUPLES.put("GET /plans/{planId}/budget.xlsx", plan);
        TUPLES.put("GET /rounds/{roundId}/report.xlsx", round);
        TUPLES.put("GET /audit-findings.xlsx", "");
        // Issue 17, PDF downloads (GETs ending in .pdf are discovered like the API's)
        TUPLES.put("GET /rounds/{roundId}/report.pdf", round);
        TUPLES.put("GET /present/rounds/{roundId}.pdf", round);
        TUPLES.put("GET /present/plans/{planId}.pdf", plan);
        // Issue 17: the 한글 documents (.hwpx)
        TUPLES.put("GET /rounds/{roundId}/report.hwpx", round);
        TUPLES.put("GET /plans/{planId}/ranking.hwpx", plan);
        // Issue 18, part A: publication (module portal)
        TUPLES.put("POST /publication/plans/{planId}/publish", "select id as planid from plan");
        TUPLES.put("POST /publication/plans/{planId}/withdraw", "select id as planid from plan");
        TUPLES.put("POST /publication/rounds/{roundId}/publish", "select id as roundid from check_round");
        TUPLES.put("POST /publication/rounds/{roundId}/withdraw", "select id as roundid from check_round");
        // Issue 18 part C: public votes (staff /votes, public /public/{slug}/votes)
        String vote = "select id, version from public_vote";
        String voteCase = "select vote_id as id, id as caseid, version from public_vote_case";
        String publicVote = "select o.slug, v.id from public_vote v join organization o on o.id = v.organization_id";
        TUPLES.put("POST /votes", "");
        TUPLES.put("POST /votes/{id}/edit", vote);
        TUPLES.put("POST /votes/{id}/cases", vote);
        TUPLES.put("POST /votes/{id}/cases/{caseId}/edit", voteCase);
        TUPLES.put("POST /votes/{id}/cases/{caseId}/delete", voteCase);
        TUPLES.put("POST /votes/{id}/cases/{caseId}/move", voteCase);
        TUPLES.put("POST /votes/{id}/publish", vote);
        TUPLES.put("POST /votes/{id}/close", vote);
        TUPLES.put("POST /votes/{id}/results", vote);
        TUPLES.put("POST /public/{slug}/votes/{id}/code", publicVote);
        TUPLES.put("POST /public/{slug}/votes/{id}/ballot", publicVote);
        // Issue 18 part E: proposal contests (공모전), the office's pages and the public entry form
        String competition = "select id, version from competition";
        String publicCompetition = "select o.slug, c.id from competition c join organization o on o.id = c.organization_id";
        TUPLES.put("POST /competitions", "");
        TUPLES.put("POST /competitions/{id}/edit", competition);
        TUPLES.put("POST /competitions/{id}/announce", competition);
        TUPLES.put("POST /competitions/{id}/results", competition);
        TUPLES.put("POST /competitions/{id}/entries/{entryId}/grade",
                "select e.competition_id as id, e.id as entryid, e.version from competition_entry e");
        TUPLES.put("POST /public/{slug}/competitions/{id}/enter", publicCompetition);
        TUPLES.put("POST /public/{slug}/competitions/{id}/enter/confirm", publicCompetition);
        TUPLES.put("POST /plans/{planId}/contest/public-vote", plan);
    }

    /** Endpoints the security filter answers, not a controller: sign-in and sign-out forms. */
    static final Map<String, List<Field>> FILTER_ENDPOINTS = Map.of(
            "POST /login", List.of(new Field("username", String.class, null), new Field("password", String.class, null)),
            "POST /logout", List.of());

    static List<Long> SEEDED_ORGANIZATIONS = List.of();

    static final List<String> PEOPLE = List.of("samcheok.admin", "samcheok.chongmu", "samcheok.viewer", "incheon.admin",
            "junggu.admin", "operator");

    static ConfigurableApplicationContext app;
    static MockMvc mvc;
    static JdbcTemplate jdbc;
    static List<Endpoint> endpoints;
    static String snapshotSql;
    static final Map<String, List<Map<String, Object>>> tuples = new TreeMap<>();
    static final Map<String, List<Object>> ids = new TreeMap<>();
    static final Map<String, AtomicLong> counts = new TreeMap<>();
    static final Map<String, Map<String, Integer>> statuses = new TreeMap<>();
    static String token;
    /** The people of {@link #PEOPLE} as the services see them, read at the start of each try. */
    static final Map<String, CurrentUser> people = new java.util.HashMap<>();
    static int round;
    static long started;

    record Field(String name, Class<?> type, Type generic) {
    }

    /** A discovered endpoint: method, path pattern, the fields its handler binds. */
    record Endpoint(String key, HttpMethod method, String pattern, List<String> pathVariables, List<Field> fields,
                    List<Field> listFields, Map<String, String> requiredParams) {
    }

    /** One generated request, kept readable for a failure report. */
    record Case(Endpoint endpoint, String path, Map<String, List<String>> params, String who, String auth,
                boolean withCsrf) {

        @Override
        public String toString() {
            return endpoint.method() + " " + path + " as " + who + " (" + auth + (withCsrf ? "" : ", no CSRF") + ") "
                    + params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().stream()
                    .map(v -> v.length() > 40 ? v.substring(0, 40) + "…(" + v.length() + ")" : v)
                    .map(FuzzSuiteTest::visible).toList()).collect(Collectors.joining(" "));
        }
    }

    /** BCrypt at cost 4 in this suite, so thousands of password checks stay fast; the rules are the same. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FastPasswords {
        @Bean
        @Primary
        PasswordEncoder fastPasswordEncoder() {
            return new BCryptPasswordEncoder(4);
        }
    }

    // ================================================================ the context, once

    @BeforeContainer
    static void start() throws Exception {
        started = System.currentTimeMillis();
        app = new SpringApplicationBuilder(InnotrackApplication.class, FastPasswords.class).run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:fuzz;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--innotrack.scheduling.enabled=false", "--logging.level.root=WARN", "--logging.level.innotrack.security=WARN",
                "--spring.main.banner-mode=off");
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity()).build();
        jdbc = app.getBean(JdbcTemplate.class);
        jdbc.update("update account set password_hash = ?", new BCryptPasswordEncoder(4).encode("innotrack-demo"));
        seedRoundsAndTokens();
        // the participation key is generated and stored once, on first use: not a trace of whichever request is first
        app.getBean(kr.innotrack.participation.ParticipationKey.class).voiceOf("fuzz-warm-up");
        endpoints = discover();
        tableNames = jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'public'"
                + " and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history' order by table_name", String.class);
        String tables = tableNames.stream().map(t -> "(select count(*) from \"" + t + "\")").collect(Collectors.joining(", "));
        String versions = jdbc.queryForList("select table_name from information_schema.columns where table_schema = 'public'"
                + " and column_name = 'version' and upper(data_type) like '%INT%' order by table_name", String.class)
                .stream().map(t -> "(select coalesce(sum(version), 0) from \"" + t + "\")").collect(Collectors.joining(", "));
        snapshotSql = "select " + tables + (versions.isEmpty() ? "" : ", " + versions);
        firstSnapshot = snapshotQuery();
        // the snapshot's shortcut (see snapshot()) must see a write, even one that changes no value
        List<Long> unchanged = jdbc.queryForList(CHANGES_SQL, Long.class);
        jdbc.update("update organization set name = name where id = (select min(id) from organization)");
        if (jdbc.queryForList(CHANGES_SQL, Long.class).equals(unchanged)) {
            throw new IllegalStateException("H2's last_modification did not move on a write: the snapshot shortcut would"
                    + " hide what a refused request wrote");
        }
        SEEDED_ORGANIZATIONS = jdbc.queryForList("select id from organization", Long.class);
        refreshTuples();
    }

    static List<String> tableNames;
    static List<Object> firstSnapshot;

    /**
     * How many rows each table gained or lost over the run (tables that did not change left out): shows which saves the
     * generated requests reached, not only which were refused.
     */
    static String rowChanges() {
        List<Object> last = snapshotQuery();
        Map<String, Long> changes = new TreeMap<>();
        for (int i = 0; i < tableNames.size(); i++) {
            long change = (Long) last.get(i) - (Long) firstSnapshot.get(i);
            if (change != 0) {
                changes.put(tableNames.get(i), change);
            }
        }
        return changes.toString();
    }

    /** Rounds in every state with entries and a remedy, a notice, API tokens: so the generated ids reach deep code. */
    static void seedRoundsAndTokens() throws Exception {
        CurrentUser admin = Accounts.user(jdbc, "samcheok.admin");
        CurrentUser chongmu = Accounts.user(jdbc, "samcheok.chongmu");
        long plan = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시'", Long.class);
        List<Long> tasks = jdbc.queryForList("select t.id from task t join department d on d.id = t.lead_department_id"
                + " where t.plan_id = ? and d.name = '총무과' order by t.id", Long.class, plan);
        for (String period : new String[] {"Q1", "Q2", "Q3"}) {
            MockHttpServletRequestBuilder create = MockMvcRequestBuilders.post("/plans/" + plan + "/rounds")
                    .param("period", period).param("referenceDate", "2021-0" + (period.charAt(1) - '0') * 3 + "-28")
                    .param("deadline", "2021-0" + (period.charAt(1) - '0') * 3 + "-28").param("scope", "SELECTED");
            tasks.forEach(t -> create.param("taskIds", "" + t));
            MvcResult made = mvc.perform(create.with(SignedIn.as(admin)).with(csrf())).andReturn();
            if (made.getResponse().getRedirectedUrl() == null || !made.getResponse().getRedirectedUrl().startsWith("/rounds/")) {
                throw new IllegalStateException("seeding the fuzz suite: round " + period + " not created ("
                        + made.getResponse().getStatus() + ")");
            }
            long roundId = Long.parseLong(made.getResponse().getRedirectedUrl().replace("/rounds/", ""));
            if (period.equals("Q1")) {
                continue; // stays 준비
            }
            move(admin, roundId, "SUBMISSION");
            for (Map<String, Object> e : jdbc.queryForList("select id, version from round_entry where round_id = ?", roundId)) {
                expect(302, chongmu, MockMvcRequestBuilders.post("/rounds/" + roundId + "/entries/" + e.get("id"))
                        .param("action", "submit").param("version", "" + e.get("version")).param("progress", "20")
                        .param("selfStatus", "RED").param("achievements", "실적"));
            }
            if (period.equals("Q3")) {
                move(admin, roundId, "REVIEW");
                for (Map<String, Object> e : jdbc.queryForList("select id, version from round_entry where round_id = ?", roundId)) {
                    expect(302, admin, MockMvcRequestBuilders.post("/rounds/" + roundId + "/entries/" + e.get("id") + "/review")
                            .param("version", "" + e.get("version")).param("rating", "POOR").param("comment", "지연"));
                }
                if (jdbc.queryForObject("select count(*) from remedy r join round_entry e on e.id = r.entry_id"
                        + " where e.round_id = ?", Long.class, roundId) == 0) {
                    throw new IllegalStateException("seeding the fuzz suite: no remedy owed in round " + roundId);
                }
            }
        }
        seedContestsAndPublications(admin, chongmu, plan, tasks);
        // evidence: a PDF on one of 총무과's milestones and on an entry of the last round, for the removal endpoint
        long milestone = jdbc.queryForObject("select min(id) from milestone where task_id = ?", Long.class, tasks.get(0));
        long entry = jdbc.queryForObject("select max(id) from round_entry", Long.class);
        for (String owner : new String[] {"milestone/" + milestone, "round-entry/" + entry}) {
            byte[] pdf;
            try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
                 java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
                doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
                doc.save(out);
                pdf = out.toByteArray();
            }
            MvcResult attached = mvc.perform(MockMvcRequestBuilders.multipart("/evidence/" + owner)
                    .file(new org.springframework.mock.web.MockMultipartFile("file", "증빙.pdf", "application/pdf", pdf))
                    .with(SignedIn.as(chongmu)).with(csrf())).andReturn();
            if (attached.getResponse().getStatus() != 302) {
                throw new IllegalStateException("seeding the fuzz suite: evidence on " + owner + " not attached ("
                        + attached.getResponse().getStatus() + ", " + attached.getResolvedException() + ")");
            }
        }
        token = "itk_fuzz-suite-token-0123456789abcdefghijklmnopq";
        jdbc.update("insert into api_token (account_id, name, token_hash, token_prefix, scope, created_at, created_by,"
                + " expires_at) select id, 'fuzz', ?, 'itk_fuzz-s', 'READ', current_timestamp, 'fuzz',"
                + " timestamp '2999-01-01 00:00:00' from account where username = 'samcheok.viewer'",
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * Issue 13's steps in the states the generated requests should meet: Samcheok's contest being prepared (a shortlist,
     * one summary missing) and its ranking published with the objection window open and one objection filed; Jung-gu's
     * vote open on a summarized shortlist and its ranking published with the window already over, so awards can be
     * confirmed; Incheon with neither.
     */
    static void seedContestsAndPublications(CurrentUser admin, CurrentUser chongmu, long plan, List<Long> chongmuTasks)
            throws Exception {
        long otherTask = jdbc.queryForObject("select min(id) from task where plan_id = ? and lead_department_id <> ?",
                Long.class, plan, chongmu.departmentId());
        expect(302, admin, MockMvcRequestBuilders.post("/plans/" + plan + "/contest/shortlist").param("version", "-1")
                .param("taskIds", "" + chongmuTasks.get(0)).param("taskIds", "" + otherTask));
        summarize(chongmu, plan, chongmuTasks.get(0));
        expect(302, admin, MockMvcRequestBuilders.post("/plans/" + plan + "/ranking/publication").param("version", "-1")
                .param("objectionUntil", today().plusDays(30).toString()));
        expect(302, chongmu, MockMvcRequestBuilders.post("/plans/" + plan + "/ranking/departments/" + chongmu.departmentId()
                + "/objections").param("component", "MILESTONE").param("text", "완료한 일정이 반영되지 않았습니다."));

        CurrentUser junggu = Accounts.user(jdbc, "junggu.admin");
        long jungguPlan = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '서울특별시 중구'", Long.class);
        // tasks of other departments than the admin's, so the admin (the one Jung-gu voter of PEOPLE) may vote for them
        List<Long> jungguTasks = jdbc.queryForList("select t.id from task t where t.plan_id = ? and t.lead_department_id <> ?"
                + " and not exists (select 1 from task_collaborating_department c where c.task_id = t.id"
                + " and c.department_id = ?) order by t.id fetch first 3 rows only", Long.class, jungguPlan,
                junggu.departmentId(), junggu.departmentId());
        MockHttpServletRequestBuilder shortlist = MockMvcRequestBuilders.post("/plans/" + jungguPlan + "/contest/shortlist")
                .param("version", "-1");
        jungguTasks.forEach(t -> shortlist.param("taskIds", "" + t));
        expect(302, junggu, shortlist);
        for (Long t : jungguTasks) {
            summarize(junggu, jungguPlan, t);
        }
        expect(302, junggu, MockMvcRequestBuilders.post("/plans/" + jungguPlan + "/contest/open").param("confirm", "true"));
        expect(302, junggu, MockMvcRequestBuilders.post("/plans/" + jungguPlan + "/ranking/publication").param("version", "-1")
                .param("objectionUntil", today().toString()));
        jdbc.update("update ranking_publication set objection_until = ? where plan_id = ?", today().minusDays(1), jungguPlan);
    }

    static void summarize(CurrentUser who, long plan, long task) throws Exception {
        long version = jdbc.queryForObject("select version from contest_candidate where plan_id = ? and task_id = ?",
                Long.class, plan, task);
        expect(302, who, MockMvcRequestBuilders.post("/plans/" + plan + "/contest/candidates/" + task + "/summary")
                .param("version", "" + version).param("summary", "성과 요약: 목표 3건 중 3건 달성\n참여 시민 120명"));
    }

    static void expect(int status, CurrentUser who, MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.with(SignedIn.as(who)).with(csrf())).andReturn();
        if (result.getResponse().getStatus() != status) {
            throw new IllegalStateException("seeding the fuzz suite: " + status + " expected, got " + result.getResponse()
                    .getStatus() + " for " + request + " (" + result.getResolvedException() + ")");
        }
    }

    /** A step of the round, confirmed (issue 13: opening after the deadline, as here, and closing ask first). */
    static void move(CurrentUser admin, long roundId, String target) throws Exception {
        long version = jdbc.queryForObject("select version from check_round where id = ?", Long.class, roundId);
        expect(302, admin, MockMvcRequestBuilders.post("/rounds/" + roundId + "/state").param("target", target)
                .param("version", "" + version).param("confirm", "true"));
        String state = jdbc.queryForObject("select state from check_round where id = ?", String.class, roundId);
        if (!state.equals(target)) {
            throw new IllegalStateException("seeding the fuzz suite: round " + roundId + " is " + state + ", not " + target);
        }
    }

    /** Every POST handler, every GET under /api/ and every download, with the fields each binds, plus sign-in and sign-out. */
    static List<Endpoint> discover() {
        List<Endpoint> found = new ArrayList<>();
        RequestMappingHandlerMapping mapping = app.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                boolean post = methods.contains(RequestMethod.POST);
                boolean api = (pattern.startsWith("/api/") || pattern.matches(".*\\.(pdf|xlsx|hwpx)$"))
                        && (methods.isEmpty() || methods.contains(RequestMethod.GET));
                if (post || api) {
                    HttpMethod method = post ? HttpMethod.POST : HttpMethod.GET;
                    List<Field> fields = new ArrayList<>();
                    List<Field> lists = new ArrayList<>();
                    List<String> variables = new ArrayList<>();
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(pattern);
                    while (m.find()) {
                        variables.add(m.group(1));
                    }
                    for (MethodParameter p : e.getValue().getMethodParameters()) {
                        p.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
                        Class<?> type = p.getParameterType();
                        if (p.hasParameterAnnotation(PathVariable.class)) {
                            continue;
                        } else if (p.hasParameterAnnotation(RequestParam.class)) {
                            String name = p.getParameterAnnotation(RequestParam.class).name();
                            name = name.isEmpty() ? p.getParameterAnnotation(RequestParam.class).value() : name;
                            fields.add(new Field(name.isEmpty() ? p.getParameterName() : name, type, p.getGenericParameterType()));
                        } else if (!BeanUtils.isSimpleProperty(type) && type.getName().startsWith("kr.innotrack.")
                                && type != CurrentUser.class) {
                            formFields(type, "", fields, lists, 0);
                        } else if (!(type == CurrentUser.class || BindingResult.class.isAssignableFrom(type)
                                || RedirectAttributes.class.isAssignableFrom(type) || type.getName().startsWith("jakarta.servlet")
                                || type.getName().startsWith("org.springframework.ui"))) {
                            throw new IllegalStateException("the fuzz suite does not know how to fill parameter "
                                    + p.getParameterName() + " (" + type.getName() + ") of " + e.getValue());
                        }
                    }
                    // A handler mapped by a parameter (params = "fill") is its own endpoint: its key names the
                    // parameter, and its requests carry it, so it is reached rather than its sibling.
                    Map<String, String> required = new TreeMap<>();
                    e.getKey().getParamsCondition().getExpressions().stream().filter(x -> !x.isNegated())
                            .forEach(x -> required.put(x.getName(), x.getValue() == null ? "" : x.getValue()));
                    String key = method + " " + pattern + (required.isEmpty() ? "" : " " + required.keySet());
                    found.add(new Endpoint(key, method, pattern, variables, fields, lists, required));
                }
            }
        }
        FILTER_ENDPOINTS.forEach((key, fields) -> found.add(new Endpoint(key, HttpMethod.POST, key.substring(5), List.of(),
                fields, List.of(), Map.of())));
        found.sort(java.util.Comparator.comparing(Endpoint::key));
        return found;
    }

    /** The bindable properties of a form object; a list of form lines becomes indexed fields ({@code lines[i].x}). */
    static void formFields(Class<?> type, String prefix, List<Field> fields, List<Field> lists, int depth) {
        for (var pd : BeanUtils.getPropertyDescriptors(type)) {
            if (pd.getWriteMethod() == null) {
                continue;
            }
            Type generic = pd.getWriteMethod().getGenericParameterTypes()[0];
            if (Collection.class.isAssignableFrom(pd.getPropertyType()) && generic instanceof ParameterizedType pt
                    && pt.getActualTypeArguments()[0] instanceof Class<?> element) {
                if (element.getName().startsWith("kr.innotrack.") && !element.isEnum() && depth == 0) {
                    List<Field> sub = new ArrayList<>();
                    formFields(element, "", sub, new ArrayList<>(), depth + 1);
                    sub.forEach(f -> lists.add(new Field(pd.getName() + "[]." + f.name(), f.type(), f.generic())));
                } else {
                    fields.add(new Field(prefix + pd.getName(), pd.getPropertyType(), generic));
                }
            } else {
                fields.add(new Field(prefix + pd.getName(), pd.getPropertyType(), generic));
            }
        }
    }

    static void refreshTuples() {
        for (Map.Entry<String, String> e : TUPLES.entrySet()) {
            tuples.put(e.getKey(), e.getValue().isEmpty() ? List.of(Map.of())
                    : jdbc.queryForList(e.getValue()).stream().map(FuzzSuiteTest::lowerKeys).toList());
        }
        for (String[] pool : new String[][] {{"taskid", "select id from task"}, {"departmentid", "select id from department"},
                {"milestoneid", "select id from milestone"}, {"organization", "select id from organization"},
                {"kpiid", "select id from kpi"}, {"id", "select id from account"}}) {
            ids.put(pool[0], jdbc.queryForList(pool[1], Object.class));
        }
    }

    static Map<String, Object> lowerKeys(Map<String, Object> row) {
        Map<String, Object> m = new LinkedHashMap<>();
        row.forEach((k, v) -> m.put(k.toLowerCase(Locale.ROOT), v));
        return m;
    }

    @AfterContainer
    static void stop() {
        try {
            if (firstSnapshot != null) {
                System.out.println("[fuzz] rows written by the run (table: after − before): " + rowChanges());
            }
            long seconds = (System.currentTimeMillis() - started) / 1000;
            System.out.println("[fuzz] requests per endpoint (" + endpoints.size() + " endpoints, " + seconds + " s):");
            counts.forEach((k, v) -> System.out.println("[fuzz]   " + String.format("%5d", v.get()) + "  " + k + "  "
                    + statuses.getOrDefault(k, Map.of())));
            long total = counts.values().stream().mapToLong(AtomicLong::get).sum();
            List<String> short_ = endpoints.stream().filter(e -> counts.getOrDefault(e.key(), new AtomicLong()).get() < TRIES)
                    .map(Endpoint::key).toList();
            if (!short_.isEmpty()) {
                throw new AssertionError("fewer than " + TRIES + " requests reached " + short_);
            }
            System.out.println("[fuzz] total " + total + " requests, 0 server errors; requests " + requestNanos / 1_000_000
                    + " ms, database snapshots " + snapshotNanos / 1_000_000 + " ms (" + fullSnapshots + " read in full)");
        } finally {
            if (app != null) {
                app.close();
            }
        }
    }

    // ================================================================ the properties

    @Example
    void everyEndpointHasASpec() {
        List<String> missing = endpoints.stream().map(Endpoint::key).filter(k -> !TUPLES.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            throw new AssertionError("endpoints without a fuzz spec (add a row to FuzzSuiteTest.TUPLES): " + missing);
        }
        List<String> unknownVariables = new ArrayList<>();
        for (Endpoint e : endpoints) {
            Set<String> columns = tuples.get(e.key()).stream().findFirst().map(Map::keySet).orElse(Set.of());
            e.pathVariables().stream().filter(v -> !columns.contains(v.toLowerCase(Locale.ROOT)) && !tuples.get(e.key()).isEmpty()
                    && !TUPLES.get(e.key()).isEmpty()).forEach(v -> unknownVariables.add(e.key() + " {" + v + "}"));
        }
        if (!unknownVariables.isEmpty()) {
            throw new AssertionError("path variables the specs do not give: " + unknownVariables);
        }
    }

    @Property(tries = TRIES, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
    void everyEndpointAnswersWithoutServerErrorAndA4xxLeavesNoTrace(@ForAll("oneRequestPerEndpoint") long seed)
            throws Exception {
        if (++round % 100 == 0) {
            refreshTuples();
        }
        Random random = new Random(seed);
        people.clear(); // read once a try: a try's requests come from sessions signed in as the try began
        List<Object> before = snapshot();
        for (Endpoint endpoint : endpoints) {
            Case c = generate(endpoint, random);
            MvcResult result;
            long t0 = System.nanoTime();
            try {
                result = send(c);
                requestNanos += System.nanoTime() - t0;
            } catch (Exception e) {
                throw new AssertionError("server error (unhandled " + e + ") for " + c + " (seed " + seed + ")", e);
            }
            int status = result.getResponse().getStatus();
            counts.computeIfAbsent(endpoint.key(), k -> new AtomicLong()).incrementAndGet();
            statuses.computeIfAbsent(endpoint.key(), k -> new TreeMap<>()).merge(status / 100 + "xx", 1, Integer::sum);
            if (status >= 500) {
                Throwable cause = result.getResolvedException();
                throw new AssertionError("server error " + status + " for " + c + " (seed " + seed + ")"
                        + (cause == null ? "" : ": " + cause), cause);
            }
            if (System.getProperty("fuzz.debug") != null && status == 400) {
                System.out.println("[fuzz-debug] " + c + " -> " + result.getResolvedException() + " "
                        + result.getResponse().getContentAsString().replaceAll("(?s).*<p>([^<]*)</p>.*", "$1"));
            }
            List<Object> after = snapshot();
            if (status >= 400 && !after.equals(before)) {
                throw new AssertionError("a " + status + " changed the database for " + c + " (seed " + seed + "):\n before "
                        + before + "\n after  " + after);
            }
            before = after;
        }
    }

    @Provide
    Arbitrary<Long> oneRequestPerEndpoint() {
        return Arbitraries.longs();
    }

    static long snapshotNanos;
    static long requestNanos;

    /**
     * The row counts and version sums; read again only when a table was written since the last time (H2 keeps each
     * table's last modification id: a request that wrote nothing, the usual 4xx, costs one small query, not a count
     * and a sum over every table). A write rolled back also moves the id: then the full snapshot decides, as before.
     */
    static List<Object> snapshot() {
        long t0 = System.nanoTime();
        try {
            List<Long> changes = jdbc.queryForList(CHANGES_SQL, Long.class);
            if (lastSnapshot == null || !changes.equals(lastChanges)) {
                lastSnapshot = snapshotQuery();
                lastChanges = changes;
                fullSnapshots++;
            }
            return lastSnapshot;
        } finally {
            snapshotNanos += System.nanoTime() - t0;
        }
    }

    static final String CHANGES_SQL = "select last_modification from information_schema.tables where table_schema = 'public'"
            + " and table_type = 'BASE TABLE' order by table_name";
    static List<Long> lastChanges;
    static List<Object> lastSnapshot;
    static long fullSnapshots;

    static List<Object> snapshotQuery() {
        return jdbc.query(snapshotSql, rs -> {
            List<Object> values = new ArrayList<>();
            rs.next();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                values.add(rs.getLong(i));
            }
            return values;
        });
    }

    // ================================================================ generating a request

    /**
     * Half the requests are mostly well-formed (real ids and versions, plausible values, one field in twenty wrong), so
     * the deep paths — saves, conflicts, state changes — are reached; the other half are hostile throughout.
     */
    static Case generate(Endpoint endpoint, Random r) {
        boolean sane = r.nextBoolean();
        List<Map<String, Object>> rows = tuples.getOrDefault(endpoint.key(), List.of()); // a missing row: everyEndpointHasASpec
        Map<String, Object> tuple = rows.isEmpty() ? Map.of() : rows.get(r.nextInt(rows.size()));
        String path = endpoint.pattern();
        for (String variable : endpoint.pathVariables()) {
            Object value = tuple.get(variable.toLowerCase(Locale.ROOT));
            String text = value != null && (sane || r.nextInt(10) < 8) ? value.toString() : pick(r, "0", "-1", "999999", "abc", "1",
                    "2", "3", "1.5", "%00", "9223372036854775808");
            path = path.replace("{" + variable + "}", UriUtils.encodePathSegment(text, StandardCharsets.UTF_8));
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (Field f : endpoint.fields()) {
            if (r.nextInt(100) < (sane ? 3 : 12)) {
                continue; // missing
            }
            if (List.class.isAssignableFrom(f.type()) || Set.class.isAssignableFrom(f.type())) {
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    params.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(value(elementName(f), Long.class, tuple, r, sane));
                }
                if (!sane && r.nextInt(10) == 0) {
                    params.put(f.name() + "[" + badIndex(r) + "]", new ArrayList<>(List.of(value(f.name(), Long.class, tuple, r, false))));
                }
            } else {
                params.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(value(f.name(), f.type(), tuple, r, sane));
            }
        }
        if (!endpoint.listFields().isEmpty()) {
            int lines = r.nextInt(5);
            for (int i = 0; i < lines; i++) {
                String index = !sane && r.nextInt(12) == 0 ? badIndex(r) : "" + i;
                for (Field f : endpoint.listFields()) {
                    if (r.nextInt(100) < 10) {
                        continue;
                    }
                    String sub = f.name().substring(f.name().indexOf("].") + 2);
                    params.put(f.name().replace("[]", "[" + index + "]"), new ArrayList<>(List.of(value(sub, f.type(), tuple, r, sane))));
                }
            }
        }
        endpoint.requiredParams().forEach((name, v) -> {
            if (sane || r.nextInt(20) > 0) {
                params.put(name, new ArrayList<>(List.of(v)));
            }
        });
        if (!sane && r.nextInt(10) == 0 && !params.isEmpty()) {
            String name = pick(r, params.keySet().toArray(String[]::new));
            params.get(name).add(value(name, String.class, tuple, r, false)); // duplicated
        }
        if (!sane && r.nextInt(8) == 0) {
            params.put(pick(r, "id", "organizationId", "class.module.classLoader.URLs[0]", "enabled", "role", "version",
                    "lines[0].taskId", "grades[0].name", "_csrf_extra", "username"), new ArrayList<>(List.of(value("x", String.class, tuple, r, false))));
        }
        String who;
        String auth;
        int kind = r.nextInt(20);
        if (kind == 0) {
            who = "anonymous";
            auth = "none";
        } else if (endpoint.method() == HttpMethod.GET && kind < 6) {
            who = "samcheok.viewer";
            auth = kind < 5 ? "bearer" : "bad-bearer";
        } else {
            who = PEOPLE.get(r.nextInt(PEOPLE.size()));
            auth = "session";
        }
        String target = path;
        if (endpoint.key().equals("POST /operator/organizations/{id}/enabled") && params.containsKey("enabled")
                && SEEDED_ORGANIZATIONS.stream().anyMatch(id -> target.endsWith("/" + id + "/enabled"))) {
            // disabling an organization of the people this suite signs in as would end their sessions for good (the
            // next request's 401 rightly writes a security event): seeded organizations are only ever enabled here
            params.put("enabled", new ArrayList<>(List.of("true")));
        }
        return new Case(endpoint, path, params, who, auth, sane || r.nextInt(25) != 0);
    }

    static String elementName(Field f) {
        return f.name().endsWith("s") ? f.name().substring(0, f.name().length() - 1) : f.name();
    }

    static String badIndex(Random r) {
        return pick(r, "300", "-1", "100000", "x", "255", "256", "2147483648", "");
    }

    static String value(String name, Class<?> type, Map<String, Object> tuple, Random r, boolean sane) {
        if (sane && r.nextInt(20) > 0) {
            return saneValue(name, type, tuple, r);
        }
        return value(name, type, tuple, r);
    }

    /** A plausible value: the record's own id and version, a real enum constant, a number and a date in range. */
    static String saneValue(String name, Class<?> type, Map<String, Object> tuple, Random r) {
        String key = name.toLowerCase(Locale.ROOT);
        if (tuple.get(key) != null) {
            return tuple.get(key).toString();
        }
        if (ids.containsKey(key)) {
            List<Object> pool = ids.get(key);
            return pool.get(r.nextInt(pool.size())).toString();
        }
        switch (key) {
            case "version", "basedon" -> {
                return pick(r, "0", "1", "-1", "");
            }
            case "password", "passwordconfirm" -> {
                return "Harbor-Lantern-42";
            }
            case "currentpassword" -> {
                return "innotrack-demo";
            }
            case "username" -> {
                return "fuzz." + r.nextInt(1000000);
            }
            case "period" -> {
                return pick(r, "Q1", "Q2", "Q3", "Q4", "H1", "H2");
            }
            case "action" -> {
                return pick(r, "save", "submit");
            }
            case "target" -> {
                return pick(r, "SUBMISSION", "REVIEW", "FEEDBACK", "CLOSED");
            }
            case "days" -> {
                return pick(r, "30", "90", "180", "365");
            }
            case "quarter" -> {
                return "" + (1 + r.nextInt(4));
            }
            case "year", "organization" -> {
                return key.equals("year") ? pick(r, "2021", "2022") : value(name, type, tuple, r);
            }
            case "member" -> {
                return pick(r, "위원 A", "위원 B");
            }
            case "phone" -> {
                return pick(r, "033-570-3000", "032-440-1234");
            }
            case "objectionuntil" -> {
                return today().plusDays(r.nextInt(61)).toString(); // the publication's window: today to 60 days on
            }
            case "referencedate", "deadline" -> {
                // a quarter's last day of the plan year (the deadline ten days on): matches the period one time in four
                int year = tuple.get("planyear") instanceof Number n ? n.intValue() : 2021;
                LocalDate end = YearMonth.of(year, 3 * (1 + r.nextInt(4))).atEndOfMonth();
                return (key.equals("deadline") ? end.plusDays(10) : end).toString();
            }
            case "count" -> {
                return "" + r.nextInt(3); // award grades: a few departments each
            }
            case "confirm" -> {
                return r.nextInt(4) > 0 ? "true" : "false"; // mostly past the confirmation page, so the steps are reached
            }
            default -> {
            }
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return ((Enum<?>) constants[r.nextInt(constants.length)]).name();
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "" + r.nextInt(101);
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return r.nextInt(1001) / 10 + "." + r.nextInt(10);
        }
        if (type == boolean.class || type == Boolean.class) {
            return r.nextBoolean() ? "true" : "false";
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2021, 1 + r.nextInt(12), 1 + r.nextInt(28)).toString();
        }
        if (type == YearMonth.class) {
            return YearMonth.of(2021, 1 + r.nextInt(12)).toString();
        }
        return pick(r, "결과 보고", "정상 추진 중", "위원 A", "예산 집행 지연으로 일정 조정", "담당자 홍길동");
    }

    static String value(String name, Class<?> type, Map<String, Object> tuple, Random r) {
        String key = name.toLowerCase(Locale.ROOT);
        Object fromTuple = tuple.get(key);
        if (fromTuple != null && r.nextInt(3) > 0) {
            return r.nextInt(15) == 0 && fromTuple instanceof Number n ? "" + (n.longValue() + 1) : fromTuple.toString();
        }
        if (ids.containsKey(key) && r.nextInt(3) > 0) {
            List<Object> pool = ids.get(key);
            return pool.get(r.nextInt(pool.size())).toString();
        }
        switch (key) {
            case "password", "passwordconfirm", "currentpassword" -> {
                return pick(r, "Harbor-Lantern-42", "innotrack-demo", "Tg7!" + "x".repeat(69), "가나다라마바사아자차카타파하거너더러머버서어저처커",
                        "aaaaaaaaaa", "1234567890", "          ", "", "Quiet-Meadow-57\u0000", "Samcheok.Admin-9");
            }
            case "username" -> {
                return pick(r, "fuzz." + r.nextInt(100000), "samcheok.viewer", "incheon.admin", "A B", "", "x".repeat(60),
                        "\u202eadmin", "samcheok.admin");
            }
            case "period" -> {
                return pick(r, "Q1", "Q2", "Q3", "Q4", "H1", "H2", "Q9", "", "x");
            }
            case "action" -> {
                return pick(r, "save", "submit", "delete", "");
            }
            case "target" -> {
                return pick(r, "PREPARING", "SUBMISSION", "REVIEW", "FEEDBACK", "CLOSED", "BOGUS");
            }
            case "days" -> {
                return pick(r, "30", "90", "180", "365", "7", "-1", "abc", "100000");
            }
            case "quarter" -> {
                return pick(r, "1", "2", "3", "4", "0", "5", "abc", "");
            }
            case "year" -> {
                return pick(r, "2020", "2021", "2022", "2023", "1999", "2100", "abc", "12.5", "");
            }
            case "version", "basedon" -> {
                return pick(r, "0", "1", "2", "-1", "abc", "99999999999999999999", "", "" + r.nextInt(5));
            }
            case "objectionuntil" -> {
                LocalDate today = today();
                return pick(r, today.toString(), today.plusDays(60).toString(), today.plusDays(61).toString(),
                        today.minusDays(1).toString(), "2021-02-30", "abc", "", "9999-12-31", "+999999999-12-31");
            }
            case "confirm" -> {
                return pick(r, "true", "false", "on", "yes", "1", "", "abc");
            }
            default -> {
            }
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return r.nextInt(6) == 0 ? pick(r, "BOGUS", "", "0") : ((Enum<?>) constants[r.nextInt(constants.length)]).name();
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return pick(r, "0", "1", "2", "3", "5", "10", "20", "50", "60", "80", "100", "101", "150", "200", "-1", "-100",
                    "2021", "99999999999", "9223372036854775808", "abc", "12.5", "1e309", "", " 7", "0x10", "" + r.nextInt());
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return pick(r, "0", "12.5", "87", "100", "100.1", "-5", "1e309", "abc", "99999999999999999.99", "0.001", "NaN",
                    "", "1e-400", "" + r.nextInt(200));
        }
        if (type == boolean.class || type == Boolean.class) {
            return pick(r, "true", "false", "on", "", "abc");
        }
        if (type == LocalDate.class) {
            return pick(r, "2021-03-31", "2021-04-10", "2021-06-30", "2026-12-31", "2020-01-01", "0000-01-01", "9999-12-31",
                    "2021-02-30", "abc", "", "+999999999-12-31", "2021-6-1");
        }
        if (type == YearMonth.class) {
            return pick(r, "2021-01", "2021-06", "2021-12", "2026-12", "0000-01", "9999-12", "2021-13", "abc", "", "2021-6");
        }
        return pick(r, "결과 보고", "정상 추진", "위원 A", "", "   ", "\u0000\u001b\u0007제어", "\uFEFF", "\u202e가나다\u2066",
                "\u3164", "a".repeat(5000), "가".repeat(2001), "<script>alert(1)</script>", "' or 1=1 --",
                "\"; drop table account; --", "[[${7*7}]]", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
                "${7*7}", "=1+2\nZ", "\t=1+3", "\uD83D\uDE00".repeat(300), "줄\r\n바꿈", "1", "2021", "%s%n", "../../etc/passwd");
    }

    /** Today as the app's clock sees it (Korea). */
    static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Seoul"));
    }

    @SafeVarargs
    static <T> T pick(Random r, T... values) {
        return values[r.nextInt(values.length)];
    }

    static String visible(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0xfeff) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    // ================================================================ sending it

    static MvcResult send(Case c) throws Exception {
        MockHttpServletRequestBuilder request = c.endpoint().method() == HttpMethod.POST
                ? MockMvcRequestBuilders.post(java.net.URI.create(c.path()))
                : MockMvcRequestBuilders.get(java.net.URI.create(c.path()));
        c.params().forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        switch (c.auth()) {
            case "session" -> request.with(SignedIn.as(people.computeIfAbsent(c.who(), who -> Accounts.user(jdbc, who))));
            case "bearer" -> request.header("Authorization", "Bearer " + token);
            case "bad-bearer" -> request.header("Authorization", "Bearer itk_not-a-real-token");
            default -> {
            }
        }
        if (c.withCsrf()) {
            request.with(csrf());
        }
        return mvc.perform(request).andReturn();
    }
}
