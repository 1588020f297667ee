package kr.innotrack.upgrade;

import java.util.List;

/**
 * User-created data written the way an older release's database holds it, in SQL valid at the schema version each
 * fixture names ({@link Fixture#from}): a database migrated to version t gets every fixture with {@code from <= t}.
 * Later migrations so far only add columns with defaults, so the early fixtures stay valid at later versions; a
 * migration that breaks one (a new NOT NULL column without a default) shows up here first and must backfill.
 * Every row carries {@link #MARK} so the tests can find it after the upgrade.
 */
final class UpgradeFixtures {

    static final String MARK = "업그레이드 시험";

    record Fixture(int from, String name, List<String> statements, String proof) {
    }

    private UpgradeFixtures() {
    }

    /** In the order they must run; {@code proof} counts the fixture's marked rows (must not change on upgrade). */
    static final List<Fixture> ALL = List.of(
            // After the Samcheok seed (V2): next year's plan written by the office, with a tree, tasks, milestones,
            // KPIs and quarterly values (copied from the seeded year, as the roll-over would).
            new Fixture(2, "plan 2022 with tasks, milestones, KPIs", List.of(
                    "insert into plan (organization_id, plan_year, title) select organization_id, 2022, '" + MARK
                            + " 2022 계획' from plan where plan_year = 2021",
                    "insert into strategy_node (plan_id, code, name, level_name, sort_order) select id, 'U1', '" + MARK
                            + " 전략', '전략', 0 from plan where plan_year = 2022",
                    "insert into task (plan_id, strategy_node_id, code, title, lead_department_id, officer, sort_order)"
                            + " select p.id, n.id, t.code, '" + MARK + " ' || t.title, t.lead_department_id, t.officer,"
                            + " t.sort_order from task t join plan o on o.id = t.plan_id and o.plan_year = 2021"
                            + " join plan p on p.plan_year = 2022 join strategy_node n on n.plan_id = p.id and n.code = 'U1'",
                    "insert into milestone (task_id, description, schedule_text, planned_start, planned_end, status,"
                            + " sort_order) select t2.id, '" + MARK + " ' || m.description, m.schedule_text,"
                            + " m.planned_start, m.planned_end, 'PLANNED',"
                            + " m.sort_order from milestone m join task t on t.id = m.task_id"
                            + " join plan o on o.id = t.plan_id and o.plan_year = 2021"
                            + " join plan p on p.plan_year = 2022 join task t2 on t2.plan_id = p.id and t2.code = t.code",
                    "insert into kpi (task_id, name, unit, baseline, target, direction, sort_order)"
                            + " select t2.id, '" + MARK + " ' || k.name, k.unit, k.baseline, k.target, k.direction,"
                            + " k.sort_order from kpi k join task t on t.id = k.task_id"
                            + " join plan o on o.id = t.plan_id and o.plan_year = 2021"
                            + " join plan p on p.plan_year = 2022 join task t2 on t2.plan_id = p.id and t2.code = t.code",
                    "insert into kpi_actual (kpi_id, actual_year, quarter, actual_value, note) select k.id, 2022, 1,"
                            + " k.target / 2, '" + MARK + "' from kpi k where k.name like '" + MARK + "%'"),
                    "select (select count(*) from plan where title like '" + MARK + "%')"
                            + " + (select count(*) from task where title like '" + MARK + "%')"
                            + " + (select count(*) from milestone where description like '" + MARK + "%')"
                            + " + (select count(*) from kpi where name like '" + MARK + "%')"
                            + " + (select count(*) from kpi_actual where note = '" + MARK + "')"),
            // Accounts and the change history (V3).
            new Fixture(3, "account and change history", List.of(
                    "insert into account (organization_id, department_id, username, display_name, password_hash, role,"
                            + " enabled, created_at) select p.organization_id, null, 'upgrade.admin', '" + MARK
                            + "', '$2a$10$ku3C5NgwRblLZvBqNstGb.RPYlN8F3siwrcKvSgVE0mRmonS.lBxW', 'PLANNING_ADMIN',"
                            + " true, timestamp '2022-01-03 09:00:00' from plan p where p.plan_year = 2022",
                    "insert into change_log (organization_id, task_id, account_id, entity_type, entity_id, entity_label,"
                            + " action, field, old_value, new_value, changed_by, changed_by_name, changed_at)"
                            + " select p.organization_id, m.task_id, a.id, 'MILESTONE', m.id, '" + MARK
                            + "', 'UPDATE', 'status', 'PLANNED', 'IN_PROGRESS', a.username, a.display_name,"
                            + " timestamp '2022-02-01 10:00:00' from milestone m join task t on t.id = m.task_id"
                            + " join plan p on p.id = t.plan_id and p.plan_year = 2022"
                            + " join account a on a.username = 'upgrade.admin'",
                    "update milestone set status = 'IN_PROGRESS' where description like '" + MARK + "%'"),
                    "select (select count(*) from account where display_name = '" + MARK + "')"
                            + " + (select count(*) from change_log where entity_label = '" + MARK + "')"),
            // Budget execution and audit finding progress (V6 tables; Incheon's seed is V7).
            new Fixture(7, "budget execution and audit progress", List.of(
                    "insert into audit_progress (finding_id, entry_date, content, recorded_by, recorded_at)"
                            + " select id, date '2021-03-02', '" + MARK + "', '" + MARK + "', timestamp '2021-03-02 09:00:00'"
                            + " from audit_finding"),
                    "select count(*) from audit_progress where content = '" + MARK + "'"),
            // A check round with every task's entry, a lagging one with a remedy that revises a milestone, notices (V8).
            new Fixture(8, "check round, entries, remedy, notice", List.of(
                    "insert into check_round (plan_id, round_year, quarter, title, reference_date, deadline, scope, state,"
                            + " created_at, opened_at) select id, 2022, 1, '" + MARK + " 1분기', date '2022-03-31',"
                            + " date '2022-04-10', 'ALL', 'SUBMISSION', timestamp '2022-04-01 09:00:00',"
                            + " timestamp '2022-04-01 09:00:00' from plan where plan_year = 2022",
                    "insert into round_entry (round_id, task_id, department_id, sort_order, submission_state, progress,"
                            + " self_status, achievements, submitted_at, submitted_by, rating, review_comment,"
                            + " computed_status, computed_reasons) select r.id, t.id, t.lead_department_id, t.sort_order,"
                            + " 'SUBMITTED', 40, 'GREEN', '" + MARK + "', timestamp '2022-04-05 10:00:00', '" + MARK
                            + "', 'POOR', '" + MARK + "', 'RED', '" + MARK + "' from check_round r"
                            + " join task t on t.plan_id = r.plan_id where r.title like '" + MARK + "%'",
                    "insert into remedy (entry_id, round_id, task_id, department_id, state, cause, measures, due_date,"
                            + " requested_at, submitted_at) select e.id, e.round_id, e.task_id, e.department_id,"
                            + " 'SUBMITTED', '" + MARK + "', '" + MARK + "', date '2022-06-30',"
                            + " timestamp '2022-04-08 09:00:00', timestamp '2022-04-09 09:00:00' from round_entry e"
                            + " where e.achievements = '" + MARK + "' and e.sort_order = (select min(sort_order)"
                            + " from round_entry x where x.achievements = '" + MARK + "')",
                    "insert into remedy_revision (remedy_id, milestone_id, new_start, new_end) select r.id, m.id,"
                            + " date '2022-05-01', date '2022-07-01' from remedy r join milestone m on m.task_id = r.task_id"
                            + " where r.cause = '" + MARK + "'",
                    "insert into notice (organization_id, audience, department_id, kind, message, link, created_at)"
                            + " select p.organization_id, 'DEPARTMENT', e.department_id, 'ROUND_OPENED', '" + MARK
                            + "', '/rounds/' || e.round_id, timestamp '2022-04-01 09:00:00' from round_entry e"
                            + " join check_round r on r.id = e.round_id join plan p on p.id = r.plan_id"
                            + " where e.achievements = '" + MARK + "' and e.department_id is not null"),
                    "select (select count(*) from check_round where title like '" + MARK + "%')"
                            + " + (select count(*) from round_entry where achievements = '" + MARK + "')"
                            + " + (select count(*) from remedy where cause = '" + MARK + "')"
                            + " + (select count(*) from notice where message = '" + MARK + "')"));
}
