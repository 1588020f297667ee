package kr.innotrack.checkround;

import java.time.LocalDate;
import java.util.List;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/** Opens a Samcheok 2021 Q2 round on chosen tasks through the services, for browser flows that start in 제출. */
@TestComponent
public class QuestionFlowFixture {

    private final RoundCommands rounds;
    private final JdbcTemplate jdbc;
    private final Messages messages;

    QuestionFlowFixture(RoundCommands rounds, JdbcTemplate jdbc, Messages messages) {
        this.rounds = rounds;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** The round's id, in 제출. */
    public long openQ2(List<String> codes, CurrentUser admin) {
        long planId = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                + " where o.name = '삼척시' and p.plan_year = 2021", Long.class);
        RoundForm form = new RoundForm();
        form.setPeriod("Q2");
        form.setReferenceDate(LocalDate.of(2021, 6, 30));
        form.setDeadline(LocalDate.of(2021, 7, 10));
        form.setScope(RoundScope.SELECTED);
        form.setTaskIds(codes.stream().map(code -> jdbc.queryForObject(
                "select id from task where code = ? and plan_id = ?", Long.class, code, planId)).toList());
        long roundId = rounds.create(planId, form.toCommand(2021, messages), admin).getId();
        long version = jdbc.queryForObject("select version from check_round where id = ?", Long.class, roundId);
        rounds.moveTo(roundId, RoundState.SUBMISSION, version, true, admin);
        return roundId;
    }
}
