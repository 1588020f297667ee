package kr.innotrack.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.innotrack.support.Accounts;
import kr.innotrack.support.IntegrationTest;
import kr.innotrack.support.QueryCounter;
import kr.innotrack.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task list's computed status and 진척률 columns and their sorts, and the overview's reference date (기준일), on
 * Samcheok's 2021 plan with progress planted by SQL (rolled back). The test clock is after 2021, so the list judges
 * on 2021-12-31, when every dated milestone is due.
 */
@IntegrationTest
@Transactional
abstract class TaskStatusListTests {

    private static final Pattern ROW = Pattern.compile(
            "<tr data-code=\"([^\"]+)\".*?<td class=\"status-cell\">(.*?)</td>\\s*<td class=\"num progress-cell\">([^<]*)<",
            Pattern.DOTALL);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager em;

    @Autowired
    EntityManagerFactory emf;

    private long plan;

    private RequestPostProcessor viewer() {
        return SignedIn.as(Accounts.user(jdbc, "samcheok.viewer"));
    }

    @BeforeEach
    void samcheok() {
        plan = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시' and p.plan_year = 2021", Long.class);
    }

    /** Every milestone of the task with this code done (on the date), so it is 정상 with 진척률 100%. */
    private void done(String code, String on) {
        jdbc.update("update milestone set status = 'DONE', actual_completion = cast(? as date) where task_id ="
                + " (select id from task where plan_id = ? and code = ?)", on, plan, code);
    }

    /** Half the task's milestones (the first ones) done. */
    private void halfDone(String code) {
        long task = jdbc.queryForObject("select id from task where plan_id = ? and code = ?", Long.class, plan, code);
        int count = jdbc.queryForObject("select count(*) from milestone where task_id = ?", Integer.class, task);
        jdbc.update("update milestone set status = 'DONE', actual_completion = date '2021-06-30' where id in"
                + " (select id from (select id from milestone where task_id = ? order by sort_order limit "
                + Math.max(1, count / 2) + ") x)", task);
    }

