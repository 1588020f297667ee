package kr.innotrack.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.plan.Plan;
import kr.innotrack.plan.Task;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.Role;
import kr.innotrack.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every change in scoring: the model, votes, closing the vote, panel and collaboration scores, confirming awards. */
@Service
@Transactional
public class ScoringWork {

    private final ScoringService reads;
    private final ScoringModelRepository models;
    private final ContestRepository contests;
    private final PanelScoreRepository panelScores;
    private final ContestVoteRepository votes;
    private final CollaborationScoreRepository collaborationScores;
    private final AwardResultRepository awards;
    private final ChangeHistory history;
    private final Clock clock;

    ScoringWork(ScoringService reads, ScoringModelRepository models, ContestRepository contests,
                PanelScoreRepository panelScores, ContestVoteRepository votes,
                CollaborationScoreRepository collaborationScores, AwardResultRepository awards, ChangeHistory history,
                Clock clock) {
        this.reads = reads;
        this.models = models;
        this.contests = contests;
        this.panelScores = panelScores;
        this.votes = votes;
        this.collaborationScores = collaborationScores;
        this.awards = awards;
        this.history = history;
        this.clock = clock;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }


    /** Saves a new version of the model; refused when someone saved another version since the form was read. */
    public int saveModel(Long planId, ModelForm form, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "평가 모델 변경");
        Plan plan = reads.plan(planId, user.organizationId());
        int current = reads.model(planId).versionNo();
        if (form.getBasedOn() != current) {
            throw new StaleEditException("평가 모델", planId);
        }
        ScoringModel saved = models.save(new ScoringModel(planId, current + 1, form, now(), user.displayName()));
        history.created(user, new ChangeHistory.Subject(plan.getOrganization().getId(), null, null, "SCORING_MODEL",
                saved.getId(), "부서 평가 모델 " + saved.getVersionNo() + "판"), Changes.of()
                .field("가중치", null, "일정 " + form.getMilestone() + ", 지표 " + form.getKpi() + ", 점검 " + form.getRating()
                        + ", 기한 " + form.getTimeliness() + ", 대책 " + form.getRemedy() + ", 경연 " + form.getContest()
                        + ", 협업 " + form.getCollaboration())
                .field("협업부서 반영 비율", null, form.getCollaboratorShare() + "%")
                .field("경연 외부:직원", null, form.getPanelWeight() + ":" + form.getVoteWeight()));
        return saved.getVersionNo();
    }

    /** One vote of a staff account (officer or admin) for a task: once per task, at most N, only before closing. */
    public void vote(Long planId, Long taskId, CurrentUser user) {
        if (user.role() == Role.VIEWER) {
            throw new AccessDeniedHere("열람 전용 계정은 투표할 수 없습니다.");
        }
        Task task = reads.task(planId, taskId, user.organizationId());
        ContestState contest = lockContest(planId);
        if (contest.isVoteClosed()) {
            throw new NotAllowedNow("투표가 마감되었습니다.");
        }
        if (votes.existsByTaskIdAndAccountId(taskId, user.accountId())) {
            throw new NotAllowedNow(task.getCode() + " 과제에는 이미 투표했습니다. 한 과제에 한 번만 투표할 수 있습니다.");
        }
        int limit = reads.model(planId).form().getVotesPerAccount();
        if (votes.countByPlanIdAndAccountId(planId, user.accountId()) >= limit) {
            throw new NotAllowedNow("한 사람이 " + limit + "개 과제까지 투표할 수 있습니다. 이미 모두 투표했습니다.");
        }
        votes.save(new ContestVote(planId, taskId, user.accountId(), now()));
    }

    /**
     * The plan's contest row, created if absent without a race (insert … on conflict do nothing: a parallel request's
     * row wins, none fails), then locked for the rest of the transaction: votes and closing of a plan go one at a time.
     */
    private ContestState lockContest(Long planId) {
        contests.insertIfAbsent(planId);
        return contests.lockByPlanId(planId).orElseThrow();
    }

    public void closeVote(Long planId, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "투표 마감");
        Plan plan = reads.plan(planId, user.organizationId());
        ContestState contest = lockContest(planId);
        if (contest.isVoteClosed()) {
            throw new NotAllowedNow("이미 마감된 투표입니다.");
        }
        contest.close(user.displayName(), now());
        history.updated(user, new ChangeHistory.Subject(plan.getOrganization().getId(), null, null, "CONTEST", planId,
                "혁신성과 경연 직원투표"), Changes.of().field("투표", "진행 중", "마감"));
    }

    /**
     * One panel member's scores; a blank score removes that member's score of the task. Each score must be based on
     * the version read (none, for a new one): otherwise someone else saved it meanwhile and nothing is saved.
     */
    public void savePanelScores(Long planId, String member, Map<Long, ScoreForms.Score> scores, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "외부 평가 점수 입력");
        Plan plan = reads.plan(planId, user.organizationId());
        Map<Long, Task> planTasks = reads.tasksOf(planId).stream().collect(Collectors.toMap(Task::getId, t -> t));
        for (Map.Entry<Long, ScoreForms.Score> e : scores.entrySet()) {
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
    public void saveCollaborationScores(Long planId, Map<Long, Map<Long, ScoreForms.Score>> scores, CurrentUser user) {
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

    /**
     * Freezes the award decision: the ranking as it stands, the winners by grade in rank order, and the model version
     * (the defaults are saved as version 1 first if the plan never saved a model). Once only.
     */
    public AwardResult confirmAwards(Long planId, AwardForm form, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "포상 확정");
        Plan plan = reads.plan(planId, user.organizationId());
        if (awards.findByPlan(planId).isPresent()) {
            throw new NotAllowedNow("이미 확정된 포상 결과가 있습니다. 확정 결과는 바꿀 수 없습니다.");
        }
        ScoringService.ModelView model = reads.model(planId);
        if (model.versionNo() == 0) {
            saveModel(planId, model.form(), user);
            model = reads.model(planId);
        }
        ScoringService.Ranking ranking = reads.ranking(plan, model);
        List<Proposal> proposals = propose(ranking.departments(), form);
        List<AwardLine> lines = new ArrayList<>();
        int no = 0;
        for (Proposal p : proposals) {
            lines.add(new AwardLine(no++, p.department().rank(), p.department().name(),
                    BigDecimal.valueOf(p.department().score()).setScale(3, RoundingMode.HALF_UP),
                    p.department().taskCount(), components(p.department(), model.weights()),
                    p.grade() == null ? null : p.grade().getName(), p.grade() == null ? null : p.grade().getAmount()));
        }
        AwardResult result = awards.save(new AwardResult(planId, model.versionNo(), now(), user.displayName(), lines));
        history.created(user, new ChangeHistory.Subject(plan.getOrganization().getId(), null, null, "AWARD_RESULT",
                result.getId(), "부서 포상 확정"), Changes.of().field("수상 부서", null, proposals.stream()
                .filter(p -> p.grade() != null).map(p -> p.grade().getName() + " " + p.department().name())
                .collect(Collectors.joining(", "))).field("평가 모델", null, model.versionNo() + "판"));
        return result;
    }

    record Proposal(ScoreCalculator.DepartmentScore department, AwardForm.Grade grade) {
    }

    /** Grades handed out down the ranking in the form's order. */
    static List<Proposal> propose(List<ScoreCalculator.DepartmentScore> ranking, AwardForm form) {
        List<Proposal> list = new ArrayList<>();
        List<AwardForm.Grade> slots = new ArrayList<>();
        for (AwardForm.Grade g : form.used()) {
            // never more slots than ranked departments, whatever count a (refused) form carries
            for (int i = 0; i < g.getCount() && slots.size() < ranking.size(); i++) {
                slots.add(g);
            }
        }
        for (int i = 0; i < ranking.size(); i++) {
            list.add(new Proposal(ranking.get(i), i < slots.size() ? slots.get(i) : null));
        }
        return list;
    }

    static String components(ScoreCalculator.DepartmentScore d, ScoreCalculator.Weights w) {
        return java.util.Arrays.stream(Component.values()).filter(c -> w.percent().getOrDefault(c, 0) > 0)
                .map(c -> c.label() + " " + w.percent().get(c) + "% " + ScoreCalculator.fmt(d.values().get(c)))
                .collect(Collectors.joining(", "));
    }
}
