package kr.innotrack.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * National-scale data for benchmarks and query-count guards: organizations, each with a 2021 plan in a 3-level
 * strategy tree, 15–25 departments, ~40 tasks with ~10 milestones and 2 KPIs (quarterly values), four closed check
 * rounds with submissions, ratings and remedies, and accounts. Deterministic for a seed. Rows go in with JDBC batch
 * inserts under explicit ids above the tables' current maximum; the identity sequences are moved past them at the
 * end, so the application keeps inserting normally afterwards. Portable between PostgreSQL and H2.
 */
public final class NationalData {

    private static final String[] PREFIX = {"가", "나", "다", "라", "마", "바", "사", "아", "자", "차", "카", "타", "파", "하",
            "강", "남", "동", "서", "북", "청", "한", "금", "은", "송", "영", "용", "진", "해", "산", "평", "광", "명"};
    private static final String[] SECOND = {"람", "온", "빛", "솔", "누리", "마루", "들", "내", "결", "벌", "뫼", "샘", "달", "별",
            "나래", "하늘", "바다", "숲", "고을", "터"};
    private static final String[] SUFFIX = {"시", "군", "구"};
    private static final String[] DEPARTMENTS = {"기획예산과", "총무과", "민원봉사과", "재무과", "세무과", "회계과", "정보통신과",
            "자치행정과", "문화관광과", "체육진흥과", "교육지원과", "복지정책과", "노인장애인과", "여성가족과", "아동보육과",
            "보건정책과", "건강증진과", "환경정책과", "청소행정과", "공원녹지과", "도시계획과", "건축과", "도로과", "교통정책과",
            "지역경제과", "일자리정책과", "농업정책과", "산림과", "해양수산과", "안전총괄과", "재난관리과", "감사실", "홍보실",
            "주택과", "상하수도과", "토지정보과", "기업지원과", "관광개발과", "평생학습과", "시민소통과"};
    private static final String[] AREAS = {"참여와 협력으로 함께하는 행정", "국민이 체감하는 공공서비스", "일 잘하는 유능한 정부",
            "신뢰받는 투명한 행정"};
    private static final String[] TOPICS = {"민원", "복지", "안전", "청년", "데이터", "주민참여", "규제", "일자리", "교육", "환경",
            "관광", "교통", "건강", "문화", "디지털", "공공시설", "소상공인", "어르신", "아동", "마을"};
    private static final String[] ACTIONS = {"서비스 개선", "원스톱 처리", "플랫폼 구축", "현장 지원 강화", "참여 확대",
            "정보 개방", "맞춤형 안내", "협업 체계 구축", "제도 정비", "비대면 전환"};
    private static final String[] MILESTONES = {"추진계획 수립", "관계부서 협의", "예산 확보", "사업자 선정", "시범 운영",
            "주민 설명회", "홍보", "본 운영", "중간 점검", "성과 분석", "만족도 조사", "결과 보고"};
    private static final String[] STATUS = {"DONE", "DONE", "DONE", "DONE", "DONE", "IN_PROGRESS", "IN_PROGRESS", "PLANNED",
            "PLANNED", "DELAYED"};
    private static final String[] RATINGS = {"EXCELLENT", "NORMAL", "NORMAL", "NORMAL", "NORMAL", "NORMAL", "INSUFFICIENT", "POOR"};

    private final JdbcTemplate jdbc;
    private final Random random;
    private final String passwordHash;
    private final Ids ids;
    private final Rows rows = new Rows();

    public record Summary(int organizations, int departments, int tasks, int milestones, int kpis, int actuals,
                          int rounds, int entries, int remedies, int accounts) {
    }

    public NationalData(JdbcTemplate jdbc, long seed, String passwordHash) {
        this.jdbc = jdbc;
        this.random = new Random(seed);
        this.passwordHash = passwordHash;
        this.ids = new Ids(jdbc);
    }

