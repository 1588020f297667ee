package kr.innotrack.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kr.innotrack.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decks' grouping: the laggards in summary tables (every one, once, linked to its own detail slide), their detail
 * slides as one skippable block (continued when a text is too long for one slide), and the three chart slides with
 * the same numbers in their tables: status by area, KPI achievement, the trend against earlier closed rounds.
 */
@IntegrationTest
@Transactional
abstract class DeckQueriesTests {

    @Autowired
    DeckQueries decks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    jakarta.persistence.EntityManager em;

    long planId;
    long organizationId;

    void samcheok() {
        planId = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시'", Long.class);
        organizationId = jdbc.queryForObject("select organization_id from plan where id = ?", Long.class, planId);
    }

    /** A closed round on every task of the plan: tasks whose id is divisible by {@code poorEvery} are rated 부진. */
    long closedRound(int quarter, String status, int poorEvery, String cause) {
        jdbc.update("insert into check_round (plan_id, round_year, quarter, half_year, title, reference_date, deadline,"
                + " scope, state, created_at, opened_at, closed_at) values (?, 2021, ?, false, ?, ?, ?, 'ALL', 'CLOSED',"
                + " current_timestamp, current_timestamp, current_timestamp)", planId, quarter, "2021년 " + quarter + "분기 점검",
                java.time.LocalDate.of(2021, quarter * 3, 28), java.time.LocalDate.of(2021, quarter * 3, 28).plusDays(10));
        long roundId = jdbc.queryForObject("select max(id) from check_round", Long.class);
        jdbc.update("insert into round_entry (round_id, task_id, department_id, sort_order, submission_state, progress,"
                + " self_status, rating, computed_status, computed_reasons, late) select ?, t.id, t.lead_department_id,"
                + " t.sort_order, 'SUBMITTED', 50, 'AMBER', case when mod(t.id, ?) = 0 then 'POOR' else 'NORMAL' end,"
                + " case when mod(t.id, ?) = 0 then 'RED' else ? end, '추진일정 부진: 예정 2건 중 0건 완료, 지연 2건 — 간담회',"
                + " false from task t where t.plan_id = ?", roundId, poorEvery, poorEvery, status, planId);
        jdbc.update("insert into remedy (entry_id, round_id, task_id, department_id, state, cause, measures, due_date,"
                + " requested_at) select e.id, e.round_id, e.task_id, e.department_id, 'SUBMITTED', ?, '대책',"
                + " date '2021-12-31', current_timestamp from round_entry e where e.round_id = ? and e.rating = 'POOR'",
                cause, roundId);
        jdbc.update("update round_entry set remedy_state_at_close = 'SUBMITTED' where round_id = ? and rating = 'POOR'", roundId);
        em.flush();
        em.clear();
        return roundId;
    }

