package kr.innotrack.publicvote;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kr.innotrack.participation.Participation;
import kr.innotrack.participation.ParticipationRefused;
import kr.innotrack.participation.Purpose;
import kr.innotrack.participation.Voice;
import kr.innotrack.shared.web.RejectedInput;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A citizen's ballot: the picks checked first (between 1 and the vote's number, each a case of this vote, while the
 * vote is open), then the e-mail code asked for ({@link #requestCode}), then the ballot cast with the code
 * ({@link #cast}): {@code Participation.confirm} and the insert in one transaction, so a refused ballot leaves the code
 * unused and nothing saved. One ballot per voice and vote: the unique key (vote_id, voice).
 */
@Service
@RequiredArgsConstructor
class Ballots {

    private final JdbcClient jdbc;
    private final VoteQueries queries;
    private final Participation participation;
    private final Clock clock;

    /** The picks as a set of this vote's cases, or the reason beside the {@code picks} field. */
    Set<Long> checkPicks(VoteQueries.VoteRow vote, List<VoteQueries.CaseRow> cases, List<Long> picks) {
        if (vote.phase(LocalDateTime.now(clock)) != VotePhase.OPEN) {
            throw new RejectedInput("picks", vote.phase(LocalDateTime.now(clock)) == VotePhase.UPCOMING
                    ? "publicvote.ballot.notYet" : "publicvote.ballot.closed");
        }
        Set<Long> chosen = new LinkedHashSet<>();
        if (picks != null) {
            picks.stream().filter(java.util.Objects::nonNull).forEach(chosen::add);
        }
        if (chosen.isEmpty()) {
            throw new RejectedInput("picks", "publicvote.ballot.none", vote.pickCount());
        }
        if (chosen.size() > vote.pickCount()) {
            throw new RejectedInput("picks", "publicvote.ballot.tooMany", vote.pickCount(), chosen.size());
        }
        Set<Long> ids = new java.util.HashSet<>();
        cases.forEach(c -> ids.add(c.id()));
        if (!ids.containsAll(chosen)) {
            throw new RejectedInput("picks", "publicvote.ballot.foreignCase");
        }
        return chosen;
    }

    /** Checks the picks and mails a code for this vote. */
    @Transactional
    void requestCode(long organizationId, long voteId, List<Long> picks, String email, String client) {
        VoteQueries.VoteRow vote = queries.publicVote(organizationId, voteId);
        checkPicks(vote, queries.cases(voteId), picks);
        try {
            participation.requestCode(email, Purpose.vote(voteId), client);
        } catch (ParticipationRefused refused) {
            throw new RejectedInput(refused.getField(), refused.getMessageKey(), refused.getArguments());
        }
    }

    /** Checks the picks and the code and casts the ballot, all or nothing. */
    @Transactional
    void cast(long organizationId, long voteId, List<Long> picks, String email, String code, String client) {
        VoteQueries.VoteRow vote = queries.publicVote(organizationId, voteId);
        Set<Long> chosen = checkPicks(vote, queries.cases(voteId), picks);
        if (code == null || !code.matches("\\d{6}")) {
            throw new RejectedInput("code", "publicvote.code.format");
        }
        Voice voice;
        try {
            voice = participation.confirm(email, code, Purpose.vote(voteId), client);
        } catch (ParticipationRefused refused) {
            throw new RejectedInput(refused.getField(), refused.getMessageKey(), refused.getArguments());
        }
        Integer already = jdbc.sql("select count(*) from public_vote_ballot where vote_id = ? and voice = ?")
                .param(voteId).param(voice.key()).query(Integer.class).single();
        if (already > 0) {
            throw new RejectedInput("email", "publicvote.ballot.twice");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into public_vote_ballot (vote_id, voice, created_at) values (?, ?, ?)")
                    .param(voteId).param(voice.key()).param(LocalDateTime.now(clock))
                    .update(key, "id");
        } catch (DuplicateKeyException raced) {
            throw new RejectedInput("email", "publicvote.ballot.twice");
        }
        long ballotId = key.getKey().longValue();
        for (Long caseId : chosen) {
            jdbc.sql("insert into public_vote_choice (ballot_id, case_id) values (?, ?)")
                    .param(ballotId).param(caseId).update();
        }
    }
}
