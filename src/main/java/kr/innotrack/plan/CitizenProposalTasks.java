package kr.innotrack.plan;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the citizen proposals (module {@code proposal}) need of plans: the tasks a proposal can be adopted into (the
 * organization's confirmed plans) and marking a task 「국민 제안」. There is no published way to add a task to a
 * confirmed plan (structural changes go through the task editor with a reason), so a proposal is adopted into an
 * existing task. The mark is written by JDBC without touching the task's version, so an officer editing the task at
 * the same time does not get a conflict.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CitizenProposalTasks {

    private final JdbcClient jdbc;
    private final kr.innotrack.shared.DataVersions versions;

    /** The tasks of the organization's confirmed plans (not retired), newest plan first, in plan order. */
    public List<TaskRef> adoptable(Long organizationId) {
        return jdbc.sql("""
                        select t.id, p.id, p.plan_year, t.code, t.title from task t join plan p on p.id = t.plan_id
                        where p.organization_id = ? and p.state = 'CONFIRMED' and t.retired_on is null
                        order by p.plan_year desc, t.sort_order""")
                .param(organizationId)
                .query((rs, n) -> new TaskRef(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** One adoptable task of the organization; empty for another organization's, a draft's, a closed or retired one. */
    public Optional<TaskRef> adoptableTask(Long organizationId, Long taskId) {
        if (taskId == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select t.id, p.id, p.plan_year, t.code, t.title from task t join plan p on p.id = t.plan_id
                        where t.id = ? and p.organization_id = ? and p.state = 'CONFIRMED' and t.retired_on is null""")
                .params(taskId, organizationId)
                .query((rs, n) -> new TaskRef(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    /**
     * The tasks a citizen may name as related: adoptable ones of plans the planning office published (the publication
     * row is portal's; only its existence is read here, so plan does not depend on portal).
     */
    public List<TaskRef> publicChoices(Long organizationId) {
        return jdbc.sql("""
                        select t.id, p.id, p.plan_year, t.code, t.title from task t join plan p on p.id = t.plan_id
                        where p.organization_id = ? and p.state = 'CONFIRMED' and t.retired_on is null
                          and exists (select 1 from publication pb where pb.subject_kind = 'PLAN' and pb.subject_id = p.id)
                        order by p.plan_year desc, t.sort_order""")
                .param(organizationId)
                .query((rs, n) -> new TaskRef(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** Marks the task 「국민 제안」 with this proposal, unless an earlier adopted proposal marks it already. */
    @Transactional
    public void markAdopted(Long taskId, Long proposalId) {
        jdbc.sql("update task set citizen_proposal_id = ? where id = ? and citizen_proposal_id is null")
                .params(proposalId, taskId).update();
        // written by SQL, so the task's plan's data version is raised here (docs/performance.md)
        jdbc.sql("select plan_id from task where id = ?").param(taskId).query(Long.class).optional()
                .ifPresent(versions::touchPlan);
    }
}