    private static <T> List<T> slides(Deck deck, Class<T> kind) {
        return deck.slides().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @Test
    void thePlanDeckGroupsItsLaggardsAndSkipsTheirDetailsAsOneBlock() {
        samcheok();
        Deck deck = decks.planDeck(planId, organizationId);
        Deck.Headline headline = slides(deck, Deck.Headline.class).get(0);
        int red = headline.tasks().red();
        assertThat(red).as("the seeded plan has many 부진 tasks at its year end").isGreaterThan(20);

        List<Deck.SummaryRow> rows = slides(deck, Deck.Summary.class).stream().flatMap(s -> s.rows().stream()).toList();
        List<Deck.Laggard> details = slides(deck, Deck.Laggard.class);
        assertThat(rows).hasSize(red);
        assertThat(details.stream().filter(d -> !d.continued()).map(Deck.Laggard::task).toList())
                .containsExactlyElementsOf(rows.stream().map(Deck.SummaryRow::task).toList());
        slides(deck, Deck.Summary.class).forEach(s -> assertThat(s.rows()).hasSizeBetween(1, SlideFit.TABLE_ROWS));
        for (Deck.SummaryRow row : rows) {
            Deck.Slide target = deck.slides().get(row.detailSlide() - 1);
            assertThat(target).as(row.task()).isInstanceOf(Deck.Laggard.class);
            assertThat(((Deck.Laggard) target).task()).isEqualTo(row.task());
            assertThat(row.reason()).doesNotContain("…").doesNotContain(" — ");
            assertThat(row.remedyState()).isNotBlank().isNotEqualTo("-");
            assertThat(row.computed()).isEqualTo(kr.innotrack.checkround.Signal.RED);
        }

        // details form one block right after the summaries; S from a summary lands on the slide after the block
        int firstSummary = deck.slides().indexOf(slides(deck, Deck.Summary.class).get(0));
        int lastDetail = deck.slides().indexOf(details.get(details.size() - 1));
        assertThat(deck.slides().subList(firstSummary, lastDetail + 1))
                .allMatch(s -> s instanceof Deck.Summary || s instanceof Deck.Laggard);
        assertThat(deck.after(firstSummary)).isEqualTo(lastDetail + 2);
        assertThat(deck.after(lastDetail - 1)).isEqualTo(lastDetail + 2);
        assertThat(deck.slides().get(lastDetail + 1).detail()).isFalse();
        assertThat(deck.mainSlides()).as("slides before details (was 41 with one per laggard)").isLessThanOrEqualTo(18);

        // charts: status by area adds up to the headline; KPI bands to the plan's KPIs; the trend ends with today
        List<Deck.Chart> charts = slides(deck, Deck.Chart.class);
        assertThat(charts).extracting(Deck.Chart::id)
                .containsExactly("deck-chart-areas", "deck-chart-kpis", "deck-chart-trend");
        List<String> total = charts.get(0).rows().get(charts.get(0).rows().size() - 1);
        assertThat(total).containsExactly("합계", String.valueOf(headline.tasks().total()),
                String.valueOf(headline.tasks().green()), String.valueOf(headline.tasks().amber()), String.valueOf(red));
        assertThat(charts.get(0).rows()).hasSize(5); // the representative tasks (1), Samcheok's three areas, the total
        List<String> kpiTotal = charts.get(1).rows().get(charts.get(1).rows().size() - 1);
        assertThat(kpiTotal.subList(1, kpiTotal.size()).stream().mapToInt(Integer::parseInt).sum()).isEqualTo(headline.kpis());
        assertThat(charts.get(2).rows()).hasSize(1);
        assertThat(charts.get(2).rows().get(0).get(0)).isEqualTo("현재");
        assertThat(charts.get(2).rows().get(0).get(5)).isEqualTo(String.valueOf(red));
        charts.forEach(c -> assertThat(c.json()).contains("\"precision\":0"));
    }

    @Test
    void aRoundDeckComparesWithThePreviousClosedRoundAndContinuesALongRemedy() {
        samcheok();
        closedRound(1, "GREEN", 1_000_000, "짧은 원인");
        String longCause = "집합교육이 연기되어 일정 전체가 밀렸고 담당 인력이 바뀌어 인수인계에 시간이 걸렸습니다 ".repeat(12).strip();
        long q2 = closedRound(2, "AMBER", 7, longCause);
        long tasks = jdbc.queryForObject("select count(*) from task where plan_id = ?", Long.class, planId);
        long poor = jdbc.queryForObject("select count(*) from round_entry where round_id = ? and rating = 'POOR'", Long.class, q2);
        assertThat(poor).isPositive();

        Deck deck = decks.roundDeck(q2, organizationId);
        Deck.Chart trend = slides(deck, Deck.Chart.class).stream().filter(c -> c.id().equals("deck-chart-trend")).findFirst().orElseThrow();
        assertThat(trend.rows()).hasSize(2);
        assertThat(trend.rows().get(0)).containsExactly("2021년 1분기 점검", "2021-03-28", String.valueOf(tasks),
                String.valueOf(tasks), "0", "0");
        assertThat(trend.rows().get(1)).containsExactly("2021년 2분기 점검", "2021-06-28", String.valueOf(tasks), "0",
                String.valueOf(tasks - poor), String.valueOf(poor));

        List<Deck.SummaryRow> rows = slides(deck, Deck.Summary.class).stream().flatMap(s -> s.rows().stream()).toList();
        assertThat(rows).hasSize((int) poor).allMatch(r -> "부진".equals(r.rating()))
                .allMatch(r -> r.reason().equals("추진일정 부진: 예정 2건 중 0건 완료, 지연 2건"))
                .allMatch(r -> r.remedyState().equals("제출"));
        List<Deck.Laggard> details = slides(deck, Deck.Laggard.class);
        assertThat(details.size()).as("the long cause goes on to continuation slides").isGreaterThan((int) poor);
        Map<String, List<Deck.Laggard>> byTask = details.stream().collect(java.util.stream.Collectors.groupingBy(Deck.Laggard::task));
        for (Deck.SummaryRow row : rows) {
            List<Deck.Laggard> parts = byTask.get(row.task());
            assertThat(parts.get(0).continued()).isFalse();
            assertThat(parts.get(parts.size() - 1).continues()).isFalse();
            assertThat(deck.slides().get(row.detailSlide() - 1)).isSameAs(parts.get(0));
            String cause = String.join(" ", parts.stream().map(Deck.Laggard::cause).filter(java.util.Objects::nonNull).toList());
            assertThat(cause.replace("\n", " ")).as("nothing of the cause is lost").isEqualTo(longCause);
            assertThat(parts).allMatch(p -> p.remedyLine().equals("이행 기한 2021-12-31 · 개선대책 제출"));
        }
    }
}
