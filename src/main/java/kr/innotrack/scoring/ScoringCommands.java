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
    private final Clock clock;

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    /** A score as typed, with the version of the saved score it was read at (null: none was saved). */
    record Score(BigDecimal score, Long version) {
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** Saves a new version of the model; refused when someone saved another version since the form was read. */
    public int saveModel(Long planId, ScoringSettings settings, int basedOn, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "평가 모델 변경");
        Plan plan = reads.plan(planId, user.organizationId());
        int current = reads.model(planId).versionNo();
        if (basedOn != current) {
            throw new StaleEditException("평가 모델", planId);
        }
        ScoringModel saved = models.save(new ScoringModel(planId, current + 1, settings, now(), user.displayName()));
        history.created(user, new ChangeHistory.Subject(plan.getOrganization().getId(), null, null, "SCORING_MODEL",
                saved.getId(), "부서 평가 모델 " + saved.getVersionNo() + "판"), Changes.of()
                .field("가중치", null, "일정 " + settings.milestone() + ", 지표 " + settings.kpi() + ", 점검 " + settings.rating()
                        + ", 기한 " + settings.timeliness() + ", 대책 " + settings.remedy() + ", 경연 " + settings.contest()
                        + ", 협업 " + settings.collaboration())
                .field("협업부서 반영 비율", null, settings.collaboratorShare() + "%")
                .field("경연 외부:직원", null, settings.panelWeight() + ":" + settings.voteWeight())
                .field("순위에 넣는 기준", null, "자료 반영률 " + settings.minCoverage() + "% 이상"
                        + (settings.requireLeadTask() ? ", 주관 과제 1건 이상" : ""))
                .field("포상 하한 점수", null, settings.minAwardScore().stripTrailingZeros().toPlainString() + "점 초과")
                .field("자기 부서 과제 투표", null, settings.excludeOwnVotes() ? "금지" : "허용"));
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
        AccessDeniedHere.unlessAdmin(user, "본선 과제 선정");
        Plan plan = reads.plan(planId, user.organizationId());
        Optional<ContestState> existing = contests.lockByPlanId(planId);
        StaleEditException.unlessCurrent(basedOnVersion, existing.map(ContestState::getVersion).orElse(-1L), "본선 과제", planId);
        ContestState contest = existing.orElseGet(() -> contests.saveAndFlush(new ContestState(planId)));
        if (contest.phase() != ContestState.Phase.PREPARING) {
            throw new NotAllowedNow("투표가 시작된 뒤에는 본선 과제를 바꿀 수 없습니다.");
        }
        Map<Long, Task> planTasks = reads.tasksOf(planId).stream().collect(Collectors.toMap(Task::getId, t -> t));
        for (Long id : taskIds) {
            if (!planTasks.containsKey(id)) {
                throw new NotFoundException("과제", id);
            }
        }
        Map<Long, ContestCandidate> current = candidates.findByPlanIdOrderByIdAsc(planId).stream()
                .collect(Collectors.toMap(ContestCandidate::getTaskId, c -> c));
        for (ContestCandidate c : current.values()) {
            if (!taskIds.contains(c.getTaskId())) {
                candidates.delete(c);
                Task t = planTasks.get(c.getTaskId());
                history.updated(user, contestSubject(plan, t), Changes.of().field("본선 과제", "선정", "제외"));
            }
        }
        for (Task t : reads.tasksOf(planId)) {
            if (taskIds.contains(t.getId()) && !current.containsKey(t.getId())) {
                candidates.save(new ContestCandidate(planId, t.getId(), now()));
                history.updated(user, contestSubject(plan, t), Changes.of().field("본선 과제", null, "선정"));
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

    private static ChangeHistory.Subject contestSubject(Plan plan, Task t) {
        return new ChangeHistory.Subject(plan.getOrganization().getId(), t.getId(), null, "CONTEST_CANDIDATE", t.getId(),
                "성과 경연: " + t.getCode() + " " + t.getTitle());
    }

    /** A candidate's results summary, written by its lead department (or the office) before voting opens. */
    public void writeSummary(Long planId, Long taskId, String summary, Long version, CurrentUser user) {
        Plan plan = reads.plan(planId, user.organizationId());
        Task task = reads.task(planId, taskId, user.organizationId());
        ContestCandidate candidate = candidates.findByPlanIdAndTaskId(planId, taskId)
                .orElseThrow(() -> new NotFoundException("본선 과제", taskId));
        boolean lead = task.getLeadDepartment() != null && task.getLeadDepartment().getId().equals(user.departmentId());
        if (!user.admin() && !(user.officer() && lead)) {
            throw new AccessDeniedHere("성과 요약은 그 과제의 주관부서(또는 기획부서)만 작성할 수 있습니다.");
        }
        if (reads.phase(planId) != ContestState.Phase.PREPARING) {
            throw new NotAllowedNow("투표가 시작된 뒤에는 성과 요약을 고칠 수 없습니다. 모든 투표자가 같은 요약을 읽습니다.");
        }
        StaleEditException.unlessCurrent(version, candidate.getVersion(), "성과 요약", taskId);
        Changes changes = Changes.of().field("성과 요약", candidate.getSummary(), summary);
        candidate.writeSummary(summary, user.displayName(), now());
        history.updated(user, contestSubject(plan, task), changes);
    }

    /** Opens the vote on the shortlist, once confirmed; the shortlist and the summaries are locked from then on. */
    public void openVote(Long planId, boolean confirmed, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "투표 시작");
        Plan plan = reads.plan(planId, user.organizationId());
        ContestState contest = lockContest(planId);
        if (contest.phase() != ContestState.Phase.PREPARING) {
            throw new NotAllowedNow("이미 시작된 투표입니다.");
        }
        List<String> blockers = reads.openingBlockers(planId);
        if (!blockers.isEmpty()) {
            throw new NotAllowedNow(String.join(" ", blockers));
        }
        if (!confirmed) {
            throw new NotAllowedNow("투표를 시작하려면 확인 화면에서 먼저 확인해야 합니다.");
        }
        contest.open(user.displayName(), now());
        history.updated(user, new ChangeHistory.Subject(plan.getOrganization().getId(), null, null, "CONTEST", planId,
                "혁신성과 경연 직원투표"), Changes.of().field("투표", "준비", "진행 중")
                .field("본선 과제", null, candidates.findByPlanIdOrderByIdAsc(planId).size() + "건"));
    }

    /**
     * One vote of a staff account (officer or admin) for a shortlisted task: once per task, at most N, while the vote
     * is open, and (unless the model allows it) never for a task the voter's own department leads or collaborates on.
     */
    public void vote(Long planId, Long taskId, CurrentUser user) {
        if (user.role() == Role.VIEWER) {
            throw new AccessDeniedHere("열람 전용 계정은 투표할 수 없습니다.");
        }
        Task task = reads.task(planId, taskId, user.organizationId());
        ContestState contest = lockContest(planId);
        if (contest.phase() == ContestState.Phase.CLOSED) {
            throw new NotAllowedNow("투표가 마감되었습니다.");
        }
        if (contest.phase() == ContestState.Phase.PREPARING) {
            throw new NotAllowedNow("아직 투표가 시작되지 않았습니다. 기획부서가 본선 과제를 선정한 뒤 투표를 시작합니다.");
        }
        if (candidates.findByPlanIdAndTaskId(planId, taskId).isEmpty()) {
            throw new NotAllowedNow(task.getCode() + " 과제는 본선 과제가 아니라 투표할 수 없습니다.");
        }
        ScoringQueries.ModelView model = reads.model(planId);
        if (model.settings().excludeOwnVotes() && ownDepartmentsTask(planId, task, user)) {
            throw new AccessDeniedHere(task.getCode() + " 과제는 우리 부서가 주관하거나 협업하는 과제라 투표할 수 없습니다.");
        }
        if (votes.existsByTaskIdAndAccountId(taskId, user.accountId())) {
            throw new NotAllowedNow(task.getCode() + " 과제에는 이미 투표했습니다. 한 과제에 한 번만 투표할 수 있습니다.");
        }
        int limit = model.settings().votesPerAccount();
        if (votes.countByPlanIdAndAccountId(planId, user.accountId()) >= limit) {
            throw new NotAllowedNow("한 사람이 " + limit + "개 과제까지 투표할 수 있습니다. 이미 모두 투표했습니다.");
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
        AccessDeniedHere.unlessAdmin(user, "투표 마감");
        Plan plan = reads.plan(planId, user.organizationId());
        ContestState contest = lockContest(planId);
        if (contest.isVoteClosed()) {
            throw new NotAllowedNow("이미 마감된 투표입니다.");
        }
        if (contest.phase() != ContestState.Phase.VOTING) {
            throw new NotAllowedNow("시작하지 않은 투표는 마감할 수 없습니다.");
        }
        if (!confirmed) {
            throw new NotAllowedNow("투표를 마감하려면 확인 화면에서 먼저 확인해야 합니다.");
        }
        contest.close(user.displayName(), now());
        history.updated(user, new ChangeHistory.Subject(plan.getOrganization().getId(), null, null, "CONTEST", planId,
                "혁신성과 경연 직원투표"), Changes.of().field("투표", "진행 중", "마감"));
    }

    /**
     * One panel member's scores; a blank score removes that member's score of the task. Each score must be based on
     * the version read (none, for a new one): otherwise someone else saved it meanwhile and nothing is saved.
     */
    public void savePanelScores(Long planId, String member, Map<Long, Score> scores, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "외부 평가 점수 입력");
        Plan plan = reads.plan(planId, user.organizationId());
        Map<Long, Task> planTasks = reads.tasksOf(planId).stream().collect(Collectors.toMap(Task::getId, t -> t));
        for (Map.Entry<Long, Score> e : scores.entrySet()) {
            Task task = planTasks.get(e.getKey());
            if (task == null) {
                throw new NotFoundException("과제", e.getKey());
            }
            PanelScore existing = panelScores.findByTaskIdAndPanelMember(task.getId(), member).orElse(null);
            unlessReadAt(existing == null ? null : existing.getVersion(), e.getValue().version(), "외부 평가 점수", task.getId());
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
                        "PANEL_SCORE", task.getId(), "외부 평가(" + member + ")"), Changes.of().field("점수", before, score));
            }
        }
    }

    /** The lead department's scores of its collaborators (an admin may enter any). */
    public void saveCollaborationScores(Long planId, Map<Long, Map<Long, Score>> scores, CurrentUser user) {
        if (user.role() == Role.VIEWER) {
            throw new AccessDeniedHere("열람 전용 계정은 평가할 수 없습니다.");
        }
        Plan plan = reads.plan(planId, user.organizationId());
        Map<Long, Task> planTasks = reads.tasksOf(planId).stream().collect(Collectors.toMap(Task::getId, t -> t));
        Map<Long, List<Long>> collaborators = reads.collaborations(planId).stream().collect(Collectors.groupingBy(
                c -> c.taskId(), Collectors.mapping(c -> c.departmentId(), Collectors.toList())));
        for (var byTask : scores.entrySet()) {
            Task task = planTasks.get(byTask.getKey());
            if (task == null) {
                throw new NotFoundException("과제", byTask.getKey());
            }
            boolean lead = task.getLeadDepartment() != null && task.getLeadDepartment().getId().equals(user.departmentId());
            if (!user.admin() && !lead) {
                throw new AccessDeniedHere("협업부서 평가는 그 과제의 주관부서(또는 기획부서)만 할 수 있습니다.");
            }
            for (var e : byTask.getValue().entrySet()) {
                if (!collaborators.getOrDefault(task.getId(), List.of()).contains(e.getKey())) {
                    throw new NotFoundException("협업부서", e.getKey());
                }
                CollaborationScore existing = collaborationScores.findByTaskIdAndDepartmentId(task.getId(), e.getKey()).orElse(null);
                unlessReadAt(existing == null ? null : existing.getVersion(), e.getValue().version(), "협업부서 평가",
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
                            "COLLABORATION_SCORE", e.getKey(), "협업부서 평가"), Changes.of().field("점수", before, score));
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
        AccessDeniedHere.unlessAdmin(user, "순위 공표");
        Plan plan = reads.plan(planId, user.organizationId());
        if (awards.findByPlan(planId).isPresent()) {
            throw new NotAllowedNow("포상이 확정된 뒤에는 순위를 다시 공표할 수 없습니다.");
        }
        RankingPublication publication = publications.findByPlanId(planId).orElse(null);
        StaleEditException.unlessCurrent(version, publication == null ? -1 : publication.getVersion(),
                "순위 공표", planId);
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
                planId, "부서 순위 공표"), Changes.of().field("공표", first ? null : "공표", model.versionNo() + "판 기준 공표")
                .field("이의 신청 기한", until, objectionUntil));
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
        if (!user.officer() || !departmentId.equals(user.departmentId())) {
            throw new AccessDeniedHere("이의 신청은 그 부서의 담당자만 할 수 있습니다.");
        }
        ScoringQueries.Ranking ranking = reads.ranking(plan, reads.model(planId));
        ScoreCalculator.DepartmentScore d = ranking.department(departmentId)
                .orElseThrow(() -> new NotFoundException("평가 대상 부서", departmentId));
        RankingPublication publication = publications.findByPlanId(planId)
                .orElseThrow(() -> new NotAllowedNow("순위가 공표되기 전에는 이의 신청을 할 수 없습니다."));
        if (!publication.windowOpenOn(now().toLocalDate())) {
            throw new NotAllowedNow("이의 신청 기한(" + publication.getObjectionUntil() + ")이 지났습니다.");
        }
        ScoreObjection o = objections.save(new ScoreObjection(planId, departmentId, component, text,
                user.displayName(), now(), BigDecimal.valueOf(d.score()).setScale(3, RoundingMode.HALF_UP),
                d.ranked() ? d.rank() : null));
        history.created(user, objectionSubject(plan, o, d.name()), Changes.of()
                .field("항목", null, component == null ? "전체" : component.label())
                .field("이의 내용", null, text)
                .field("신청 때 점수·순위", null, ScoreCalculator.fmt(d.score()) + "점, " + (d.ranked() ? d.rank() + "위" : d.standing().label())));
        events.publishEvent(new ObjectionFiled(plan.getOrganization().getId(), planId, departmentId, d.name()));
        return o;
    }

    private static ChangeHistory.Subject objectionSubject(Plan plan, ScoreObjection o, String department) {
        return new ChangeHistory.Subject(plan.getOrganization().getId(), null, null, OBJECTION, o.getId(),
                "이의 신청: " + department);
    }

    static final String OBJECTION = "SCORE_OBJECTION";

    /** The office's answer to an open objection; based on the objection's version. */
    public void answer(Long planId, Long objectionId, ScoreObjection.Outcome outcome, String answer, Long version, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "이의 신청 답변");
        Plan plan = reads.plan(planId, user.organizationId());
        ScoreObjection o = objections.findById(objectionId).filter(x -> x.getPlanId().equals(planId))
                .orElseThrow(() -> new NotFoundException("이의 신청", objectionId));
        StaleEditException.unlessCurrent(version, o.getVersion(), "이의 신청", objectionId);
        if (!o.open()) {
            throw new NotAllowedNow("이미 답변한 이의 신청입니다.");
        }
        o.answer(outcome, answer, user.displayName(), now());
        String department = reads.tasksOf(planId).stream().map(Task::getLeadDepartment).filter(java.util.Objects::nonNull)
                .filter(dep -> dep.getId().equals(o.getDepartmentId())).map(dep -> dep.getName()).findFirst()
                .orElseGet(() -> reads.collaborations(planId).stream().filter(c -> c.departmentId().equals(o.getDepartmentId()))
                        .map(TaskQueries.Collaboration::departmentName).findFirst().orElse("부서"));
        history.updated(user, objectionSubject(plan, o, department), Changes.of()
                .field("상태", ScoreObjection.State.OPEN.label(), ScoreObjection.State.ANSWERED.label())
                .field("결과", null, outcome.label()).field("답변", null, answer));
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
        AccessDeniedHere.unlessAdmin(user, "포상 확정");
        Plan plan = reads.plan(planId, user.organizationId());
        List<String> blockers = reads.awardBlockers(planId);
        if (!blockers.isEmpty()) {
            throw new NotAllowedNow(String.join(" ", blockers));
        }
        ScoringQueries.ModelView model = reads.model(planId);
        ScoringQueries.Ranking ranking = reads.ranking(plan, model);
        AwardPlan proposal = AwardPlan.of(ranking.departments(), request, model.settings().minAwardScore());
        if (proposal.unresolvedTies()) {
            throw new NotAllowedNow("포상을 가르는 동점이 있습니다. 동점 부서의 순서를 정한 뒤 확정하세요.");
        }
        if (!confirmed) {
            throw new NotAllowedNow("포상을 확정하려면 확인 화면에서 먼저 확인해야 합니다.");
        }
        List<AwardLine> lines = new ArrayList<>();
        int no = 0;
        for (AwardPlan.Proposal p : proposal.proposals()) {
            lines.add(new AwardLine(no++, p.place(), p.department().name(), AwardPlan.score(p.department()),
                    p.department().taskCount(), components(p.department(), model.weights()),
                    p.grade() == null ? null : p.grade().name(), p.grade() == null ? null : p.grade().amount()));
        }
        String tieNote = proposal.decidingTies().isEmpty() ? null : proposal.decidingTies().stream()
                .map(t -> "동점 " + t.score().toPlainString() + "점: " + t.names())
                .collect(Collectors.joining("; ")) + " (순서: " + user.displayName() + ", 사유: " + request.tieReason() + ")";
        AwardResult result = awards.save(new AwardResult(planId, model.versionNo(), now(), user.displayName(), lines,
                tieNote));
        history.created(user, new ChangeHistory.Subject(plan.getOrganization().getId(), null, null, "AWARD_RESULT",
                result.getId(), "부서 포상 확정"), Changes.of().field("수상 부서", null, proposal.proposals().stream()
                .filter(p -> p.grade() != null).map(p -> p.grade().name() + " " + p.department().name())
                .collect(Collectors.joining(", "))).field("평가 모델", null, model.versionNo() + "판")
                .field("동점 처리", null, tieNote));
        return result;
    }

    static String components(ScoreCalculator.DepartmentScore d, ScoreCalculator.Weights w) {
        return java.util.Arrays.stream(Component.values()).filter(c -> w.percent().getOrDefault(c, 0) > 0)
                .map(c -> c.label() + " " + w.percent().get(c) + "% " + ScoreCalculator.fmt(d.values().get(c))
                        + (d.isFilled(c) ? "(채움)" : ""))
                .collect(Collectors.joining(", ")) + ", 자료 반영률 " + ScoreCalculator.fmt(d.coveragePercent()) + "%";
    }
}
