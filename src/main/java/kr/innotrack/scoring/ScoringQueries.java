package kr.innotrack.scoring;

import kr.innotrack.shared.PageCache;
import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kr.innotrack.checkround.CheckRoundQueries;
import kr.innotrack.checkround.Remedy;
import kr.innotrack.checkround.RemedyState;
import kr.innotrack.checkround.RoundEntry;
import kr.innotrack.checkround.SignalCalculator;
import kr.innotrack.plan.Kpi;
import kr.innotrack.plan.KpiActual;
import kr.innotrack.plan.Plan;
import kr.innotrack.plan.PlanQueries;
import kr.innotrack.plan.Task;
import kr.innotrack.plan.TaskQueries;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.web.Confirmation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of scoring: the model in force, the facts per task, the ranking, the contest state. Tenant-confined. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ScoringQueries {

    private final PlanQueries plans;
    private final TaskQueries tasks;
    private final CheckRoundQueries rounds;
    private final ScoringModelRepository models;
    private final ContestRepository contests;
    private final PanelScoreRepository panelScores;
    private final ContestVoteRepository votes;
    private final CollaborationScoreRepository collaborationScores;
    private final AwardResultRepository awards;
    private final ContestCandidateRepository candidates;
    private final RankingPublicationRepository publications;
    private final ScoreObjectionRepository objections;
    private final Clock clock;
    private final Messages messages;
    private final kr.innotrack.publicvote.PublicVotes publicVotes;
    private final PageCache cache;

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager em;

    Plan plan(Long planId, Long organizationId) {
        return plans.plan(planId, organizationId);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The model in force; a plan that never saved one uses the defaults (version 0). */
    ModelView model(Long planId) {
        Optional<ScoringModel> saved = models.findFirstByPlanIdOrderByVersionNoDesc(planId);
        if (saved.isPresent()) {
            return new ModelView(saved.get().getVersionNo(), saved.get().settings(), saved.get().weights());
        }
        ScoringSettings defaults = ScoringSettings.defaults();
        return new ModelView(0, defaults, defaults.weights());
    }

    List<ScoringModel> modelHistory(Long planId) {
        return models.findByPlanIdOrderByVersionNoDesc(planId);
    }

    public record ModelView(int versionNo, ScoringSettings settings, ScoreCalculator.Weights weights) {
    }

    /** The model page from one call: the plan, the model in force, its saved versions, whether the viewer may save. */
    public record ModelPage(Plan plan, ModelView current, List<ScoringModel> history, boolean isAdmin) {
    }

    ModelPage modelPage(Long planId, kr.innotrack.shared.CurrentUser user) {
        return new ModelPage(plan(planId, user.organizationId()), model(planId), modelHistory(planId), user.admin());
    }

    /** The contest row's version (-1 before it exists): what a shortlist form is based on. */
    long contestVersion(Long planId) {
        return contests.findByPlanId(planId).map(ContestState::getVersion).orElse(-1L);
    }

    /** What opening the vote still waits for: a shortlist, and a summary of every candidate. Empty when ready. */
    List<String> openingBlockers(Long planId) {
        List<ContestCandidate> list = candidates.findByPlanIdOrderByIdAsc(planId);
        List<String> blockers = new ArrayList<>();
        if (list.isEmpty()) {
            blockers.add(messages.get("scoring.blocker.noShortlist"));
        }
        Map<Long, Task> planTasks = tasksOf(planId).stream().collect(Collectors.toMap(Task::getId, t -> t));
        List<String> missing = list.stream().filter(c -> !c.hasSummary())
                .map(c -> planTasks.get(c.getTaskId()).getCode()).toList();
        if (!missing.isEmpty()) {
            blockers.add(messages.get("scoring.blocker.noSummary", String.valueOf(missing.size()), String.join(", ", missing)));
        }
        return blockers;
    }

    /** Why awards cannot be confirmed now (empty when they can): the ranking published, its window over, answered. */
    List<String> awardBlockers(Long planId) {
        List<String> blockers = new ArrayList<>();
        if (award(planId).isPresent()) {
            blockers.add(messages.get("scoring.blocker.awarded"));
            return blockers;
        }
        RankingPublication publication = publications.findByPlanId(planId).orElse(null);
        if (publication == null) {
            blockers.add(messages.get("scoring.blocker.notPublished"));
            return blockers;
        }
        if (publication.getModelVersionNo() != model(planId).versionNo()) {
            blockers.add(messages.get("scoring.blocker.modelChanged", String.valueOf(model(planId).versionNo())));
        }
        if (publication.windowOpenOn(today())) {
            blockers.add(messages.get("scoring.blocker.window", String.valueOf(publication.getObjectionUntil())));
        }
        long open = objections.countByPlanIdAndState(planId, ScoreObjection.State.OPEN);
        if (open > 0) {
            blockers.add(messages.get("scoring.blocker.openObjections", String.valueOf(open)));
        }
        return blockers;
    }

    /**
     * Everything the contest page shows, from one call: the phase, the shortlist as voters see it, the viewer's votes
     * and what they may do, what opening waits for, and (once closed, or for the office) the counts and panel averages.
     * The panel scores are read once.
     */
    public record ContestPage(Plan plan, ContestState.Phase phase, ContestState contest, List<CandidateView> candidates,
                              List<Long> mine, int limit, boolean excludeOwn, boolean mayVote, boolean isAdmin,
                              Long myDepartmentId, List<String> blockers, Map<Long, Long> counts,
                              Map<Long, Double> panel, List<String> members) {

        public boolean closed() {
            return phase == ContestState.Phase.CLOSED;
        }

        /** The model attributes the template reads, by their names. */
        public Map<String, Object> attributes() {
            Map<String, Object> a = new java.util.LinkedHashMap<>();
            a.put("plan", plan);
            a.put("phase", phase);
            a.put("closed", closed());
            a.put("contest", contest);
            a.put("candidates", candidates);
            a.put("mine", mine);
            a.put("limit", limit);
            a.put("excludeOwn", excludeOwn);
            a.put("mayVote", mayVote);
            a.put("isAdmin", isAdmin);
            a.put("myDepartmentId", myDepartmentId);
            a.put("blockers", blockers);
            a.put("counts", counts);
            a.put("panel", panel);
            a.put("members", members);
            return a;
        }
    }

    ContestPage contestPage(Long planId, kr.innotrack.shared.CurrentUser user) {
        Plan plan = plan(planId, user.organizationId());
        ContestState contest = contests.findByPlanId(planId).orElse(null);
        ContestState.Phase phase = contest == null ? ContestState.Phase.PREPARING : contest.phase();
        boolean closed = phase == ContestState.Phase.CLOSED;
        ScoringSettings settings = model(planId).settings();
        List<PanelScore> panel = panelScores(planId);
        Map<Long, Double> averages = closed || user.admin() ? panel.stream().collect(Collectors.groupingBy(
                PanelScore::getTaskId, Collectors.averagingDouble(p -> p.getScore().doubleValue()))) : Map.of();
        return new ContestPage(plan, phase, contest, candidateViews(plan, user), myVotes(planId, user.accountId()),
                settings.votesPerAccount(), settings.excludeOwnVotes(),
                user.role() != kr.innotrack.shared.Role.VIEWER && phase == ContestState.Phase.VOTING, user.admin(),
                user.officer() ? user.departmentId() : null,
                phase == ContestState.Phase.PREPARING ? openingBlockers(planId) : List.of(),
                // The counts are public only once the vote is closed.
                closed ? voteCounts(planId) : Map.of(), averages,
                panel.stream().map(PanelScore::getPanelMember).distinct().toList());
    }

    /** The shortlist page from one call: every task of the plan, the saved shortlist and its version, the phase. */
    public record ShortlistPage(Plan plan, List<Task> tasks, List<Long> saved, long version, ContestState.Phase phase) {
    }

    ShortlistPage shortlistPage(Long planId, Long organizationId) {
        return new ShortlistPage(plan(planId, organizationId), tasksOf(planId), shortlist(planId), contestVersion(planId),
                phase(planId));
    }

    /** A candidate's summary page from one call: the candidate as saved, as voters see it, and the phase. */
    public record SummaryPage(Plan plan, ContestCandidate candidate, CandidateView view, ContestState.Phase phase) {
    }

    SummaryPage summaryPage(Long planId, Long taskId, kr.innotrack.shared.CurrentUser user) {
        Plan plan = plan(planId, user.organizationId());
        return new SummaryPage(plan, candidate(planId, taskId, user.organizationId()), candidateView(plan, taskId, user),
                phase(planId));
    }

    /** The panel members who saved scores, in name order. */
    List<String> panelMembers(Long planId) {
        return panelScores(planId).stream().map(PanelScore::getPanelMember).distinct().toList();
    }

    /** A panel member's score sheet: a line per task of the plan with the member's saved score and its version. */
    ScoreForms.PanelForm panelForm(Long planId, String member) {
        ScoreForms.PanelForm form = new ScoreForms.PanelForm();
        form.setMember(member);
        form.setLines(panelLines(planId, member));
        return form;
    }

    /** The lines of {@link #panelForm} (none saved for a new member). */
    List<ScoreForms.Line> panelLines(Long planId, String member) {
        Map<Long, PanelScore> existing = new HashMap<>();
        if (member != null) {
            panelScores(planId).stream().filter(p -> p.getPanelMember().equals(member.strip()))
                    .forEach(p -> existing.put(p.getTaskId(), p));
        }
        List<ScoreForms.Line> lines = new ArrayList<>();
        for (Task t : tasksOf(planId)) {
            PanelScore saved = existing.get(t.getId());
            lines.add(new ScoreForms.Line(t.getId(), null, t.getCode() + " " + t.getTitle(),
                    saved == null ? null : saved.getScore(), saved == null ? null : saved.getVersion()));
        }
        return lines;
    }

    /** The collaboration scores the person may see or give: a line per (task, collaborating department). */
    ScoreForms.CollaborationForm collaborationForm(Long planId, kr.innotrack.shared.CurrentUser user) {
        ScoreForms.CollaborationForm form = new ScoreForms.CollaborationForm();
        form.setLines(collaborationLines(planId, user));
        return form;
    }

    List<ScoreForms.Line> collaborationLines(Long planId, kr.innotrack.shared.CurrentUser user) {
        Map<String, CollaborationScore> existing = new HashMap<>();
        collaborationScores(planId).forEach(c -> existing.put(c.getTaskId() + ":" + c.getDepartmentId(), c));
        Map<Long, Task> byId = tasksOf(planId).stream().collect(Collectors.toMap(Task::getId, t -> t));
        List<ScoreForms.Line> lines = new ArrayList<>();
        for (TaskQueries.Collaboration c : collaborations(planId)) {
            Task t = byId.get(c.taskId());
            boolean lead = t.getLeadDepartment() != null && t.getLeadDepartment().getId().equals(user.departmentId());
            if (user.admin() || lead || user.role() == kr.innotrack.shared.Role.VIEWER) {
                CollaborationScore saved = existing.get(c.taskId() + ":" + c.departmentId());
                lines.add(new ScoreForms.Line(t.getId(), c.departmentId(),
                        messages.get("scoring.collaboration.line", t.getCode(), t.getTitle(),
                                t.getLeadDepartment() == null ? messages.get("text.noDepartment") : t.getLeadDepartment().getName(),
                                c.departmentName()),
                        saved == null ? null : saved.getScore(),
                        saved == null ? null : saved.getVersion()));
            }
        }
        return lines;
    }

    /** A shortlisted task as voters see it (404 when it is not on the shortlist). */
    CandidateView candidateView(Plan plan, Long taskId, kr.innotrack.shared.CurrentUser user) {
        return candidateViews(plan, user).stream().filter(v -> v.task().getId().equals(taskId)).findFirst()
                .orElseThrow(() -> new kr.innotrack.shared.NotFoundException("scoring.record.candidate", taskId));
    }

    /** The shortlist's task ids in the order chosen. */
    List<Long> shortlist(Long planId) {
        return candidates(planId).stream().map(ContestCandidate::getTaskId).toList();
    }

    /** An objection of the plan (404 otherwise). */
    ScoreObjection objection(Long planId, Long objectionId) {
        return objections(planId).stream().filter(o -> o.getId().equals(objectionId)).findFirst()
                .orElseThrow(() -> new kr.innotrack.shared.NotFoundException("scoring.record.objection", objectionId));
    }

    /** The awards form as first shown: three grades (최우수, 우수, 장려), with incentives unless a collaboration plan. */
    AwardForm awardForm(Long planId) {
        return AwardForm.defaults(model(planId).settings().collaboration() > 0, List.of(
                messages.get("scoring.award.grade.first"), messages.get("scoring.award.grade.second"),
                messages.get("scoring.award.grade.third")));
    }

    /**
     * The awards page from one call: the confirmed result, or (before it) the ranking, the proposal for the request and
     * what confirming still waits for.
     */
    public record AwardsPage(Plan plan, boolean isAdmin, AwardResult result, AwardDraft draft, List<String> blockers) {

        /** The model attributes the template reads, by their names (the proposal's only before the result). */
        public Map<String, Object> attributes() {
            Map<String, Object> a = new java.util.LinkedHashMap<>();
            a.put("plan", plan);
            a.put("isAdmin", isAdmin);
            a.put("result", result);
            if (result == null) {
                a.put("ranking", draft.ranking());
                a.put("proposal", draft.proposal());
                a.put("proposals", draft.proposal().proposals());
                a.put("blockers", blockers);
            }
            return a;
        }
    }

    AwardsPage awardsPage(Long planId, AwardPlan.Request request, kr.innotrack.shared.CurrentUser user) {
        Plan plan = plan(planId, user.organizationId());
        AwardResult result = award(planId).orElse(null);
        if (result != null) {
            return new AwardsPage(plan, user.admin(), result, null, List.of());
        }
        return new AwardsPage(plan, user.admin(), null, awardDraft(planId, request, user.organizationId()),
                awardBlockers(planId));
    }

    /** The ranking and the awards it would give under the request (grades, tie orders), before anything is saved. */
    public record AwardDraft(Ranking ranking, AwardPlan proposal) {

        /** How many departments are ranked: no more may be awarded. */
        public int ranked() {
            return ranking.departments().size();
        }
    }

    AwardDraft awardDraft(Long planId, AwardPlan.Request request, Long organizationId) {
        Ranking ranking = ranking(planId, organizationId);
        return new AwardDraft(ranking, AwardPlan.of(ranking.departments(), request,
                ranking.model().settings().minAwardScore()));
    }

    // ---------------------------------------------------------------- confirmation pages

    /** Opening the vote asks first: the shortlist and the summaries are locked from then on. */
    Confirmation openingConfirmation(Long planId) {
        List<String> blockers = openingBlockers(planId);
        Confirmation.Builder c = Confirmation.of("scoring", messages.get("scoring.open.title"))
                .lead(messages.get("scoring.open.lead"))
                .consequence(messages.get("scoring.open.candidates", String.valueOf(candidates(planId).size())))
                .consequence(messages.get("scoring.open.summaries"))
                .consequence(messages.get(model(planId).settings().excludeOwnVotes()
                        ? "scoring.open.ownExcluded" : "scoring.open.ownAllowed"))
                .cancel("/plans/" + planId + "/contest")
                .post("/plans/" + planId + "/contest/open", messages.get("scoring.open.button")).safe();
        if (phase(planId) != ContestState.Phase.PREPARING) {
            c.blocked(messages.get("scoring.vote.alreadyOpen"));
        } else if (!blockers.isEmpty()) {
            c.blocked(String.join(" ", blockers));
        }
        return c.build();
    }

    /** Closing the vote asks first: the counts become public and count in the ranking. */
    Confirmation closingConfirmation(Long planId) {
        long cast = voteCounts(planId).values().stream().mapToLong(Long::longValue).sum();
        Confirmation.Builder c = Confirmation.of("scoring", messages.get("scoring.close.title"))
                .lead(messages.get("scoring.close.lead"))
                .consequence(messages.get("scoring.close.votes", String.valueOf(voterCount(planId)), String.valueOf(cast)))
                .consequence(messages.get("scoring.close.public"))
                .cancel("/plans/" + planId + "/contest")
                .post("/plans/" + planId + "/contest/close", messages.get("scoring.close.button"));
        ContestState.Phase phase = phase(planId);
        if (phase != ContestState.Phase.VOTING) {
            c.blocked(messages.get(phase == ContestState.Phase.CLOSED ? "scoring.vote.alreadyClosed" : "scoring.close.notOpen"));
        }
        return c.build();
    }

    /**
     * Confirming the awards: the winners, the amounts, the ties and how they were ordered; {@code fields}: the form's
     * values the confirm button posts again.
     */
    Confirmation awardConfirmation(Plan plan, AwardPlan proposal, String tieReason, Map<String, String> fields) {
        Long planId = plan.getId();
        long total = proposal.proposals().stream().filter(p -> p.grade() != null && p.grade().amount() != null)
                .mapToLong(p -> p.grade().amount()).sum();
        Confirmation.Builder c = Confirmation.of("scoring", messages.get("scoring.awards.title"))
                .lead(messages.get("scoring.awards.lead"))
                .cancel("/plans/" + planId + "/awards").post("/plans/" + planId + "/awards", messages.get("scoring.awards.title"));
        proposal.proposals().stream().filter(p -> p.grade() != null).forEach(p -> c.consequence(messages.get(
                p.grade().amount() == null ? "scoring.awards.winner" : "scoring.awards.winner.amount", p.grade().name(),
                p.department().name(), String.valueOf(p.place()), ScoreCalculator.fmt(p.department().score()),
                p.grade().amount() == null ? "" : String.format("%,d", p.grade().amount()))));
        c.consequence(messages.get("scoring.awards.total", String.format("%,d", total)));
        if (proposal.unfilled() > 0) {
            c.warning(messages.get("scoring.awards.unfilled", proposal.floor().stripTrailingZeros().toPlainString(),
                    String.valueOf(proposal.unfilled())));
        }
        for (AwardPlan.TieGroup t : proposal.decidingTies()) {
            c.warning(messages.get("scoring.awards.tie", t.score().toPlainString(), t.names(), tieReason));
        }
        return c.fields(fields).build();
    }

    /** Refuses (409) when awards cannot be confirmed now, saying why. */
    void requireAwardable(Long planId) {
        List<String> blockers = awardBlockers(planId);
        if (!blockers.isEmpty()) {
            throw new kr.innotrack.shared.NotAllowedNow("scoring.blocked", String.join(" ", blockers));
        }
    }

    boolean voteClosed(Long planId) {
        return contests.findByPlanId(planId).map(ContestState::isVoteClosed).orElse(false);
    }

    Optional<ContestState> contest(Long planId) {
        return contests.findByPlanId(planId);
    }

    Optional<AwardResult> award(Long planId) {
        return awards.findByPlan(planId);
    }

    ContestState.Phase phase(Long planId) {
        return contests.findByPlanId(planId).map(ContestState::phase).orElse(ContestState.Phase.PREPARING);
    }

    /** The contest's shortlist (본선 과제) in the order chosen, with the departments' summaries. */
    List<ContestCandidate> candidates(Long planId) {
        return candidates.findByPlanIdOrderByIdAsc(planId);
    }

    /** A shortlisted task of the organization's plan (404 otherwise). */
    ContestCandidate candidate(Long planId, Long taskId, Long organizationId) {
        task(planId, taskId, organizationId);
        return candidates.findByPlanIdAndTaskId(planId, taskId)
                .orElseThrow(() -> new kr.innotrack.shared.NotFoundException("scoring.record.candidate", taskId));
    }

    long voterCount(Long planId) {
        return votes.voters(planId);
    }

    /**
     * A shortlisted task as voters see it: the department's summary, and the numbers from the data (milestones done of
     * those due by today, each KPI's latest value against its target). {@code own}: the viewer's department leads or
     * collaborates on it.
     */
    public record CandidateView(Task task, ContestCandidate candidate, int due, int done, List<String> kpis, boolean own) {
    }

    List<CandidateView> candidateViews(Plan plan, kr.innotrack.shared.CurrentUser user) {
        Long planId = plan.getId();
        List<ContestCandidate> list = candidates(planId);
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Task> byId = tasks.tasksOf(planId).stream().collect(Collectors.toMap(Task::getId, t -> t));
        TaskQueries.ProgressData data = tasks.progressData(planId);
        java.util.Set<Long> collaborating = new java.util.HashSet<>();
        if (user.departmentId() != null) {
            tasks.collaborations(planId).stream().filter(c -> c.departmentId().equals(user.departmentId()))
                    .forEach(c -> collaborating.add(c.taskId()));
        }
        LocalDate yearEnd = LocalDate.of(plan.getPlanYear(), 12, 31);
        LocalDate asOf = today().isAfter(yearEnd) ? yearEnd : today();
        List<CandidateView> views = new ArrayList<>();
        for (ContestCandidate c : list) {
            Task t = byId.get(c.getTaskId());
            int due = 0;
            int done = 0;
            for (kr.innotrack.plan.Milestone m : data.milestones(t.getId())) {
                int[] dd = SignalCalculator.dueAndDone(SignalCalculator.MilestoneFact.of(m), asOf, plan.getPlanYear());
                due += dd[0];
                done += dd[1];
            }
            List<String> kpis = new ArrayList<>();
            for (Kpi k : data.kpis(t.getId())) {
                List<KpiActual> ofYear = data.actuals(k.getId()).stream()
                        .filter(a -> a.getActualYear() == plan.getPlanYear()).toList();
                KpiActual latest = ofYear.isEmpty() ? null : ofYear.get(ofYear.size() - 1);
                BigDecimal rate = latest == null ? null : kr.innotrack.plan.KpiAchievement.rate(k, ofYear);
                kpis.add(latest == null ? messages.get("scoring.candidate.kpi.none", k.getName())
                        : messages.get(rate == null ? "scoring.candidate.kpi" : "scoring.candidate.kpi.rate", k.getName(),
                                plain(kr.innotrack.plan.KpiAchievement.figure(k.getAccumulation(), ofYear)) + k.getUnit(),
                                String.valueOf(latest.getQuarter()),
                                plain(k.getTarget()) + k.getUnit(), rate == null ? "" : plain(rate)));
            }
            boolean own = user.departmentId() != null && ((t.getLeadDepartment() != null
                    && t.getLeadDepartment().getId().equals(user.departmentId())) || collaborating.contains(t.getId()));
            views.add(new CandidateView(t, c, due, done, kpis, own));
        }
        return views;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    Optional<RankingPublication> publication(Long planId) {
        return publications.findByPlanId(planId);
    }

    List<ScoreObjection> objections(Long planId) {
        return objections.findByPlanIdOrderByFiledAtAscIdAsc(planId);
    }

    List<ScoreObjection> objectionsOf(Long planId, Long departmentId) {
        return objections.findByPlanIdAndDepartmentIdOrderByFiledAtAscIdAsc(planId, departmentId);
    }

    long openObjections(Long planId) {
        return objections.countByPlanIdAndState(planId, ScoreObjection.State.OPEN);
    }

    List<PanelScore> panelScores(Long planId) {
        return panelScores.findByPlanIdOrderByPanelMemberAscTaskIdAsc(planId);
    }

    List<Long> myVotes(Long planId, Long accountId) {
        return votes.votedTasks(planId, accountId);
    }

    Map<Long, Long> voteCounts(Long planId) {
        return votes.counts(planId).stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** A task of the organization's plan (404 otherwise). */
    Task task(Long planId, Long taskId, Long organizationId) {
        return tasks.task(planId, taskId, organizationId);
    }

    List<Task> tasksOf(Long planId) {
        return tasks.tasksOf(planId);
    }

    List<TaskQueries.Collaboration> collaborations(Long planId) {
        return tasks.collaborations(planId);
    }

    List<CollaborationScore> collaborationScores(Long planId) {
        return collaborationScores.findOfPlan(planId);
    }

    /**
     * A plan's ranking. {@code departments}: the ranked ones in rank order; {@code insufficient}: those listed apart as
     * 「평가 자료 부족」; {@code evaluable}: the components some task of the plan has data for; {@code interim}: ranked at
     * a date before the model's evaluation date (a round's or today's), shown as 「중간 순위」.
     */
    public record Ranking(Plan plan, ModelView model, LocalDate evaluationDate, boolean voteClosed,
                          List<ScoreCalculator.DepartmentScore> departments,
                          List<ScoreCalculator.DepartmentScore> insufficient, java.util.Set<Component> evaluable,
                          boolean interim) {

        /** A department of the plan, ranked or not. */
        public Optional<ScoreCalculator.DepartmentScore> department(Long departmentId) {
            return java.util.stream.Stream.concat(departments.stream(), insufficient.stream())
                    .filter(d -> d.departmentId().equals(departmentId)).findFirst();
        }
    }

    /** Cached by the plan's data version, read first (docs/performance.md). */
    Ranking ranking(Long planId, Long organizationId) {
        return cache.ofPlan("ranking", planId, organizationId, java.util.List.of(),
                () -> computeRanking(planId, organizationId));
    }

    private Ranking computeRanking(Long planId, Long organizationId) {
        Plan plan = plan(planId, organizationId);
        return ranking(plan, model(planId));
    }

    Ranking ranking(Plan plan, ModelView model) {
        return ranking(plan, model, tasks.progressData(plan.getId()), tasks.tasksOf(plan.getId()), null);
    }

    /** The ranking from plan data the caller has already loaded (the projector deck). */
    public Ranking rankingFor(Plan plan, TaskQueries.ProgressData data, List<Task> planTasks) {
        return ranking(plan, model(plan.getId()), data, planTasks, null);
    }

    /**
     * The ranking as at a date (a round's reference date, today): at that date when it comes before the model's
     * evaluation date (an interim ranking), at the evaluation date otherwise.
     */
    public Ranking rankingAt(Plan plan, TaskQueries.ProgressData data, List<Task> planTasks, LocalDate asOf) {
        return ranking(plan, model(plan.getId()), data, planTasks, asOf);
    }

    Ranking ranking(Plan plan, ModelView model, TaskQueries.ProgressData data, List<Task> planTasks, LocalDate asOf) {
        Long planId = plan.getId();
        LocalDate modelDate = model.settings().evaluationDate(plan.getPlanYear());
        boolean interim = asOf != null && asOf.isBefore(modelDate);
        LocalDate evaluation = interim ? asOf : modelDate;
        List<TaskQueries.Collaboration> collaborations = tasks.collaborations(planId);
        boolean[] closedHolder = new boolean[1];
        List<ScoreCalculator.TaskFacts> facts = facts(plan, evaluation, data, planTasks, collaborations, closedHolder);
        boolean closed = closedHolder[0];
        Map<Long, String> names = new HashMap<>();
        for (Task t : planTasks) {
            if (t.getLeadDepartment() != null) {
                names.put(t.getLeadDepartment().getId(), t.getLeadDepartment().getName());
            }
        }
        collaborations.forEach(c -> names.put(c.departmentId(), c.departmentName()));
        ScoreCalculator.Result result = ScoreCalculator.rank(facts, names, model.weights(), evaluation,
                plan.getPlanYear(), closed);
        return new Ranking(plan, model, evaluation, closed, result.ranked(), result.insufficient(), result.evaluable(),
                interim);
    }

    /**
     * Panel scores, vote counts, collaboration scores, the contest's shortlist and whether its vote is closed, of a plan
     * in one statement: rows of (kind P/V/C/S/K, task id, department id, value).
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> contestScores(Long planId) {
        return em.createNativeQuery("""
                select 'P', p.task_id, cast(null as bigint), cast(p.score as numeric(9, 1)) from panel_score p where p.plan_id = :plan
                union all
                select 'V', v.task_id, cast(null as bigint), cast(count(*) as numeric(9, 1)) from contest_vote v
                 where v.plan_id = :plan group by v.task_id
                union all
                select 'C', c.task_id, c.department_id, cast(c.score as numeric(9, 1)) from collaboration_score c
                  join task t on t.id = c.task_id where t.plan_id = :plan
                union all
                select 'S', s.task_id, cast(null as bigint), cast(0 as numeric(9, 1)) from contest_candidate s
                 where s.plan_id = :plan
                union all
                select 'K', cast(0 as bigint), cast(null as bigint), cast(case when k.vote_closed then 1 else 0 end as numeric(9, 1))
                  from contest k where k.plan_id = :plan""").setParameter("plan", planId).getResultList();
    }

    /** Every task's facts, from a fixed number of queries whatever the plan's size. */
    List<ScoreCalculator.TaskFacts> facts(Plan plan, LocalDate evaluation, TaskQueries.ProgressData data,
                                          List<Task> planTasks, List<TaskQueries.Collaboration> collaborations,
                                          boolean[] voteClosed) {
        Long planId = plan.getId();
        int year = plan.getPlanYear();
        Map<Long, List<Long>> collaborators = new HashMap<>();
        collaborations.forEach(c ->
                collaborators.computeIfAbsent(c.taskId(), k -> new ArrayList<>()).add(c.departmentId()));
        Map<Long, List<ScoreCalculator.RoundFact>> roundFacts = new HashMap<>();
        for (RoundEntry e : rounds.closedEntriesOfPlan(planId)) {
            if (!e.getRound().getReferenceDate().isAfter(evaluation)) {
                roundFacts.computeIfAbsent(e.getTaskId(), k -> new ArrayList<>()).add(new ScoreCalculator.RoundFact(
                        e.getRound().getTitle(), e.getRating(), e.submitted(), e.isLate()));
            }
        }
        Map<Long, List<RemedyState>> remedyStates = new HashMap<>();
        for (Remedy r : rounds.remediesOfPlan(planId)) {
            if (!r.getEntry().getRound().getReferenceDate().isAfter(evaluation)) {
                remedyStates.computeIfAbsent(r.getTaskId(), k -> new ArrayList<>()).add(r.getState());
            }
        }
        Map<Long, List<BigDecimal>> panel = new HashMap<>();
        Map<Long, Long> voteCounts = new HashMap<>();
        Map<Long, Map<Long, BigDecimal>> collab = new HashMap<>();
        java.util.Set<Long> shortlist = new java.util.HashSet<>();
        for (Object[] row : contestScores(planId)) {
            String kind = String.valueOf(row[0]).trim();
            Long taskId = ((Number) row[1]).longValue();
            BigDecimal value = new BigDecimal(row[3].toString());
            switch (kind) {
                case "P" -> panel.computeIfAbsent(taskId, k -> new ArrayList<>()).add(value);
                case "V" -> voteCounts.put(taskId, value.longValue());
                case "S" -> shortlist.add(taskId);
                case "K" -> voteClosed[0] = value.signum() > 0;
                default -> collab.computeIfAbsent(taskId, k -> new HashMap<>()).put(((Number) row[2]).longValue(), value);
            }
        }

        // 국민 투표 (issue 18): the plan's public vote counts only once it closed
        Map<Long, Integer> publicCounts = publicVotes.contestTally(planId)
                .filter(kr.innotrack.publicvote.PublicVotes.ContestTally::closed)
                .map(kr.innotrack.publicvote.PublicVotes.ContestTally::votesPerTask).orElse(null);
        List<ScoreCalculator.TaskFacts> facts = new ArrayList<>();
        for (Task t : planTasks) {
            List<ScoreCalculator.MilestoneFact> milestones = data.milestones(t.getId()).stream()
                    .map(m -> new ScoreCalculator.MilestoneFact(SignalCalculator.MilestoneFact.of(m), m.getActualCompletion()))
                    .toList();
            List<ScoreCalculator.KpiFact> kpis = new ArrayList<>();
            for (Kpi k : data.kpis(t.getId())) {
                BigDecimal latest = kr.innotrack.plan.KpiAchievement.figure(k.getAccumulation(),
                        data.actuals(k.getId()).stream()
                                .filter(a -> a.getActualYear() == year
                                        && (evaluation.getYear() > year || a.getQuarter() <= quarterOf(evaluation)))
                                .toList());
                kpis.add(new ScoreCalculator.KpiFact(k.getName(), k.getUnit(), k.getBaseline(), k.getTarget(),
                        k.getDirection(), latest));
            }
            List<BigDecimal> scores = panel.getOrDefault(t.getId(), List.of());
            Double panelAverage = scores.isEmpty() ? null
                    : scores.stream().mapToDouble(BigDecimal::doubleValue).average().orElse(0);
            facts.add(new ScoreCalculator.TaskFacts(t.getId(), t.getCode(), t.getTitle(),
                    t.getLeadDepartment() == null ? null : t.getLeadDepartment().getId(),
                    collaborators.getOrDefault(t.getId(), List.of()), milestones, kpis,
                    roundFacts.getOrDefault(t.getId(), List.of()), remedyStates.getOrDefault(t.getId(), List.of()),
                    panelAverage, voteCounts.getOrDefault(t.getId(), 0L).intValue(),
                    collab.getOrDefault(t.getId(), Map.of()), shortlist.contains(t.getId()),
                    publicCounts == null ? null : publicCounts.getOrDefault(t.getId(), 0)));
        }
        return facts;
    }

    private static int quarterOf(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }
}