    /** Organizations numbered from {@code first}: each gets departments, a plan, rounds and accounts. */
    public Summary organizations(int count, int first) {
        int departments = 0;
        Set<String> names = new LinkedHashSet<>(jdbc.queryForList("select name from organization", String.class));
        for (int i = 0; i < count; i++) {
            int number = first + i;
            String name = orgName(names, number);
            long orgId = ids.next("organization");
            rows.add("organization", "insert into organization (id, name, full_name, version) values (?, ?, ?, 0)",
                    orgId, name, name);
            int deptCount = 15 + random.nextInt(11);
            List<Long> depts = new ArrayList<>();
            List<String> pool = new ArrayList<>(List.of(DEPARTMENTS));
            java.util.Collections.shuffle(pool, random);
            for (int d = 0; d < deptCount; d++) {
                long deptId = ids.next("department");
                depts.add(deptId);
                rows.add("department", "insert into department (id, organization_id, parent_id, name, sort_order, version)"
                        + " values (?, ?, null, ?, ?, 0)", deptId, orgId, pool.get(d), d);
                rows.add("account", "insert into account (id, organization_id, department_id, username, display_name,"
                        + " password_hash, role, enabled, created_at, version) values (?, ?, ?, ?, ?, ?, 'DEPARTMENT_OFFICER',"
                        + " true, ?, 0)", ids.next("account"), orgId, deptId, "n" + number + ".d" + (d + 1),
                        pool.get(d) + " 담당자", passwordHash, now());
            }
            departments += deptCount;
            rows.add("account", "insert into account (id, organization_id, department_id, username, display_name,"
                    + " password_hash, role, enabled, created_at, version) values (?, ?, ?, ?, ?, ?, 'PLANNING_ADMIN', true, ?, 0)",
                    ids.next("account"), orgId, depts.get(0), "n" + number + ".admin", name + " 기획부서 관리자", passwordHash, now());
            rows.add("account", "insert into account (id, organization_id, department_id, username, display_name,"
                    + " password_hash, role, enabled, created_at, version) values (?, ?, null, ?, ?, ?, 'VIEWER', true, ?, 0)",
                    ids.next("account"), orgId, "n" + number + ".viewer", name + " 열람자", passwordHash, now());
            long planId = ids.next("plan");
            rows.add("plan", "insert into plan (id, organization_id, plan_year, title, subtitle, issued, vision, goal,"
                    + " strategies, directions, version) values (?, ?, 2021, ?, null, '2021. 4.', ?, ?, ?, ?, 0)",
                    planId, orgId, name + " 정부혁신 실행계획", "함께 만드는 " + name, "국민이 체감하는 혁신 성과 창출",
                    String.join("\n", AREAS), "참여\n협력\n신뢰");
            List<Long> leaves = tree(planId);
            List<long[]> tasks = tasks(planId, leaves, depts, 36 + random.nextInt(9), 0);
            rounds(planId, tasks);
            rows.flushIfLarge(jdbc);
        }
        rows.flush(jdbc);
        ids.resetSequences();
        return new Summary(count, departments, rows.count("task"), rows.count("milestone"), rows.count("kpi"),
                rows.count("kpi_actual"), rows.count("check_round"), rows.count("round_entry"), rows.count("remedy"),
                rows.count("account"));
    }

    /** Adds tasks (with milestones, KPIs and values) and departments to an existing plan: for query-count guards. */
    public int growPlan(long organizationId, long planId, int extraDepartments, int extraTasks) {
        List<Long> depts = new ArrayList<>(jdbc.queryForList("select id from department where organization_id = ?",
                Long.class, organizationId));
        for (int d = 0; d < extraDepartments; d++) {
            long deptId = ids.next("department");
            depts.add(deptId);
            rows.add("department", "insert into department (id, organization_id, parent_id, name, sort_order, version)"
                    + " values (?, ?, null, ?, ?, 0)", deptId, organizationId, "추가부서" + deptId, 100 + d);
        }
        List<Long> leaves = jdbc.queryForList("select n.id from strategy_node n where n.plan_id = ? and not exists"
                + " (select 1 from strategy_node c where c.parent_id = n.id)", Long.class, planId);
        int sortFrom = jdbc.queryForObject("select coalesce(max(sort_order), 0) + 1 from task where plan_id = ?",
                Integer.class, planId);
        tasks(planId, leaves, depts, extraTasks, sortFrom);
        rows.flush(jdbc);
        ids.resetSequences();
        return extraTasks;
    }

