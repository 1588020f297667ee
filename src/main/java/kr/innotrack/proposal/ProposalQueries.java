package kr.innotrack.proposal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kr.innotrack.history.HistoryGroup;
import kr.innotrack.history.HistoryQueries;
import kr.innotrack.plan.CitizenProposalTasks;
import kr.innotrack.plan.TaskRef;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reading side: the office's list and page, the public list (published only, newest first, paged, with the
 * adoption statistics per year) and the public page. Plain JDBC projections: a page's statement count does not grow
 * with the data, and the proposer's address is never selected for a public page.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ProposalQueries {

    static final String ENTITY = "Proposal";
    static final int PAGE_SIZE = 10;

    private final JdbcClient jdbc;
    private final ProposalRepository proposals;
    private final HistoryQueries history;
    private final CitizenProposalTasks tasks;

    /** One line of a list; {@code adoptedTask}: the adopted task's code and title, or null. */
    public record Row(Long id, String title, ProposalCategory category, Publication publication, Triage triage,
                      int supportCount, LocalDateTime submittedAt, String adoptedTask) {
    }

    /** The public page of one proposal: nothing private (no address, no hidden reason). */
    public record PublicView(Long id, String title, String body, ProposalCategory category, Triage triage,
                             String decisionReason, Long adoptedTaskId, String adoptedTask, int supportCount,
                             LocalDateTime submittedAt, LocalDateTime decidedAt) {

        public boolean open() {
            return !triage.decided();
        }
    }

    /** 채택 통계 for one year: received (not hidden), adopted, rejected; the rate over the decided ones. */
    public record YearStats(int year, long received, long adopted, long rejected) {

        /** 채택률 in percent, one decimal; null while nothing is decided. */
        public Double rate() {
            long decided = adopted + rejected;
            return decided == 0 ? null : Math.round(adopted * 1000.0 / decided) / 10.0;
        }
    }

    public record PublicList(List<Row> rows, int page, int pages, long total, List<YearStats> stats) {
    }

    /** A task named and linked on the office's page. */
    public record TaskLink(Long planId, Long taskId, String label) {
    }

    public record StaffPage(Proposal proposal, TaskLink relatedTask, TaskLink adoptedTask, List<TaskRef> adoptable,
                            String slug, List<HistoryGroup> history) {
    }

    private static final String ROW = """
            select p.id, p.title, p.category, p.publication, p.triage, p.support_count, p.submitted_at,
                   t.code, t.title
            from proposal p left join task t on t.id = p.adopted_task_id
            """;
    /** The public list: an adopted task is named only while its plan is published (portal's publication). */
    private static final String PUBLIC_ROW = """
            select p.id, p.title, p.category, p.publication, p.triage, p.support_count, p.submitted_at,
                   t.code, t.title
            from proposal p left join task t on t.id = p.adopted_task_id
                            and exists (select 1 from publication pb where pb.subject_kind = 'PLAN' and pb.subject_id = t.plan_id)
            """;

    /** The office's list, newest first, optionally by publication and triage state. */
    public List<Row> staffList(CurrentUser user, Publication publication, Triage triage) {
        AccessDeniedHere.unlessAdmin(user, "proposal.staff.title");
        StringBuilder sql = new StringBuilder(ROW).append(" where p.organization_id = :org");
        if (publication != null) {
            sql.append(" and p.publication = :publication");
        }
        if (triage != null) {
            sql.append(" and p.triage = :triage");
        }
        sql.append(" order by p.submitted_at desc, p.id desc");
        var statement = jdbc.sql(sql.toString()).param("org", user.organizationId());
        if (publication != null) {
            statement = statement.param("publication", publication.name());
        }
        if (triage != null) {
            statement = statement.param("triage", triage.name());
        }
        return statement.query(ProposalQueries::row).list();
    }

    /** A proposal of the person's organization (404 for another's), for a planning admin (403 for anyone else). */
    public Proposal proposal(Long id, CurrentUser user) {
        Proposal p = proposals.findByIdAndOrganizationId(id, user.organizationId())
                .orElseThrow(() -> new NotFoundException("proposal.record", id));
        AccessDeniedHere.unlessAdmin(user, "proposal.staff.title");
        return p;
    }

    public StaffPage staffPage(Long id, CurrentUser user) {
        Proposal p = proposal(id, user);
        List<TaskRef> adoptable = tasks.adoptable(user.organizationId());
        String slug = jdbc.sql("select slug from organization where id = ?").param(p.getOrganizationId())
                .query(String.class).optional().orElse(null);
        return new StaffPage(p, taskLink(p.getRelatedTaskId()), taskLink(p.getAdoptedTaskId()), adoptable, slug,
                HistoryGroup.of(history.ofRecord(ENTITY, id)));
    }

    private TaskLink taskLink(Long taskId) {
        if (taskId == null) {
            return null;
        }
        return jdbc.sql("select t.plan_id, t.id, t.code, t.title from task t where t.id = ?").param(taskId)
                .query((rs, n) -> new TaskLink(rs.getLong(1), rs.getLong(2), rs.getString(3) + " " + rs.getString(4)))
                .optional().orElse(null);
    }

    /** The published proposals of an organization, newest first, one page; with the statistics per year. */
    public PublicList publicList(Long organizationId, int page) {
        long total = jdbc.sql("select count(*) from proposal where organization_id = ? and publication = 'PUBLISHED'")
                .param(organizationId).query(Long.class).single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        List<Row> rows = jdbc.sql(PUBLIC_ROW + " where p.organization_id = ? and p.publication = 'PUBLISHED'"
                        + " order by p.submitted_at desc, p.id desc offset ? rows fetch next ? rows only")
                .params(organizationId, (current - 1) * PAGE_SIZE, PAGE_SIZE)
                .query(ProposalQueries::row).list();
        return new PublicList(rows, current, pages, total, stats(organizationId));
    }

    /** 접수 (every proposal not hidden), 채택, 불채택 per year of submission, newest year first. */
    public List<YearStats> stats(Long organizationId) {
        return new ArrayList<>(jdbc.sql("""
                        select extract(year from submitted_at) as y, count(*),
                               sum(case when triage = 'ADOPTED' then 1 else 0 end),
                               sum(case when triage = 'REJECTED' then 1 else 0 end)
                        from proposal where organization_id = ? and publication <> 'HIDDEN'
                        group by extract(year from submitted_at) order by y desc""")
                .param(organizationId)
                .query((rs, n) -> new YearStats(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list());
    }

    /** A published proposal of the organization; 404 for any other (pending, hidden, another organization's). */
    public PublicView publicView(Long organizationId, Long id) {
        return jdbc.sql("""
                        select p.id, p.title, p.body, p.category, p.triage, p.decision_reason, p.adopted_task_id,
                               t.code, t.title, p.support_count, p.submitted_at, p.decided_at
                        from proposal p left join task t on t.id = p.adopted_task_id
                            and exists (select 1 from publication pb where pb.subject_kind = 'PLAN' and pb.subject_id = t.plan_id)
                        where p.id = ? and p.organization_id = ? and p.publication = 'PUBLISHED'""")
                .params(id, organizationId)
                .query((rs, n) -> new PublicView(rs.getLong(1), rs.getString(2), rs.getString(3),
                        category(rs.getString(4)), Triage.valueOf(rs.getString(5)),
                        rs.getString(6), (Long) rs.getObject(7, Long.class),
                        rs.getString(8) == null ? null : rs.getString(8) + " " + rs.getString(9), rs.getInt(10),
                        rs.getObject(11, LocalDateTime.class), rs.getObject(12, LocalDateTime.class)))
                .optional()
                .orElseThrow(() -> new NotFoundException("proposal.record", id));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), category(rs.getString(3)), Publication.valueOf(rs.getString(4)),
                Triage.valueOf(rs.getString(5)), rs.getInt(6), rs.getObject(7, LocalDateTime.class),
                rs.getString(8) == null ? null : rs.getString(8) + " " + rs.getString(9));
    }

    private static ProposalCategory category(String name) {
        return name == null ? null : ProposalCategory.valueOf(name);
    }
}
