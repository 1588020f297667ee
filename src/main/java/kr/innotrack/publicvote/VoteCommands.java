package kr.innotrack.publicvote;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.StaleEditException;
import kr.innotrack.shared.web.RejectedInput;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every staff change of a vote and its cases, by the planning admin of the vote's organization, each with its history
 * entry. Rules: the pick count between 1 and the number of cases, the closing after the opening, cases fixed once the
 * vote is public, results published only after closing and never for an imported vote (it has no ballots).
 */
@Service
@Transactional
@RequiredArgsConstructor
class VoteCommands {

    static final String VOTE = "PUBLIC_VOTE";
    static final int MAX_CASES = 50;

    private final PublicVoteRepository votes;
    private final VoteCaseRepository cases;
    private final ChangeHistory history;
    private final Messages messages;
    private final Clock clock;

    record VoteFields(String title, String explanation, int pickCount, LocalDateTime opensAt, LocalDateTime closesAt) {
    }

    record CaseFields(String name, String summary, String details) {
    }

    /** The vote of the person's organization, for a planning admin; another organization's: not found. */
    PublicVote vote(Long id, CurrentUser user) {
        PublicVote vote = votes.findById(id).filter(v -> Objects.equals(v.getOrganizationId(), user.organizationId()))
                .orElseThrow(() -> new NotFoundException("publicvote.what", id));
        AccessDeniedHere.unlessAdmin(user, "publicvote.what.manage");
        return vote;
    }

    private VoteCase voteCase(PublicVote vote, Long caseId) {
        return cases.findById(caseId).filter(c -> c.getVoteId().equals(vote.getId()))
                .orElseThrow(() -> new NotFoundException("publicvote.case.what", caseId));
    }

    private static void checkVersion(long expected, long actual) {
        StaleEditException.unlessCurrent(expected, actual, VOTE, null);
    }

    static void checkTimes(VoteFields f) {
        if (f.opensAt() != null && f.closesAt() != null && !f.closesAt().isAfter(f.opensAt())) {
            throw new RejectedInput("closesAt", "publicvote.closesAt.beforeOpening");
        }
    }