    private String orgName(Set<String> taken, int number) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String n = PREFIX[random.nextInt(PREFIX.length)] + SECOND[random.nextInt(SECOND.length)]
                    + SUFFIX[random.nextInt(SUFFIX.length)];
            if (taken.add(n)) {
                return n;
            }
        }
        String n = PREFIX[number % PREFIX.length] + SECOND[number % SECOND.length] + number + SUFFIX[number % 3];
        taken.add(n);
        return n;
    }

    private static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.of(2021, 4, 1, 9, 0));
    }

    /** 4 areas → 3 focus areas each → 2 detail areas each; returns the 24 leaves. */
    private List<Long> tree(long planId) {
        List<Long> leaves = new ArrayList<>();
        String[] codes = {"가", "나", "다", "라"};
        int order = 0;
        for (int a = 0; a < 4; a++) {
            long area = node(planId, null, codes[a], AREAS[a], "영역", order++);
            for (int f = 1; f <= 3; f++) {
                String code = codes[a] + "-" + f;
                long focus = node(planId, area, code, TOPICS[random.nextInt(TOPICS.length)] + " 분야 혁신", "중점분야", order++);
                for (int d = 1; d <= 2; d++) {
                    leaves.add(node(planId, focus, code + "-" + d, TOPICS[random.nextInt(TOPICS.length)] + " "
                            + ACTIONS[random.nextInt(ACTIONS.length)], "세부분야", order++));
                }
            }
        }
        return leaves;
    }

    private long node(long planId, Long parent, String code, String name, String level, int order) {
        long id = ids.next("strategy_node");
        rows.add("strategy_node", "insert into strategy_node (id, plan_id, parent_id, code, name, level_name, category,"
                + " mandatory, sort_order, version) values (?, ?, ?, ?, ?, ?, null, false, ?, 0)",
                id, planId, parent, code, name, level, order);
        return id;
    }

    /** Rows of (task id, lead department id, focus 0/1). */
    private List<long[]> tasks(long planId, List<Long> leaves, List<Long> depts, int count, int sortFrom) {
        List<long[]> tasks = new ArrayList<>();
        int[] perLeaf = new int[leaves.size()];
        for (int t = 0; t < count; t++) {
            int leaf = t % leaves.size();
            perLeaf[leaf]++;
            long taskId = ids.next("task");
            long lead = depts.get(random.nextInt(depts.size()));
            boolean focus = t % 3 == 0;
            String code = "T" + (sortFrom + t + 1);
            rows.add("task", "insert into task (id, plan_id, strategy_node_id, code, title, lead_department_id,"
                    + " collaborators, officer, phone, budget_text, continuing, representative, background, details,"
                    + " before_text, after_text, sort_order, version, collaborators_may_edit, focus)"
                    + " values (?, ?, ?, ?, ?, ?, null, ?, null, null, ?, false, ?, ?, null, null, ?, 0, false, ?)",
                    taskId, planId, leaves.get(leaf), code, TOPICS[random.nextInt(TOPICS.length)] + " "
                            + ACTIONS[random.nextInt(ACTIONS.length)] + " " + (sortFrom + t + 1),
                    lead, "담당 " + (char) ('가' + random.nextInt(100)), random.nextInt(4) == 0,
                    "- 추진 배경", "□ 세부 추진사항", sortFrom + t, focus);
            tasks.add(new long[] {taskId, lead, focus ? 1 : 0});
            int collaborators = random.nextInt(3);
            Set<Long> chosen = new LinkedHashSet<>();
            for (int c = 0; c < collaborators; c++) {
                long d = depts.get(random.nextInt(depts.size()));
                if (d != lead && chosen.add(d)) {
                    rows.add("task_collaborating_department", "insert into task_collaborating_department (task_id,"
                            + " department_id) values (?, ?)", taskId, d);
                }
            }
            milestones(taskId);
            kpis(taskId);
        }
        return tasks;
    }

    private void milestones(long taskId) {
        int n = 8 + random.nextInt(5);
        for (int m = 0; m < n; m++) {
            long id = ids.next("milestone");
            int startMonth = 1 + random.nextInt(11);
            int endMonth = Math.min(12, startMonth + random.nextInt(3));
            boolean quarterly = random.nextInt(10) == 0;
            String status = STATUS[random.nextInt(STATUS.length)];
            YearMonth end = YearMonth.of(2021, endMonth);
            LocalDate completion = status.equals("DONE")
                    ? end.atDay(1).plusDays(random.nextInt(40)).isAfter(LocalDate.of(2021, 12, 31))
                    ? LocalDate.of(2021, 12, 28) : end.atDay(1).plusDays(random.nextInt(40)) : null;
            rows.add("milestone", "insert into milestone (id, task_id, description, detail, schedule_text, planned_start,"
                    + " planned_end, planned_months, recurrence, status, actual_completion, note, sort_order, version)"
                    + " values (?, ?, ?, null, ?, ?, ?, null, ?, ?, ?, null, ?, 0)",
                    id, taskId, MILESTONES[m % MILESTONES.length],
                    quarterly ? "분기별" : "2021. " + startMonth + (endMonth == startMonth ? "월" : "~" + endMonth + "월"),
                    quarterly ? null : Date.valueOf(YearMonth.of(2021, startMonth).atDay(1)),
                    quarterly ? null : Date.valueOf(end.atDay(1)), quarterly ? "QUARTERLY" : null, status,
                    completion == null ? null : Date.valueOf(completion), m);
        }
    }

    private void kpis(long taskId) {
        for (int k = 0; k < 2; k++) {
            long id = ids.next("kpi");
            boolean rate = k == 0;
            int baseline = rate ? 40 + random.nextInt(40) : random.nextInt(20);
            int target = rate ? Math.min(100, baseline + 5 + random.nextInt(20)) : baseline + 10 + random.nextInt(90);
            rows.add("kpi", "insert into kpi (id, task_id, name, unit, baseline, target, direction, source_note, sort_order,"
                    + " version) values (?, ?, ?, ?, ?, ?, 'INCREASE', null, ?, 0)", id, taskId,
                    rate ? "이용자 만족도" : "처리 건수", rate ? "%" : "건", baseline, target, k);
            double value = baseline;
            for (int q = 1; q <= 4; q++) {
                value += (target - baseline) / 4.0 * (0.5 + random.nextDouble());
                rows.add("kpi_actual", "insert into kpi_actual (id, kpi_id, actual_year, quarter, actual_value, note, version,"
                        + " recorded_by, recorded_at) values (?, ?, 2021, ?, ?, null, 0, '담당자', ?)",
                        ids.next("kpi_actual"), id, q, Math.round(value * 10) / 10.0, now());
            }
        }
    }

    private void rounds(long planId, List<long[]> tasks) {
        for (int q = 1; q <= 4; q++) {
            long roundId = ids.next("check_round");
            LocalDate reference = YearMonth.of(2021, q * 3).atEndOfMonth();
            rows.add("check_round", "insert into check_round (id, plan_id, round_year, quarter, half_year, title,"
                    + " reference_date, deadline, scope, state, created_at, opened_at, closed_at, version)"
                    + " values (?, ?, 2021, ?, false, ?, ?, ?, 'ALL', 'CLOSED', ?, ?, ?, 0)", roundId, planId, q,
                    "2021년 " + q + "분기 추진상황 점검", Date.valueOf(reference), Date.valueOf(reference.plusDays(10)), now(),
                    now(), Timestamp.valueOf(reference.plusDays(30).atTime(18, 0)));
            int order = 0;
            for (long[] task : tasks) {
                long entryId = ids.next("round_entry");
                boolean late = random.nextInt(8) == 0;
                boolean submitted = random.nextInt(20) != 0;
                String rating = RATINGS[random.nextInt(RATINGS.length)];
                int progress = Math.min(100, q * 25 - 10 + random.nextInt(20));
                String status = progress >= q * 25 - 3 ? "GREEN" : progress >= q * 25 - 10 ? "AMBER" : "RED";
                rows.add("round_entry", "insert into round_entry (id, round_id, task_id, department_id, sort_order,"
                        + " submission_state, progress, self_status, achievements, problems, next_plan, submitted_at,"
                        + " submitted_by, late, rating, review_comment, return_comment, reviewed_by, reviewed_at,"
                        + " computed_status, computed_reasons, remedy_state_at_close, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, 0)",
                        entryId, roundId, task[0], task[1], order++, submitted ? "SUBMITTED" : "NOT_STARTED",
                        submitted ? progress : null, submitted ? status : null, submitted ? q + "분기 추진 실적" : null,
                        submitted ? "다음 분기 계획" : null,
                        submitted ? Timestamp.valueOf(reference.plusDays(late ? 12 : 5).atTime(10, 0)) : null,
                        submitted ? "담당자" : null, submitted && late, rating,
                        rating.equals("POOR") || rating.equals("INSUFFICIENT") ? "실적 보완 필요" : null, "관리자",
                        Timestamp.valueOf(reference.plusDays(15).atTime(10, 0)), status,
                        "추진일정 " + (status.equals("GREEN") ? "정상" : "주의") + ": 예정 " + (q * 2) + "건 중 " + (q * 2 - 1) + "건 완료",
                        rating.equals("POOR") || rating.equals("INSUFFICIENT") ? "ACCEPTED" : null);
                if (rating.equals("POOR") || rating.equals("INSUFFICIENT")) {
                    rows.add("remedy", "insert into remedy (id, entry_id, round_id, task_id, department_id, state, cause,"
                            + " measures, due_date, office_comment, requested_at, submitted_at, decided_at, decided_by, version)"
                            + " values (?, ?, ?, ?, ?, ?, '추진 인력 부족', '관계부서 협업으로 일정 단축', ?, null, ?, ?, ?, '관리자', 0)",
                            ids.next("remedy"), entryId, roundId, task[0], task[1], q == 4 && random.nextBoolean()
                                    ? "SUBMITTED" : "ACCEPTED", Date.valueOf(reference.plusMonths(2)),
                            Timestamp.valueOf(reference.plusDays(15).atTime(11, 0)),
                            Timestamp.valueOf(reference.plusDays(20).atTime(11, 0)),
                            Timestamp.valueOf(reference.plusDays(25).atTime(11, 0)));
                }
            }
        }
    }
}