    private String page(String url, Object... params) throws Exception {
        em.flush();
        em.clear();
        return mvc.perform(get(url, params).with(viewer())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    record Row(String code, String status, Integer progress) {
    }

    private static List<Row> rows(String html) {
        List<Row> rows = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            Matcher sig = Pattern.compile("class=\"sig (GREEN|AMBER|RED)\"").matcher(m.group(2));
            String p = m.group(3).strip();
            rows.add(new Row(m.group(1), sig.find() ? sig.group(1) : null,
                    p.equals("-") ? null : Integer.valueOf(p.replace("%", ""))));
        }
        return rows;
    }

    private static int rank(String status) {
        return status == null ? -1 : List.of("GREEN", "AMBER", "RED").indexOf(status);
    }

    @Test
    void everyTaskShowsItsComputedStatusAndProgress() throws Exception {
        done("1-1", "2021-06-30");
        List<Row> rows = rows(page("/plans/{id}/tasks", plan));
        assertThat(rows).hasSize(jdbc.queryForObject("select count(*) from task where plan_id = ?", Integer.class, plan));
        Row first = rows.stream().filter(r -> r.code().equals("1-1")).findFirst().orElseThrow();
        assertThat(first.progress()).isEqualTo(100);
        assertThat(rows).allSatisfy(r -> assertThat(r.status()).isNotNull());
        assertThat(rows.stream().map(Row::status).distinct().count()).as("statuses differ").isGreaterThan(1);
    }

    @Test
    void sortingByStatusPutsTheWorstFirst() throws Exception {
        done("1-1", "2021-06-30");
        halfDone("1-2");
        List<Row> rows = rows(page("/plans/{id}/tasks?sort=status", plan));
        assertThat(rows).isNotEmpty();
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rank(rows.get(i - 1).status())).as(rows.get(i - 1) + " before " + rows.get(i))
                    .isGreaterThanOrEqualTo(rank(rows.get(i).status()));
        }
        assertThat(rows.get(0).status()).isEqualTo("RED");
        assertThat(rows.stream().filter(r -> r.code().equals("1-1")).findFirst().orElseThrow().status())
                .isEqualTo("GREEN");
    }

    @Test
    void sortingByProgressPutsTheLeastDoneFirst() throws Exception {
        done("1-1", "2021-06-30");
        halfDone("1-2");
        List<Row> rows = rows(page("/plans/{id}/tasks?sort=progress", plan));
        List<Integer> progress = rows.stream().map(Row::progress).filter(java.util.Objects::nonNull).toList();
        assertThat(progress).isSorted().contains(100);
        assertThat(progress.get(0)).isZero();
        int half = rows.stream().filter(r -> r.code().equals("1-2")).findFirst().orElseThrow().progress();
        assertThat(half).isBetween(1, 99);
    }

    @Test
    void anUnknownSortIsRefusedBesideTheField() throws Exception {
        mvc.perform(get("/plans/{id}/tasks?sort=drop", plan).with(viewer())).andExpect(status().isBadRequest());
    }

    @Test
    void theListStaysWithinItsStatementsWhateverItComputes() throws Exception {
        QueryCounter counter = new QueryCounter(emf);
        em.flush();
        em.clear();
        long bySort = counter.count(() -> mvc.perform(get("/plans/{id}/tasks?sort=status", plan).with(viewer()))
                .andExpect(status().isOk()));
        assertThat(bySort).isLessThanOrEqualTo(8);
    }

    /** The headline's 기한 경과 and the chart's 기한 경과 series total, from the page. */
    private static long[] overdue(String html) {
        Matcher headline = Pattern.compile("<div class=\"value\">(\\d+)</div><div class=\"label\">기한 경과").matcher(html);
        assertThat(headline.find()).as("headline").isTrue();
        Matcher series = Pattern.compile("&quot;label&quot;:&quot;기한 경과&quot;,&quot;data&quot;:\\[([0-9,]*)\\]")
                .matcher(html);
        assertThat(series.find()).as("chart series").isTrue();
        long sum = 0;
        for (String n : series.group(1).split(",")) {
            sum += n.isEmpty() ? 0 : Long.parseLong(n);
        }
        return new long[] {Long.parseLong(headline.group(1)), sum};
    }

    @Test
    void theOverviewsOverdueAndItsChartAreOneNumberOnAnyDate() throws Exception {
        long[] yearEnd = overdue(page("/plans/{id}", plan));
        assertThat(yearEnd[0]).isPositive().isEqualTo(yearEnd[1]);
        long[] spring = overdue(page("/plans/{id}?date=2021-04-15", plan));
        assertThat(spring[0]).isEqualTo(spring[1]).isLessThan(yearEnd[0]);
    }

    @Test
    void aMilestoneDoneAfterTheDateWasNotDoneOnIt() throws Exception {
        done("1-1", "2021-09-10");
        String before = page("/plans/{id}?date=2021-09-09", plan);
        String after = page("/plans/{id}?date=2021-09-10", plan);
        assertThat(doneRate(before)).isLessThan(doneRate(after));
        assertThat(before).contains("2021. 9. 9. 기준");
    }

    private static int doneRate(String html) {
        Matcher m = Pattern.compile("<div class=\"value\">(\\d+)%</div><div class=\"label\">완료율").matcher(html);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aDateOutsideThePlanYearIsMovedIntoIt() throws Exception {
        String html = page("/plans/{id}?date=2030-01-01", plan);
        assertThat(html).contains("id=\"as-of-clamped\"").contains("2021-12-31");
    }

    @Test
    void aDateThatIsNoneIsRefusedBesideTheFieldAndTheDefaultShown() throws Exception {
        String html = mvc.perform(get("/plans/{id}?date=2021-02-30", plan).with(viewer()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"date-error\"").contains("날짜 형식").contains("id=\"headline\"");
    }

    @Test
    void theOverviewKeepsItsStatementLimitOnAnyDate() throws Exception {
        QueryCounter counter = new QueryCounter(emf);
        em.flush();
        em.clear();
        long dated = counter.count(() -> mvc.perform(get("/plans/{id}?date=2021-06-30", plan).with(viewer()))
                .andExpect(status().isOk()));
        // 8 before issue 19; the ETag's read of the plan's data version is the ninth
        assertThat(dated).isLessThanOrEqualTo(9);
    }
}