    long create(VoteFields fields, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "publicvote.what.manage");
        checkTimes(fields);
        PublicVote vote = votes.save(new PublicVote(user.organizationId(), fields, null, now(), user.username()));
        history.created(user, subject(vote), Changes.of()
                .field(messages.get("publicvote.field.title"), null, vote.getTitle())
                .field(messages.get("publicvote.field.pickCount"), null, vote.getPickCount())
                .field(messages.get("publicvote.field.opensAt"), null, vote.getOpensAt())
                .field(messages.get("publicvote.field.closesAt"), null, vote.getClosesAt()));
        return vote.getId();
    }

    void update(Long id, VoteFields fields, long version, CurrentUser user) {
        PublicVote vote = vote(id, user);
        requireDraft(vote);
        checkVersion(version, vote.getVersion());
        checkTimes(fields);
        long caseCount = cases.countByVoteId(id);
        if (caseCount > 0 && fields.pickCount() > caseCount) {
            throw new RejectedInput("pickCount", "publicvote.pickCount.overCases", caseCount);
        }
        Changes changes = Changes.of()
                .field(messages.get("publicvote.field.title"), vote.getTitle(), fields.title())
                .field(messages.get("publicvote.field.explanation"), vote.getExplanation(), fields.explanation())
                .field(messages.get("publicvote.field.pickCount"), vote.getPickCount(), fields.pickCount())
                .field(messages.get("publicvote.field.opensAt"), vote.getOpensAt(), fields.opensAt())
                .field(messages.get("publicvote.field.closesAt"), vote.getClosesAt(), fields.closesAt());
        vote.apply(fields);
        votes.flush();
        history.updated(user, subject(vote), changes);
    }

    long addCase(Long voteId, CaseFields fields, CurrentUser user) {
        PublicVote vote = vote(voteId, user);
        requireDraft(vote);
        List<VoteCase> existing = cases.findByVoteIdOrderBySortOrderAscIdAsc(voteId);
        if (existing.size() >= MAX_CASES) {
            throw new RejectedInput("name", "publicvote.case.tooMany", MAX_CASES);
        }
        int next = existing.isEmpty() ? 1 : existing.get(existing.size() - 1).getSortOrder() + 1;
        VoteCase added = cases.save(new VoteCase(voteId, next, fields, null));
        history.created(user, caseSubject(vote, added), Changes.of()
                .field(messages.get("publicvote.field.caseName"), null, added.getName())
                .field(messages.get("publicvote.field.summary"), null, added.getSummary()));
        return added.getId();
    }

    void updateCase(Long voteId, Long caseId, CaseFields fields, long version, CurrentUser user) {
        PublicVote vote = vote(voteId, user);
        VoteCase c = voteCase(vote, caseId);
        requireDraft(vote);
        checkVersion(version, c.getVersion());
        Changes changes = Changes.of()
                .field(messages.get("publicvote.field.caseName"), c.getName(), fields.name())
                .field(messages.get("publicvote.field.summary"), c.getSummary(), fields.summary())
                .field(messages.get("publicvote.field.details"), c.getDetails(), fields.details());
        c.apply(fields);
        cases.flush();
        history.updated(user, caseSubject(vote, c), changes);
    }

    void removeCase(Long voteId, Long caseId, long version, CurrentUser user) {
        PublicVote vote = vote(voteId, user);
        VoteCase c = voteCase(vote, caseId);
        requireDraft(vote);
        checkVersion(version, c.getVersion());
        history.deleted(user, caseSubject(vote, c), Changes.of()
                .field(messages.get("publicvote.field.caseName"), c.getName(), null));
        cases.delete(c);
        cases.flush();
        List<VoteCase> rest = cases.findByVoteIdOrderBySortOrderAscIdAsc(voteId);
        if (vote.getPickCount() > Math.max(1, rest.size())) {
            // the pick count follows the cases down, never below 1
            history.updated(user, subject(vote), Changes.of().field(messages.get("publicvote.field.pickCount"),
                    vote.getPickCount(), Math.max(1, rest.size())));
            vote.apply(new VoteFields(vote.getTitle(), vote.getExplanation(), Math.max(1, rest.size()),
                    vote.getOpensAt(), vote.getClosesAt()));
        }
    }

    /** Moves a case one place up ({@code -1}) or down ({@code +1}); at either end nothing moves. */
    void moveCase(Long voteId, Long caseId, int direction, CurrentUser user) {
        PublicVote vote = vote(voteId, user);
        VoteCase c = voteCase(vote, caseId);
        requireDraft(vote);
        List<VoteCase> all = new java.util.ArrayList<>(cases.findByVoteIdOrderBySortOrderAscIdAsc(voteId));
        int at = all.indexOf(c);
        int to = at + Integer.signum(direction);
        if (to < 0 || to >= all.size() || direction == 0) {
            return;
        }
        java.util.Collections.swap(all, at, to);
        for (int i = 0; i < all.size(); i++) {
            all.get(i).moveTo(i + 1);
        }
        history.updated(user, caseSubject(vote, c), Changes.of()
                .field(messages.get("publicvote.field.order"), at + 1, to + 1));
    }

    /** 준비 → 공개: every rule checked at once; the cases are fixed from here on. */
    void publish(Long id, long version, CurrentUser user) {
        PublicVote vote = vote(id, user);
        requireDraft(vote);
        checkVersion(version, vote.getVersion());
        for (String problem : publishProblems(vote)) {
            throw new NotAllowedNow(problem);
        }
        vote.publish();
        votes.flush();
        history.updated(user, subject(vote), Changes.of().field(messages.get("publicvote.field.state"),
                messages.label(VoteState.DRAFT), messages.label(VoteState.OPEN)));
    }

    /** Message keys of what keeps a draft from being published (empty: it may be). */
    List<String> publishProblems(PublicVote vote) {
        List<String> problems = new java.util.ArrayList<>();
        long caseCount = cases.countByVoteId(vote.getId());
        if (caseCount < 2) {
            problems.add("publicvote.publish.fewCases");
        }
        if (vote.getPickCount() < 1 || vote.getPickCount() > caseCount) {
            problems.add("publicvote.publish.pickCount");
        }
        if (!vote.getClosesAt().isAfter(vote.getOpensAt())) {
            problems.add("publicvote.closesAt.beforeOpening");
        }
        if (!vote.getClosesAt().isAfter(now())) {
            problems.add("publicvote.publish.closesInPast");
        }
        return problems;
    }

    /** Closes an open (or not yet opened) public vote now. */
    void closeEarly(Long id, long version, CurrentUser user) {
        PublicVote vote = vote(id, user);
        checkVersion(version, vote.getVersion());
        VotePhase phase = vote.phase(now());
        if (phase != VotePhase.OPEN && phase != VotePhase.UPCOMING) {
            throw new NotAllowedNow("publicvote.close.notOpen");
        }
        LocalDateTime before = vote.getClosesAt();
        LocalDateTime now = now();
        vote.closeNow(now.isBefore(vote.getOpensAt()) ? vote.getOpensAt() : now);
        votes.flush();
        history.updated(user, subject(vote), Changes.of()
                .field(messages.get("publicvote.field.closesAt"), before, vote.getClosesAt()));
    }

    /** After closing: the per-case counts become public. */
    void publishResults(Long id, long version, CurrentUser user) {
        PublicVote vote = vote(id, user);
        checkVersion(version, vote.getVersion());
        if (vote.isImported()) {
            throw new NotAllowedNow("publicvote.results.imported");
        }
        if (vote.phase(now()) != VotePhase.CLOSED) {
            throw new NotAllowedNow("publicvote.results.notClosed");
        }
        vote.publishResults(now());
        votes.flush();
        history.updated(user, subject(vote), Changes.of().field(messages.get("publicvote.field.state"),
                messages.label(VoteState.OPEN), messages.label(VoteState.RESULTS)));
    }

    /** A vote whose cases are a contest's shortlisted tasks (scoring's 국민 투표); one per plan. */
    long createForContest(Long planId, VoteFields fields, List<PublicVotes.ContestCase> candidates, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "publicvote.what.manage");
        if (votes.findByContestPlanId(planId).isPresent()) {
            throw new NotAllowedNow("publicvote.contest.exists");
        }
        PublicVote vote = votes.save(new PublicVote(user.organizationId(), fields, planId, now(), user.username()));
        history.created(user, subject(vote), Changes.of()
                .field(messages.get("publicvote.field.title"), null, vote.getTitle())
                .field(messages.get("publicvote.field.pickCount"), null, vote.getPickCount()));
        int order = 1;
        for (PublicVotes.ContestCase candidate : candidates) {
            cases.save(new VoteCase(vote.getId(), order++, new CaseFields(candidate.name(), candidate.summary(), null),
                    candidate.taskId()));
        }
        return vote.getId();
    }

    private static void requireDraft(PublicVote vote) {
        if (vote.getState() != VoteState.DRAFT) {
            throw new NotAllowedNow("publicvote.notDraft");
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    static ChangeHistory.Subject subject(PublicVote vote) {
        return new ChangeHistory.Subject(vote.getOrganizationId(), null, null, VOTE, vote.getId(), vote.getTitle());
    }

    private static ChangeHistory.Subject caseSubject(PublicVote vote, VoteCase c) {
        // a case's changes are the vote's history, labelled with the case's name
        return new ChangeHistory.Subject(vote.getOrganizationId(), null, null, VOTE, vote.getId(),
                vote.getTitle() + " · " + c.getName());
    }
}
