package kr.innotrack.publicvote;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.innotrack.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of public votes: scoring's third contest part (국민 투표) makes a vote whose cases are a
 * plan's shortlisted tasks and reads its per-task counts once the vote closed.
 */
@Service
@RequiredArgsConstructor
public class PublicVotes {

    private final VoteCommands commands;
    private final VoteQueries queries;

    /** A shortlisted task as a case of the contest's vote. */
    public record ContestCase(Long taskId, String name, String summary) {
    }

    /** A contest's public vote: whether it is closed (only then do its counts score), its ballots and votes per task. */
    public record ContestTally(long voteId, String title, boolean closed, long ballots, Map<Long, Integer> votesPerTask) {
    }

    /** Makes the contest's vote (준비, the office publishes it from {@code /votes}); returns its id. */
    @Transactional
    public long createForContest(Long planId, String title, String explanation, int pickCount, LocalDateTime opensAt,
                                 LocalDateTime closesAt, List<ContestCase> candidates, CurrentUser user) {
        return commands.createForContest(planId, new VoteCommands.VoteFields(title, explanation,
                Math.max(1, Math.min(pickCount, candidates.size())), opensAt, closesAt), candidates, user);
    }

    /** The plan's contest vote, if the office made one. Counts are given only once it closed. */
    @Transactional(readOnly = true)
    public Optional<ContestTally> contestTally(Long planId) {
        LocalDateTime now = queries.now();
        return queries.contestVote(planId).map(v -> {
            VotePhase phase = v.phase(now);
            boolean closed = phase == VotePhase.CLOSED || phase == VotePhase.RESULTS;
            return new ContestTally(v.id(), v.title(), closed, v.ballots(),
                    closed ? queries.votesPerTask(v.id()) : Map.of());
        });
    }
}
