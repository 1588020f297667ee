package kr.innotrack.publicvote;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the pages read. The public side reads plain JDBC rows (a fixed number of statements per page whatever the
 * number of cases or ballots: the vote, its cases, the count, and after publication the per-case counts); the staff
 * side the same rows plus the entities it edits.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class VoteQueries {

    private final JdbcClient jdbc;
    private final PublicVoteRepository votes;
    private final VoteCaseRepository cases;
    private final VoteCommands commands;
    private final Clock clock;

    /** A vote as its pages show it; {@code participants} = the recorded count plus the ballots. */
    record VoteRow(long id, long version, String title, String explanation, int pickCount, LocalDateTime opensAt,
                   LocalDateTime closesAt, VoteState state, boolean closedEarly, LocalDateTime resultsPublishedAt,
                   int recorded, boolean imported, Long contestPlanId, int caseCount, long ballots) {

        public long participants() {
            return recorded + ballots;
        }

        public VotePhase phase(LocalDateTime now) {
            return VotePhase.of(state, opensAt, closesAt, now);
        }
    }

    record CaseRow(long id, long version, int sortOrder, String name, String summary, String details, Long taskId) {
    }

    record CaseResult(long caseId, int sortOrder, String name, long count, int rank) {
    }

    private static final String VOTE_COLUMNS = "select v.id, v.version, v.title, v.explanation, v.pick_count, v.opens_at,"
            + " v.closes_at, v.state, v.closed_early, v.results_published_at, v.recorded_participants, v.imported,"
            + " v.contest_plan_id,"
            + " (select count(*) from public_vote_case c where c.vote_id = v.id),"
            + " (select count(*) from public_vote_ballot b where b.vote_id = v.id)"
            + " from public_vote v";

    private static VoteRow voteRow(ResultSet rs, int n) throws SQLException {
        return new VoteRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getTimestamp(6).toLocalDateTime(), rs.getTimestamp(7).toLocalDateTime(),
                VoteState.valueOf(rs.getString(8)), rs.getBoolean(9),
                rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toLocalDateTime(), rs.getInt(11),
                rs.getBoolean(12), rs.getObject(13) == null ? null : rs.getLong(13), rs.getInt(14), rs.getLong(15));
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    // ------------------------------------------------------------------ public

    /** The public votes of an organization (never drafts), newest first. */
    List<VoteRow> publicVotes(long organizationId) {
        return jdbc.sql(VOTE_COLUMNS + " where v.organization_id = ? and v.state <> 'DRAFT'"
                        + " order by v.opens_at desc, v.id desc")
                .param(organizationId).query(VoteQueries::voteRow).list();
    }

    /** A public vote of this organization; a draft, another organization's or an unknown id: not found. */
    VoteRow publicVote(long organizationId, long id) {
        return jdbc.sql(VOTE_COLUMNS + " where v.id = ? and v.organization_id = ? and v.state <> 'DRAFT'")
                .param(id).param(organizationId).query(VoteQueries::voteRow).optional()
                .orElseThrow(() -> new NotFoundException("publicvote.what", id));
    }

    List<CaseRow> cases(long voteId) {
        return jdbc.sql("select id, version, sort_order, name, summary, details, task_id from public_vote_case"
                        + " where vote_id = ? order by sort_order, id")
                .param(voteId).query((rs, n) -> new CaseRow(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                        rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getObject(7) == null ? null : rs.getLong(7))).list();
    }

    /** 「총 N명 참여」 of a public vote, in one statement (the htmx fragment's poll); empty for a draft or another's. */
    Optional<Long> participants(long organizationId, long id) {
        return jdbc.sql("select v.recorded_participants + (select count(*) from public_vote_ballot b where b.vote_id = v.id)"
                        + " from public_vote v where v.id = ? and v.organization_id = ? and v.state <> 'DRAFT'")
                .param(id).param(organizationId).query(Long.class).optional();
    }

    /** Per-case counts, most first, with shared ranks for equal counts. */
    List<CaseResult> results(long voteId) {
        List<Object[]> rows = jdbc.sql("select c.id, c.sort_order, c.name, count(ch.ballot_id) from public_vote_case c"
                        + " left join public_vote_choice ch on ch.case_id = c.id where c.vote_id = ?"
                        + " group by c.id, c.sort_order, c.name order by count(ch.ballot_id) desc, c.sort_order")
                .param(voteId).query((rs, n) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getLong(4)}).list();
        List<CaseResult> results = new java.util.ArrayList<>();
        long previous = -1;
        int rank = 0;
        for (int i = 0; i < rows.size(); i++) {
            Object[] r = rows.get(i);
            long count = (Long) r[3];
            if (count != previous) {
                rank = i + 1;
                previous = count;
            }
            results.add(new CaseResult((Long) r[0], (Integer) r[1], (String) r[2], count, rank));
        }
        return results;
    }

    /** Votes per task of a contest's vote (cases naming a task). */
    Map<Long, Integer> votesPerTask(long voteId) {
        return jdbc.sql("select c.task_id, count(ch.ballot_id) from public_vote_case c"
                        + " left join public_vote_choice ch on ch.case_id = c.id"
                        + " where c.vote_id = ? and c.task_id is not null group by c.task_id")
                .param(voteId).query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Optional<VoteRow> contestVote(long planId) {
        return jdbc.sql(VOTE_COLUMNS + " where v.contest_plan_id = ?").param(planId).query(VoteQueries::voteRow)
                .optional();
    }

    // ------------------------------------------------------------------ staff

    /** Every vote of the person's organization, drafts too (planning admins). */
    List<VoteRow> staffVotes(CurrentUser user) {
        kr.innotrack.shared.AccessDeniedHere.unlessAdmin(user, "publicvote.what.manage");
        return jdbc.sql(VOTE_COLUMNS + " where v.organization_id = ? order by v.opens_at desc, v.id desc")
                .param(user.organizationId()).query(VoteQueries::voteRow).list();
    }

    /** One vote of the person's organization (404 for another's, 403 for a role that may not manage votes). */
    VoteRow staffVote(long id, CurrentUser user) {
        commands.vote(id, user);
        return jdbc.sql(VOTE_COLUMNS + " where v.id = ?").param(id).query(VoteQueries::voteRow).single();
    }

    PublicVote entity(long id, CurrentUser user) {
        return commands.vote(id, user);
    }

    VoteCase caseEntity(long voteId, long caseId, CurrentUser user) {
        commands.vote(voteId, user);
        return cases.findById(caseId).filter(c -> c.getVoteId() == voteId)
                .orElseThrow(() -> new NotFoundException("publicvote.case.what", caseId));
    }

    List<String> publishProblems(long id, CurrentUser user) {
        return commands.publishProblems(commands.vote(id, user));
    }
}
