package kr.innotrack.system;

import java.util.Map;
import java.util.Set;

/**
 * Which data version a write to each entity table raises, in one place (issue 19, {@code docs/performance.md}): the
 * statement that finds, for some of the table's row ids, the plans ({@link Kind#PLAN}) or organizations
 * ({@link Kind#ORGANIZATION}) whose pages show the row, or {@link Kind#NONE} for tables no key page shows.
 * {@code DataVersionTablesTest} fails on an entity or collection table missing here, so a new entity cannot be
 * forgotten. {@code %s} is the list of ids.
 */
final class DataVersionTables {

    enum Kind { PLAN, ORGANIZATION, NONE }

    record Rule(Kind kind, String sql) {
    }

    private static final String TASK = "select t.plan_id from %1$s x join task t on t.id = x.task_id where x.id in (%%s)";
    private static final String ROUND = "select r.plan_id from %1$s x join check_round r on r.id = x.round_id where x.id in (%%s)";
    private static final String OWN_PLAN = "select plan_id from %1$s where id in (%%s)";
    private static final String OWN_ORGANIZATION = "select organization_id from %1$s where id in (%%s)";

    static final Map<String, Rule> RULES = Map.ofEntries(
            plan("plan", "select id from plan where id in (%s)"),
            own("strategy_node"), own("task"), own("check_round"), own("signal_rule"), own("scoring_model"),
            own("contest"), own("panel_score"), own("contest_vote"), own("contest_candidate"),
            own("ranking_publication"), own("score_objection"), own("plan_change"), own("plan_history"),
            own("award_result"),
            task("milestone"), task("kpi"), task("task_budget"), task("collaboration_score"), task("budget_line"),
            task("change_log"),
            plan("kpi_actual", "select t.plan_id from kpi_actual x join kpi k on k.id = x.kpi_id join task t on t.id = k.task_id"
                    + " where x.id in (%s)"),
            plan("budget_execution", "select t.plan_id from budget_execution x join budget_line b on b.id = x.budget_line_id"
                    + " join task t on t.id = b.task_id where x.id in (%s)"),
            round("round_entry"), round("remedy"), round("entry_message"),
            plan("round_entry_evidence", "select r.plan_id from round_entry_evidence x join round_entry e on e.id = x.entry_id"
                    + " join check_round r on r.id = e.round_id where x.id in (%s)"),
            plan("award_line", "select a.plan_id from award_line x join award_result a on a.id = x.award_result_id"
                    + " where x.id in (%s)"),
            // the ranking shows a contest's public vote once it is closed: its state changes are entity updates
            plan("public_vote", "select contest_plan_id from public_vote where contest_plan_id is not null and id in (%s)"),
            plan("public_vote_case", "select v.contest_plan_id from public_vote_case x join public_vote v on v.id = x.vote_id"
                    + " where v.contest_plan_id is not null and x.id in (%s)"),
            organization("organization", "select id from organization where id in (%s)"),
            // department names, places and states show on every plan page of the organization
            ownOrganization("department"),
            // evidence shows on task pages (milestones) and in decks (photos); its owners are of several kinds
            ownOrganization("evidence_attachment"),
            // the 「국민 제안」 mark and the audit findings' menu: rare, organization-wide
            ownOrganization("proposal"), ownOrganization("audit_finding"),
            organization("audit_progress", "select f.organization_id from audit_progress x join audit_finding f"
                    + " on f.id = x.finding_id where x.id in (%s)"),
            none("account"), none("notice"), none("notice_read"), none("publication"), none("competition"),
            none("competition_entry"), none("evidence_chunk"));

    /** Collection tables: a change raises what a change of the owning entity raises. */
    static final Set<String> COLLECTION_TABLES = Set.of("task_collaborating_department", "remedy_revision",
            "competition_document");

    private DataVersionTables() {
    }

    private static Map.Entry<String, Rule> own(String table) {
        return plan(table, OWN_PLAN.formatted(table));
    }

    private static Map.Entry<String, Rule> task(String table) {
        return plan(table, TASK.formatted(table));
    }

    private static Map.Entry<String, Rule> round(String table) {
        return plan(table, ROUND.formatted(table));
    }

    private static Map.Entry<String, Rule> ownOrganization(String table) {
        return organization(table, OWN_ORGANIZATION.formatted(table));
    }

    private static Map.Entry<String, Rule> plan(String table, String sql) {
        return Map.entry(table, new Rule(Kind.PLAN, sql));
    }

    private static Map.Entry<String, Rule> organization(String table, String sql) {
        return Map.entry(table, new Rule(Kind.ORGANIZATION, sql));
    }

    private static Map.Entry<String, Rule> none(String table) {
        return Map.entry(table, new Rule(Kind.NONE, null));
    }
}
