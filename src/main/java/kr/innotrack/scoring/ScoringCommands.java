package kr.innotrack.scoring;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.time.LocalDate;
import java.util.stream.Collectors;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.plan.Plan;
import kr.innotrack.plan.Task;
import kr.innotrack.plan.TaskQueries;
import kr.innotrack.scoring.events.ContestShortlisted;
import kr.innotrack.scoring.events.ObjectionAnswered;
import kr.innotrack.scoring.events.ObjectionFiled;
import kr.innotrack.scoring.events.RankingPublished;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.Role;
import kr.innotrack.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change in scoring: the model; the contest (shortlist, summaries, opening, votes, closing); panel and
 * collaboration scores; publishing the ranking, objections and answers; confirming awards.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ScoringCommands {

    private final ScoringQueries reads;
    private final ScoringModelRepository models;
    private final ContestRepository contests;
    private final PanelScoreRepository panelScores;
    private final ContestVoteRepository votes;
    private final CollaborationScoreRepository collaborationScores;
    private final AwardResultRepository awards;
    private final ContestCandidateRepository candidates;
    private final RankingPublicationRepository publications;
    private final ScoreObjectionRepository objections;
    private final TaskQueries tasks;
    private final ApplicationEventPublisher events;
    private final ChangeHistory history;
    private final Messages messages;
    private final Clock clock;
    private final kr.innotrack.publicvote.PublicVotes publicVotes;

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    /** A score as typed, with the version of the saved score it was read at (null: none was saved). */
    public record Score(BigDecimal score, Long version) {
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /**
     * Saves a new version of the model; refused when someone saved another version since the form was read. Settings
     * equal to the saved version's make no new version (a new one would ask for the ranking to be published again):
     * the current version number comes back.
     */
    public int saveModel(Long planId, ScoringSettings settings, int basedOn, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "scoring.action.saveModel");
        Plan plan = reads.plan(planId, user.organizationId());
        ScoringQueries.ModelView savedNow = reads.model(planId);
        int current = savedNow.versionNo();
        if (basedOn != current) {
            throw new StaleEditException("ScoringModel", planId);
        }
        if (current > 0 && savedNow.settings().sameValuesAs(settings)) {
            return current;
        }
        ScoringModel saved = models.save(new ScoringModel(planId, current + 1, settings, now(), user.displayName()));
        history.created(user, new ChangeHistory.Subject(plan.getOrganization().getId(), null, null, "SCORING_MODEL",
                saved.getId(), messages.get("scoring.history.model", String.valueOf(saved.getVersionNo()))), Changes.of()
                .field(messages.get("scoring.history.weights"), null, messages.get("scoring.history.weights.value",
                        settings.milestone(), settings.kpi(), settings.rating(), settings.timeliness(), settings.remedy(),
                        settings.contest(), settings.collaboration()))
                .field(messages.get("scoring.history.collaboratorShare"), null, settings.collaboratorShare() + "%")
                .field(messages.get("scoring.history.contestSplit"), null, settings.panelWeight() + ":" + settings.voteWeight()
                        + (settings.publicWeight() > 0 ? ":" + settings.publicWeight() : ""))
                .field(messages.get("scoring.history.rankRule"), null, messages.get(settings.requireLeadTask()
                        ? "scoring.history.rankRule.lead" : "scoring.history.rankRule.value", settings.minCoverage()))
                .field(messages.get("scoring.history.minAward"), null, messages.get("scoring.history.minAward.value",
                        settings.minAwardScore().stripTrailingZeros().toPlainString()))
                .field(messages.get("scoring.history.ownVotes"), null, messages.get(settings.excludeOwnVotes()
                        ? "scoring.history.ownVotes.forbidden" : "scoring.history.ownVotes.allowed")));
        return saved.getVersionNo();
    }

    // ---------------------------------------------------------------- the contest: shortlist, summaries, vote

    /**
     * The plan's contest row, created if absent without a race (insert … on conflict do nothing: a parallel request's
     * row wins, none fails), then locked for the rest of the transaction: votes and closing of a plan go one at a time.
     */
    private ContestState lockContest(Long planId) {
        contests.insertIfAbsent(planId);
        return contests.lockByPlanId(planId).orElseThrow();
    }

    /**
     * The office's shortlist (본선 과제): exactly the given tasks of the plan, while the contest is being prepared.
     * Refused once voting has opened; based on the contest's version, so two admins do not overwrite each other.
     */
    public void saveShortlist(Long planId, java.util.Set<Long> taskIds, Long basedOnVersion, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "scoring.action.shortlist");
        Plan plan = reads.plan(planId, user.organizationId());
        plan.requireConfirmed();
        Optional<ContestState> existing = contests.lockByPlanId(planId);
        StaleEditException.unlessCurrent(basedOnVersion, existing.map(ContestState::getVersion).orElse(-1L), "ContestShortlist", planId);
        ContestState contest = existing.orElseGet(() -> contests.saveAndFlush(new ContestState(planId)));
        if (contest.phase() != ContestState.Phase.PREPARING) {
            throw new NotAllowedNow("scoring.shortlist.locked");
        }
        Map<Long, Task> planTasks = reads.tasksOf(planId).stream().collect(Collectors.toMap(Task::getId, t -> t));
        for (Long id : taskIds) {
            if (!planTasks.containsKey(id)) {
                throw new NotFoundException("scoring.record.task", id);
            }
        }
        Map<Long, ContestCandidate> current = candidates.findByPlanIdOrderByIdAsc(planId).stream()
                .collect(Collectors.toMap(ContestCandidate::getTaskId, c -> c));
        for (ContestCandidate c : current.values()) {
            if (!taskIds.contains(c.getTaskId())) {
                candidates.delete(c);
                Task t = planTasks.get(c.getTaskId());
                history.updated(user, contestSubject(plan, t), Changes.of().field(messages.get("scoring.history.candidate"),
                        messages.get("scoring.history.candidate.in"), messages.get("scoring.history.candidate.out")));
            }
        }
        for (Task t : reads.tasksOf(planId)) {
            if (taskIds.contains(t.getId()) && !current.containsKey(t.getId())) {
                candidates.save(new ContestCandidate(planId, t.getId(), now()));
                history.updated(user, contestSubject(plan, t), Changes.of().field(messages.get("scoring.history.candidate"),
                        null, messages.get("scoring.history.candidate.in")));
                if (t.getLeadDepartment() != null) {
                    events.publishEvent(new ContestShortlisted(plan.getOrganization().getId(), planId,
                            t.getLeadDepartment().getId(), t.getCode()));
                }
            }
        }
        if (existing.isPresent()) {
            // Another admin's shortlist form, read before this save, is now stale.
            entityManager.lock(contest, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
    }

    private ChangeHistory.Subject contestSubject(Plan plan, Task t) {
        return new ChangeHistory.Subject(plan.getOrganization().getId(), t.getId(), null, "CONTEST_CANDIDATE", t.getId(),
                messages.get("scoring.history.contestSubject", t.getCode(), t.getTitle()));
    }

    /** A candidate's results summary, written by its lead department (or the office) before voting opens. */
    public void writeSummary(Long planId, Long taskId, String summary, Long version, CurrentUser user) {
        Plan plan = reads.plan(planId, user.organizationId());
        plan.requireConfirmed();
        Task task = reads.task(planId, taskId, user.organizationId());
        ContestCandidate candidate = candidates.findByPlanIdAndTaskId(planId, taskId)
                .orElseThrow(() -> new NotFoundException("scoring.record.candidate", taskId));
        boolean lead = task.getLeadDepartment() != null && task.getLeadDepartment().getId().equals(user.departmentId());
        if (!user.admin() && !(user.officer() && lead)) {
            throw new AccessDeniedHere("scoring.summary.writer");
        }
        if (reads.phase(planId) != ContestState.Phase.PREPARING) {
            throw new NotAllowedNow("scoring.summary.locked");
        }
        StaleEditException.unlessCurrent(version, candidate.getVersion(), "ContestSummary", taskId);
        Changes changes = Changes.of().field(messages.get("scoring.history.summary"), candidate.getSummary(), summary);
        candidate.writeSummary(summary, user.displayName(), now());
        history.updated(user, contestSubject(plan, task), changes);
    }

    /** Opens the vote on the shortlist, once confirmed; the shortlist and the summaries are locked from then on. */
    public void openVote(Long planId, boolean confirmed, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "scoring.action.openVote");
        Plan plan = reads.plan(planId, user.organizationId());
        plan.requireConfirmed();
        ContestState contest = lockContest(planId);
        if (contest.phase() != ContestState.Phase.PREPARING) {
            throw new NotAllowedNow("scoring.vote.alreadyOpen");
        }
        List<String> blockers = reads.openingBlockers(planId);
        if (!blockers.isEmpty()) {
            throw new NotAllowedNow("scoring.blocked", String.join(" ", blockers));
        }
        if (!confirmed) {
            throw new NotAllowedNow("scoring.vote.confirmOpen");
        }
        contest.open(user.displayName(), now());
        history.updated(user, new ChangeHistory.Subject(plan.getOrganization().getId(), null, null, "CONTEST", planId,
                messages.get("scoring.history.contest")), Changes.of().field(messages.get("scoring.history.vote"),
                        messages.get("scoring.history.vote.preparing"), messages.get("scoring.history.vote.voting"))
                .field(messages.get("scoring.history.candidate"), null, messages.get("scoring.history.count",
                        String.valueOf(candidates.findByPlanIdOrderByIdAsc(planId).size()))));
    }

    /**
     * One vote of a staff account (officer or admin) for a shortlisted task: once per task, at most N, while the vote
     * is open, and (unless the model allows it) never for a task the voter's own department leads or collaborates on.
     */
    public void vote(Long planId, Long taskId, CurrentUser user) {
        if (user.role() == Role.VIEWER) {
            throw new AccessDeniedHere("scoring.vote.viewer");
        }
        Task task = reads.task(planId, taskId, user.organizationId());
        ContestState contest = lockContest(planId);
        if (contest.phase() == ContestState.Phase.CLOSED) {
            throw new NotAllowedNow("scoring.vote.closed");
        }
        if (contest.phase() == ContestState.Phase.PREPARING) {
            throw new NotAllowedNow("scoring.vote.notOpen");
        }
        if (candidates.findByPlanIdAndTaskId(planId, taskId).isEmpty()) {
            throw new NotAllowedNow("scoring.vote.notCandidate", task.getCode());
        }
        ScoringQueries.ModelView model = reads.model(planId);
        if (model.settings().excludeOwnVotes() && ownDepartmentsTask(planId, task, user)) {
            throw new AccessDeniedHere("scoring.vote.own", task.getCode());
        }
        if (votes.existsByTaskIdAndAccountId(taskId, user.accountId())) {
            throw new NotAllowedNow("scoring.vote.twice", task.getCode());
        }
        int limit = model.settings().votesPerAccount();
        if (votes.countByPlanIdAndAccountId(planId, user.accountId()) >= limit) {
            throw new NotAllowedNow("scoring.vote.limit", String.valueOf(limit));
        }
        votes.save(new ContestVote(planId, taskId, user.accountId(), now()));
    }

    /** The voter's department leads the task or collaborates on it. */
    boolean ownDepartmentsTask(Long planId, Task task, CurrentUser user) {
        Long department = user.departmentId();
        if (department == null) {
            return false;
        }
        if (task.getLeadDepartment() != null && department.equals(task.getLeadDepartment().getId())) {
            return true;
        }
        return reads.collaborations(planId).stream()
                .anyMatch(c -> c.taskId().equals(task.getId()) && c.departmentId().equals(department));
    }

    public void closeVote(Long planId, boolean confirmed, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "scoring.action.closeVote");
        Plan plan = reads.plan(planId, user.organizationId());
        plan.requireConfirmed();
        ContestState contest = lockContest(planId);
        if (contest.isVoteClosed()) {
            throw new NotAllowedNow("scoring.vote.alreadyClosed");
        }
        if (contest.phase() != ContestState.Phase.VOTING) {
            throw new NotAllowedNow("scoring.vote.closeNotOpen");
        }
        if (!confirmed) {
            throw new NotAllowedNow("scoring.vote.confirmClose");
        }
        contest.close(user.displayName(), now());
        history.updated(user, new ChangeHistory.Subject(plan.getOrganization().getId(), null, null, "CONTEST", planId,
                messages.get("scoring.history.contest")), Changes.of().field(messages.get("scoring.history.vote"),
                        messages.get("scoring.history.vote.voting"), messages.get("scoring.history.vote.closed")));
    }

    /**
     * One panel member's scores; a blank score removes that member's score of the task. Each score must be based on
     * the version read (none, for a new one): otherwise someone else saved it meanwhile and nothing is saved.
     */
    public void savePanelScores(Long planId, String member, Map<Long, Score> scores, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "scoring.action.panel");
        Plan plan = reads.plan(planId, user.organizationId());
        plan.requireConfirmed();
        Map<Long, Task> planTasks = reads.tasksOf(planId).stream().collect(Collectors.toMap(Task::getId, t -> t));
        for (Map.Entry<Long, Score> e : scores.entrySet()) {
            Task task = planTasks.get(e.getKey());
            if (task == null) {
                throw new NotFoundException("scoring.record.task", e.getKey());
            }
            PanelScore existing = panelScores.findByTaskIdAndPanelMember(task.getId(), member).orElse(null);
            unlessReadAt(existing == null ? null : existing.getVersion(), e.getValue().version(), "PanelScore", task.getId());
            BigDecimal score = e.getValue().score();
            BigDecimal before = existing == null ? null : existing.getScore();
            if (score == null) {
                if (existing != null) {
                    panelScores.delete(existing);
                }
            } else {
                PanelScore s = existing != null ? existing : new PanelScore(planId, task.getId(), member);
                s.set(score, user.displayName(), now());
                if (existing == null) {
                    panelScores.save(s);
                }
            }
            if (before == null ? score != null : (score == null || before.compareTo(score) != 0)) {
                history.updated(user, new ChangeHistory.Subject(plan.getOrganization().getId(), task.getId(), null,
                        "PANEL_SCORE", task.getId(), messages.get("scoring.history.panel", member)),
                        Changes.of().field(messages.get("scoring.history.score"), before, score));
            }
        }
    }

    /** The lead department's scores of its collaborators (an admin may enter any). */
    public void saveCollaborationScores(Long planId, Map<Long, Map<Long, Score>> scores, CurrentUser user) {
        if (user.role() == Role.VIEWER) {
            throw new AccessDeniedHere("scoring.collaboration.viewer");
        }
        Plan plan = reads.plan(planId, user.organizationId());
        plan.requireConfirmed();
        Map<Long, Task> planTasks = reads.tasksOf(planId).stream().collect(Collectors.toMap(Task::getId, t -> t));
        Map<Long, List<Long>> collaborators = reads.collaborations(planId).stream().collect(Collectors.groupingBy(
                c -> c.taskId(), Collectors.mapping(c -> c.departmentId(), Collectors.toList())));
        for (var byTask : scores.entrySet()) {
            Task task = planTasks.get(byTask.getKey());
            if (task == null) {
                throw new NotFoundException("scoring.record.task", byTask.getKey());
            }
            boolean lead = task.getLeadDepartment() != null && task.getLeadDepartment().getId().equals(user.departmentId());
            if (!user.admin() && !lead) {
                throw new AccessDeniedHere("scoring.collaboration.lead");
            }
            for (var e : byTask.getValue().entrySet()) {
                if (!collaborators.getOrDefault(task.getId(), List.of()).contains(e.getKey())) {
                    throw new NotFoundException("scoring.record.collaborator", e.getKey());
                }
                CollaborationScore existing = collaborationScores.findByTaskIdAndDepartmentId(task.getId(), e.getKey()).orElse(null);
                unlessReadAt(existing == null ? null : existing.getVersion(), e.getValue().version(), "CollaborationScore",
                        task.getId());
                BigDecimal score = e.getValue().score();
                BigDecimal before = existing == null ? null : existing.getScore();
                if (score == null) {
                    if (existing != null) {
                        collaborationScores.delete(existing);
                    }
                } else {
                    CollaborationScore s = existing != null ? existing : new CollaborationScore(task.getId(), e.getKey());
                    s.set(score, user.displayName(), now());
                    if (existing == null) {
                        collaborationScores.save(s);
                    }
                }
                if (before == null ? score != null : (score == null || before.compareTo(score) != 0)) {
                    history.updated(user, new ChangeHistory.Subject(plan.getOrganization().getId(), task.getId(), null,
                            "COLLABORATION_SCORE", e.getKey(), messages.get("scoring.history.collaboration")),
                            Changes.of().field(messages.get("scoring.history.score"), before, score));
                }
            }
        }
    }

    /** A score line must be based on the saved score's version, or on none when none was saved. */
    private static void unlessReadAt(Long savedVersion, Long formVersion, String what, Long id) {
        if (!java.util.Objects.equals(savedVersion, formVersion)) {
            throw new StaleEditException(what, id);
        }
    }

    // ---------------------------------------------------------------- publishing the ranking, objections

    /**
     * Publishes the ranking (or publishes it again after corrections) with the last day departments may object. The
     * model in force is saved as version 1 first if the plan never saved one, so the publication names its version.
     */
    public void publish(Long planId, LocalDate objectionUntil, Long version, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "scoring.action.publish");
        Plan plan = reads.plan(planId, user.organizationId());
        plan.requireConfirmed();
        if (awards.findByPlan(planId).isPresent()) {
            throw new NotAllowedNow("scoring.publish.awarded");
        }
        RankingPublication publication = publications.findByPlanId(planId).orElse(null);
        StaleEditException.unlessCurrent(version, publication == null ? -1 : publication.getVersion(),
                "RankingPublication", planId);
        ScoringQueries.ModelView model = reads.model(planId);
        if (model.versionNo() == 0) {
            saveModel(planId, model.settings(), 0, user);
            model = reads.model(planId);
        }
        boolean first = publication == null;
        if (first) {
            publication = new RankingPublication(planId);
        }
        LocalDate until = publication.getObjectionUntil();
        publication.publish(model.versionNo(), model.settings().evaluationDate(plan.getPlanYear()), objectionUntil,
                user.displayName(), now());
        if (first) {
            publications.save(publication);
        }
        history.updated(user, new ChangeHistory.Subject(plan.getOrganization().getId(), null, null, "RANKING_PUBLICATION",
                planId, messages.get("scoring.history.publication")), Changes.of().field(messages.get("scoring.history.published"),
                        first ? null : messages.get("scoring.history.published"),
                        messages.get("scoring.history.published.value", String.valueOf(model.versionNo())))
                .field(messages.get("scoring.history.objectionUntil"), until, objectionUntil));
        Set<Long> departments = new java.util.LinkedHashSet<>();
        ScoringQueries.Ranking ranking = reads.ranking(plan, model);
        ranking.departments().forEach(d -> departments.add(d.departmentId()));
        ranking.insufficient().forEach(d -> departments.add(d.departmentId()));
        events.publishEvent(new RankingPublished(plan.getOrganization().getId(), planId, objectionUntil,
                List.copyOf(departments)));
    }

    /** A department's objection to its score, by one of its officers, while the window after publication is open. */
    public ScoreObjection object(Long planId, Long departmentId, Component component, String text, CurrentUser user) {
        Plan plan = reads.plan(planId, user.organizationId());
        plan.requireConfirmed();
        if (!user.officer() || !departmentId.equals(user.departmentId())) {
            throw new AccessDeniedHere("scoring.objection.officer");
        }
        ScoringQueries.Ranking ranking = reads.ranking(plan, reads.model(planId));
        ScoreCalculator.DepartmentScore d = ranking.department(departmentId)
                .orElseThrow(() -> new NotFoundException("scoring.record.department", departmentId));
        RankingPublication publication = publications.findByPlanId(planId)
                .orElseThrow(() -> new NotAllowedNow("scoring.objection.notPublished"));
        if (!publication.windowOpenOn(now().toLocalDate())) {
            throw new NotAllowedNow("scoring.objection.closed", String.valueOf(publication.getObjectionUntil()));
        }
        ScoreObjection o = objections.save(new ScoreObjection(planId, departmentId, component, text,
                user.displayName(), now(), BigDecimal.valueOf(d.score()).setScale(3, RoundingMode.HALF_UP),
                d.ranked() ? d.rank() : null));
        history.created(user, objectionSubject(plan, o, d.name()), Changes.of()
                .field(messages.get("scoring.history.component"), null,
                        component == null ? messages.get("scoring.history.component.all") : messages.label(component))
                .field(messages.get("scoring.history.objectionText"), null, text)
                .field(messages.get("scoring.history.standing"), null, d.ranked()
                        ? messages.get("scoring.history.standing.ranked", ScoreCalculator.fmt(d.score()), String.valueOf(d.rank()))
                        : messages.get("scoring.history.standing.apart", ScoreCalculator.fmt(d.score()),
                                Messages.word(d.standing()))));
        events.publishEvent(new ObjectionFiled(plan.getOrganization().getId(), planId, departmentId, d.name()));
        return o;
    }

    private ChangeHistory.Subject objectionSubject(Plan plan, ScoreObjection o, String department) {
        return new ChangeHistory.Subject(plan.getOrganization().getId(), null, null, OBJECTION, o.getId(),
                messages.get("scoring.history.objection", department));
    }

    static final String OBJECTION = "SCORE_OBJECTION";

    /** The office's answer to an open objection; based on the objection's version. */
    public void answer(Long planId, Long objectionId, ScoreObjection.Outcome outcome, String answer, Long version, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "scoring.action.answer");
        Plan plan = reads.plan(planId, user.organizationId());
        plan.requireConfirmed();
        ScoreObjection o = objections.findById(objectionId).filter(x -> x.getPlanId().equals(planId))
                .orElseThrow(() -> new NotFoundException("scoring.record.objection", objectionId));
        StaleEditException.unlessCurrent(version, o.getVersion(), "ScoreObjection", objectionId);
        if (!o.open()) {
            throw new NotAllowedNow("scoring.objection.answered");
        }
        o.answer(outcome, answer, user.displayName(), now());
        String department = reads.tasksOf(planId).stream().map(Task::getLeadDepartment).filter(java.util.Objects::nonNull)
                .filter(dep -> dep.getId().equals(o.getDepartmentId())).map(dep -> dep.getName()).findFirst()
                .orElseGet(() -> reads.collaborations(planId).stream().filter(c -> c.departmentId().equals(o.getDepartmentId()))
                        .map(TaskQueries.Collaboration::departmentName).findFirst()
                        .orElseGet(() -> messages.get("scoring.history.department")));
        history.updated(user, objectionSubject(plan, o, department), Changes.of()
                .field(messages.get("scoring.history.state"), messages.label(ScoreObjection.State.OPEN),
                        messages.label(ScoreObjection.State.ANSWERED))
                .field(messages.get("scoring.history.outcome"), null, messages.label(outcome))
                .field(messages.get("scoring.history.answer"), null, answer));
        events.publishEvent(new ObjectionAnswered(plan.getOrganization().getId(), planId, o.getDepartmentId(),
                outcome.messageKey()));
    }

    // ---------------------------------------------------------------- awards

    /**
     * Freezes the award decision: the ranking as it stands, the winners by grade in rank order (the admin's order of
     * any tie that decides an award, with its reason), and the model version. Once only, after confirmation, after the
     * published ranking's objection window has closed with every objection answered.
     */
    public AwardResult confirmAwards(Long planId, AwardPlan.Request request, boolean confirmed, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "scoring.action.awards");
        Plan plan = reads.plan(planId, user.organizationId());
        plan.requireConfirmed();
        List<String> blockers = reads.awardBlockers(planId);
        if (!blockers.isEmpty()) {
            throw new NotAllowedNow("scoring.blocked", String.join(" ", blockers));
        }
        ScoringQueries.ModelView model = reads.model(planId);
        ScoringQueries.Ranking ranking = reads.ranking(plan, model);
        AwardPlan proposal = AwardPlan.of(ranking.departments(), request, model.settings().minAwardScore());
        if (proposal.unresolvedTies()) {
            throw new NotAllowedNow("scoring.awards.ties");
        }
        if (!confirmed) {
            throw new NotAllowedNow("scoring.awards.confirm");
        }
        List<AwardLine> lines = new ArrayList<>();
        int no = 0;
        for (AwardPlan.Proposal p : proposal.proposals()) {
            lines.add(new AwardLine(no++, p.place(), p.department().name(), AwardPlan.score(p.department()),
                    p.department().taskCount(), components(p.department(), model.weights(), messages),
                    p.grade() == null ? null : p.grade().name(), p.grade() == null ? null : p.grade().amount()));
        }
        String tieNote = proposal.decidingTies().isEmpty() ? null : proposal.decidingTies().stream()
                .map(t -> messages.get("scoring.award.tie", t.score().toPlainString(), t.names()))
                .collect(Collectors.joining("; "));
        tieNote = tieNote == null ? null : messages.get("scoring.award.tieNote", tieNote, user.displayName(), request.tieReason());
        AwardResult result = awards.save(new AwardResult(planId, model.versionNo(), now(), user.displayName(), lines,
                tieNote));
        history.created(user, new ChangeHistory.Subject(plan.getOrganization().getId(), null, null, "AWARD_RESULT",
                result.getId(), messages.get("scoring.history.award")), Changes.of().field(messages.get("scoring.history.winners"), null, proposal.proposals().stream()
                .filter(p -> p.grade() != null).map(p -> p.grade().name() + " " + p.department().name())
                .collect(Collectors.joining(", "))).field(messages.get("scoring.history.modelVersion"), null,
                        messages.get("scoring.history.version", String.valueOf(model.versionNo())))
                .field(messages.get("scoring.history.ties"), null, tieNote));
        return result;
    }

    static String components(ScoreCalculator.DepartmentScore d, ScoreCalculator.Weights w, Messages messages) {
        return messages.get("scoring.award.components", java.util.Arrays.stream(Component.values())
                .filter(c -> w.percent().getOrDefault(c, 0) > 0)
                .map(c -> messages.get(d.isFilled(c) ? "scoring.award.component.filled" : "scoring.award.component",
                        Messages.word(c), String.valueOf(w.percent().get(c)), ScoreCalculator.fmt(d.values().get(c))))
                .collect(Collectors.joining(", ")), ScoreCalculator.fmt(d.coveragePercent()));
    }

    /**
     * 국민 투표 (issue 18): a public vote whose cases are the contest's shortlisted tasks (code and title, the results
     * summary), pick 3, opening tomorrow 09:00 for two weeks; the office reviews and publishes it under 국민심사. Its
     * counts score in the contest's third part once it closed, weighted by the model's 국민 투표 share.
     */
    @Transactional
    public long createPublicVote(Long planId, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "scoring.action.publicVote");
        Plan plan = reads.plan(planId, user.organizationId());
        List<ScoringQueries.CandidateView> shortlist = reads.candidateViews(plan, user);
        if (shortlist.isEmpty()) {
            throw new NotAllowedNow("scoring.publicVote.noCandidates");
        }
        List<kr.innotrack.publicvote.PublicVotes.ContestCase> cases = shortlist.stream()
                .map(v -> new kr.innotrack.publicvote.PublicVotes.ContestCase(v.task().getId(),
                        clip(v.task().getCode() + " " + v.task().getTitle(), 200),
                        clip(v.candidate().hasSummary() ? v.candidate().getSummary() : v.task().getTitle(), 2000)))
                .toList();
        LocalDateTime opens = LocalDateTime.now(clock).toLocalDate().plusDays(1).atTime(9, 0);
        return publicVotes.createForContest(planId, clip(messages.get("scoring.publicVote.title", plan.getPlanYear(),
                        plan.getOrganization().getName()), 200), messages.get("scoring.publicVote.explanation"), 3,
                opens, opens.plusDays(13).withHour(18), cases, user);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
