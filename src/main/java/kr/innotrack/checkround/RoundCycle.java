package kr.innotrack.checkround;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.notice.NoticeKind;
import kr.innotrack.notice.NoticeService;
import kr.innotrack.plan.Milestone;
import kr.innotrack.plan.Plan;
import kr.innotrack.plan.Task;
import kr.innotrack.plan.TaskScheduling;
import kr.innotrack.plan.TaskQueries;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change in the check-and-feedback cycle: setting up and moving a round, a department's entry, the office's
 * review, remedies. Each change checks the tenant (404), the role (403), the state (409) and the version (conflict),
 * writes the task's history and sends its notices, all in one transaction.
 */
@Service
@Transactional
public class RoundCycle {

    static final String ROUND = "CHECK_ROUND";
    static final String ENTRY = "ROUND_ENTRY";
    static final String REMEDY = "REMEDY";

    private final CheckRoundService reads;
    private final CheckRoundRepository rounds;
    private final RoundEntryRepository entries;
    private final RemedyRepository remedies;
    private final SignalRuleRepository signalRules;
    private final RoundEntryEvidenceRepository evidence;
    private final TaskQueries tasks;
    private final TaskScheduling taskEditing;
    private final ChangeHistory history;
    private final NoticeService notices;
    private final DeadlineReminders reminders;
    private final Clock clock;

    RoundCycle(CheckRoundService reads, CheckRoundRepository rounds, RoundEntryRepository entries,
               RemedyRepository remedies, SignalRuleRepository signalRules, RoundEntryEvidenceRepository evidence,
               TaskQueries tasks, TaskScheduling taskEditing, ChangeHistory history, NoticeService notices,
               DeadlineReminders reminders, Clock clock) {
        this.reads = reads;
        this.rounds = rounds;
        this.entries = entries;
        this.remedies = remedies;
        this.signalRules = signalRules;
        this.evidence = evidence;
        this.tasks = tasks;
        this.taskEditing = taskEditing;
        this.history = history;
        this.notices = notices;
        this.reminders = reminders;
        this.clock = clock;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    // ---------------------------------------------------------------- rounds

    /** The tasks a round with this scope would cover, in plan order. */
    @Transactional(readOnly = true)
    public List<Task> coveredTasks(Long planId, RoundScope scope, Set<Long> selected) {
        return tasks.tasksOf(planId).stream().filter(t -> switch (scope) {
            case ALL -> true;
            case FOCUS -> t.isFocus();
            case SELECTED -> selected != null && selected.contains(t.getId());
        }).toList();
    }

    public CheckRound create(Long planId, RoundForm form, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "점검 등록");
        Plan plan = reads.plan(planId, user.organizationId());
        CheckRound round = rounds.save(new CheckRound(plan, form.year(plan.getPlanYear()), form.quarter(),
                form.halfYear(), form.titleOr(plan.getPlanYear()), form.getReferenceDate(), form.getDeadline(),
                form.getScope(), now()));
        fillEntries(round, form);
        history.created(user, subject(round, null, ROUND, round.getId(), round.getTitle()), Changes.of()
                .field("기준일", null, round.getReferenceDate())
                .field("제출 기한", null, round.getDeadline())
                .field("대상", null, round.getScope().label()));
        return round;
    }

    public void update(Long roundId, RoundForm form, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "점검 설정 변경");
        CheckRound round = reads.round(roundId, user.organizationId());
        StaleEditException.unlessCurrent(form.getVersion(), round.getVersion(), "점검", roundId);
        if (!round.getState().editable()) {
            throw new NotAllowedNow("대상 과제와 일정은 ‘준비’ 단계에서만 바꿀 수 있습니다.");
        }
        int year = round.getPlan().getPlanYear();
        Changes changes = Changes.of()
                .field("제목", round.getTitle(), form.titleOr(year))
                .field("기준일", round.getReferenceDate(), form.getReferenceDate())
                .field("제출 기한", round.getDeadline(), form.getDeadline())
                .field("대상", round.getScope().label(), form.getScope().label());
        round.change(form.titleOr(year), form.getReferenceDate(), form.getDeadline(), form.getScope());
        entries.deleteByRoundId(roundId);
        entries.flush();
        fillEntries(round, form);
        history.updated(user, subject(round, null, ROUND, round.getId(), round.getTitle()), changes);
    }

    private void fillEntries(CheckRound round, RoundForm form) {
        int order = 0;
        for (Task t : coveredTasks(round.getPlanId(), form.getScope(), new HashSet<>(form.getTaskIds()))) {
            entries.save(new RoundEntry(round, t, t.getLeadDepartment(), order++));
        }
    }

    /**
     * Deletes a round still in 준비, once the admin has confirmed. A round with anything written in it (a submission,
     * a draft, a rating, a remedy) is never deleted: it is a record.
     */
    public void delete(Long roundId, Long version, boolean confirmed, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "점검 삭제");
        CheckRound round = reads.round(roundId, user.organizationId());
        StaleEditException.unlessCurrent(version, round.getVersion(), "점검", roundId);
        List<RoundEntry> list = entries.findPlainByRound(roundId);
        long written = list.stream().filter(e -> e.getSubmissionState() != SubmissionState.NOT_STARTED
                || e.getRating() != null).count();
        if (written > 0) {
            throw new NotAllowedNow("제출·작성·평가된 실적이 " + written + "건 있는 점검은 삭제할 수 없습니다. 기록으로 남습니다.");
        }
        if (!round.getState().editable()) {
            throw new NotAllowedNow("시작된 점검은 삭제할 수 없습니다. 기록으로 남습니다.");
        }
        if (!confirmed) {
            throw new NotAllowedNow("점검을 삭제하려면 확인 화면에서 삭제를 확인해야 합니다.");
        }
        history.deleted(user, subject(round, null, ROUND, round.getId(), round.getTitle()),
                Changes.of().field("제목", round.getTitle(), null).field("대상 과제", list.size() + "건", null));
        entries.deleteByRoundId(roundId);
        rounds.delete(round);
    }

    /** What a move needs the admin to confirm first: closing always; opening when the deadline has already passed. */
    static boolean needsConfirmation(CheckRound round, RoundState target, LocalDate today) {
        return target == RoundState.CLOSED || (target == RoundState.SUBMISSION && round.lateOn(today));
    }

    /**
     * One step forward. Opening notifies the departments; closing freezes each entry's record (its computed status
     * with its reasons and counts, its KPI figures, as at the reference date). Closing, and opening after the deadline,
     * need the admin's explicit confirmation (the confirmation page says what the step leaves behind).
     */
    public void moveTo(Long roundId, RoundState target, Long version, boolean confirmed, CurrentUser user) {
        CheckRound round = reads.round(roundId, user.organizationId());
        RoundPolicy.checkTransition(user, round.getState(), target);
        StaleEditException.unlessCurrent(version, round.getVersion(), "점검", roundId);
        if (needsConfirmation(round, target, now().toLocalDate()) && !confirmed) {
            throw new NotAllowedNow("‘" + target.label() + "’ 단계로 넘기려면 확인 화면에서 먼저 확인해야 합니다.");
        }
        List<RoundEntry> list = entries.findByRound(roundId);
        if (target == RoundState.SUBMISSION && list.isEmpty()) {
            throw new NotAllowedNow("대상 과제가 없는 점검은 시작할 수 없습니다. 대상을 먼저 정하세요.");
        }
        RoundState from = round.getState();
        round.moveTo(target, now());
        history.updated(user, subject(round, null, ROUND, round.getId(), round.getTitle()),
                Changes.of().field("단계", from.label(), target.label()));
        Long organizationId = round.getPlan().getOrganization().getId();
        if (target == RoundState.SUBMISSION) {
            Map<Long, Long> perDepartment = list.stream().filter(e -> e.getDepartmentId() != null)
                    .collect(Collectors.groupingBy(RoundEntry::getDepartmentId, Collectors.counting()));
            perDepartment.forEach((departmentId, count) -> notices.toDepartment(organizationId, departmentId,
                    NoticeKind.ROUND_OPENED, round.getTitle() + "이(가) 시작되었습니다. 대상 과제 " + count + "건, 제출 기한 "
                            + round.getDeadline() + ".", link(round)));
            reminders.remind();
        }
        if (target == RoundState.CLOSED) {
            freeze(round, list);
        }
    }

    /** Keeps each entry's evidence as at the reference date with the round: what every later reader shows. */
    private void freeze(CheckRound round, List<RoundEntry> list) {
        TaskQueries.ProgressData data = tasks.progressData(round.getPlanId());
        SignalRules rules = reads.rules(round.getPlanId());
        AsOfReferenceDate asOf = reads.asOf(round);
        Map<Long, Remedy> byEntry = remedies.findByRound(round.getId()).stream()
                .collect(Collectors.toMap(Remedy::getEntryId, r -> r));
        LocalDateTime at = now();
        for (RoundEntry e : list) {
            SignalCalculator.Result result = CheckRoundService.compute(round, e.getTaskId(), e.getProgress(), data,
                    rules, asOf);
            Remedy remedy = byEntry.get(e.getId());
            e.freeze(result, remedy == null ? null : remedy.getState(), at);
            evidence.saveAll(RoundEntryEvidence.of(e.getId(), result));
        }
    }

    // ---------------------------------------------------------------- a department's entry

    /** Saves the entry as a draft or submits it. A submission after the deadline is accepted and marked late. */
    public void saveEntry(Long roundId, Long entryId, EntryForm form, boolean submit, CurrentUser user) {
        RoundEntry entry = reads.entry(roundId, entryId, user.organizationId());
        CheckRound round = entry.getRound();
        RoundPolicy.checkWriteFor(user, entry.getDepartmentId());
        RoundPolicy.checkEntryWritable(round, entry);
        StaleEditException.unlessCurrent(form.getVersion(), entry.getVersion(), "점검 실적", entryId);
        SubmissionState stateBefore = entry.getSubmissionState();
        Changes changes = Changes.of()
                .field("진척률", percent(entry.getProgress()), percent(form.getProgress()))
                .field("자체 판단", label(entry.getSelfStatus()), label(form.getSelfStatus()))
                .field("추진실적", entry.getAchievements(), form.getAchievements())
                .field("문제점", entry.getProblems(), form.getProblems())
                .field("향후계획", entry.getNextPlan(), form.getNextPlan());
        entry.write(form.getProgress(), form.getSelfStatus(), form.getAchievements(), form.getProblems(),
                form.getNextPlan());
        if (submit) {
            LocalDateTime at = now();
            boolean late = round.lateOn(at.toLocalDate());
            changes.field("제출", stateBefore.label(), late ? "제출(기한 후)" : "제출");
            entry.submit(user.displayName(), at, late);
        }
        history.updated(user, subject(round, entry.getTaskId(), ENTRY, entry.getId(), round.getTitle() + " 실적"), changes);
    }

    private static String percent(Integer value) {
        return value == null ? null : value + "%";
    }

    private static String label(Signal signal) {
        return signal == null ? null : signal.label();
    }

    // ---------------------------------------------------------------- the office's review

    /** Rates the entry. 미흡/부진 asks the department for a remedy; a better rating withdraws one not yet written. */
    public void review(Long roundId, Long entryId, ReviewForm form, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "평가");
        RoundEntry entry = reads.entry(roundId, entryId, user.organizationId());
        CheckRound round = entry.getRound();
        RoundPolicy.checkReviewable(round);
        StaleEditException.unlessCurrent(form.getVersion(), entry.getVersion(), "점검 실적", entryId);
        Changes changes = Changes.of()
                .field("평가", entry.getRating() == null ? null : entry.getRating().label(), form.getRating().label())
                .field("평가 의견", entry.getReviewComment(), form.getComment());
        entry.review(form.getRating(), form.getComment(), user.displayName(), now());
        history.updated(user, subject(round, entry.getTaskId(), ENTRY, entry.getId(), round.getTitle() + " 평가"), changes);

        Long organizationId = round.getPlan().getOrganization().getId();
        Remedy remedy = remedies.findByEntryId(entryId).orElse(null);
        String taskLabel = entry.getTask().getCode() + " " + entry.getTask().getTitle();
        if (form.getRating().needsRemedy()) {
            if (remedy == null || remedy.getState() == RemedyState.WITHDRAWN) {
                if (remedy == null) {
                    remedy = remedies.save(new Remedy(entry, now()));
                } else {
                    remedy.reopen(now());
                }
                history.created(user, subject(round, entry.getTaskId(), REMEDY, remedy.getId(), "개선대책 요청: " + round.getTitle()),
                        Changes.of().field("상태", null, RemedyState.REQUESTED.label()));
                notices.toDepartment(organizationId, entry.getDepartmentId(), NoticeKind.REMEDY_REQUESTED,
                        taskLabel + " 과제가 ‘" + form.getRating().label() + "’ 평가를 받았습니다. 원인분석과 개선대책을 제출하세요.",
                        "/remedies/" + remedy.getId());
            }
        } else if (remedy != null && remedy.getState() == RemedyState.REQUESTED) {
            remedy.decide(RemedyState.WITHDRAWN, "평가가 ‘" + form.getRating().label() + "’(으)로 바뀌어 요청을 철회합니다.",
                    user.displayName(), now());
            history.updated(user, subject(round, entry.getTaskId(), REMEDY, remedy.getId(), "개선대책: " + round.getTitle()),
                    Changes.of().field("상태", RemedyState.REQUESTED.label(), RemedyState.WITHDRAWN.label()));
        }
    }

    /** Sends a submitted entry back to its department for correction; it becomes editable again. */
    public void returnEntry(Long roundId, Long entryId, ReturnForm form, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "보완 요청");
        RoundEntry entry = reads.entry(roundId, entryId, user.organizationId());
        CheckRound round = entry.getRound();
        RoundPolicy.checkReviewable(round);
        StaleEditException.unlessCurrent(form.getVersion(), entry.getVersion(), "점검 실적", entryId);
        if (!entry.submitted()) {
            throw new NotAllowedNow("제출된 실적만 보완을 요청할 수 있습니다.");
        }
        entry.returnForCorrection(form.getComment(), user.displayName(), now());
        history.updated(user, subject(round, entry.getTaskId(), ENTRY, entry.getId(), round.getTitle() + " 보완 요청"),
                Changes.of().field("제출", SubmissionState.SUBMITTED.label(), SubmissionState.RETURNED.label())
                        .field("보완 요청 사유", null, form.getComment()));
        notices.toDepartment(round.getPlan().getOrganization().getId(), entry.getDepartmentId(),
                NoticeKind.SUBMISSION_RETURNED, round.getTitle() + " " + entry.getTask().getCode()
                        + " 실적에 보완 요청이 있습니다: " + form.getComment(),
                link(round) + "/entries/" + entry.getId());
    }

    // ---------------------------------------------------------------- remedies

    public void saveRemedy(Long remedyId, RemedyForm form, boolean submit, CurrentUser user) {
        Remedy remedy = reads.remedy(remedyId, user.organizationId());
        RoundPolicy.checkWriteFor(user, remedy.getDepartmentId());
        if (!remedy.getState().writable()) {
            throw new NotAllowedNow("‘" + remedy.getState().label() + "’ 상태의 개선대책은 고칠 수 없습니다.");
        }
        StaleEditException.unlessCurrent(form.getVersion(), remedy.getVersion(), "개선대책", remedyId);
        Map<Long, Milestone> ownMilestones = tasks.milestonesOf(remedy.getTaskId()).stream()
                .collect(Collectors.toMap(Milestone::getId, m -> m));
        List<MilestoneRevision> revisions = form.revisions().stream()
                .filter(r -> ownMilestones.containsKey(r.getMilestoneId()))
                .map(r -> {
                    Milestone m = ownMilestones.get(r.getMilestoneId());
                    return new MilestoneRevision(r.getMilestoneId(), m.getPlannedStart(), m.getPlannedEnd(),
                            r.getNewStart(), r.getNewEnd());
                }).toList();
        Changes changes = Changes.of()
                .field("원인분석", remedy.getCause(), form.getCause())
                .field("개선대책", remedy.getMeasures(), form.getMeasures())
                .field("이행 기한", remedy.getDueDate(), form.getDueDate())
                .field("일정 조정", describe(remedy.getRevisions(), ownMilestones), describe(revisions, ownMilestones));
        remedy.write(form.getCause(), form.getMeasures(), form.getDueDate(), revisions);
        CheckRound round = remedy.getEntry().getRound();
        if (submit) {
            changes.field("상태", remedy.getState().label(), RemedyState.SUBMITTED.label());
            remedy.submit(now());
            notices.toPlanningOffice(round.getPlan().getOrganization().getId(), NoticeKind.REMEDY_SUBMITTED,
                    remedy.getEntry().getTask().getCode() + " 과제의 개선대책이 제출되었습니다.", "/remedies/" + remedyId);
        }
        history.updated(user, subject(round, remedy.getTaskId(), REMEDY, remedy.getId(), "개선대책: " + round.getTitle()),
                changes);
    }

    /** "시민감사관 교육 추진: 2021-06~2021-07 → 2021-08~2021-09, …": milestones by their description, old and new months. */
    static String describe(List<MilestoneRevision> revisions, Map<Long, Milestone> milestones) {
        if (revisions.isEmpty()) {
            return null;
        }
        return revisions.stream().map(r -> {
            Milestone m = milestones.get(r.getMilestoneId());
            String name = m == null ? "삭제된 추진일정" : m.getDescription();
            String before = r.getOldStart() == null && r.getOldEnd() == null ? "" : months(r.getOldStart(), r.getOldEnd()) + " → ";
            return name + ": " + before + months(r.getNewStart(), r.getNewEnd());
        }).collect(Collectors.joining(", "));
    }

    private static String months(java.time.YearMonth start, java.time.YearMonth end) {
        return (start == null ? "" : start.toString()) + "~" + (end == null ? "" : end.toString());
    }

    /** Accepts a submitted remedy (its revised dates become the milestones' planned dates) or returns it. */
    public void decideRemedy(Long remedyId, DecisionForm form, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "개선대책 검토");
        Remedy remedy = reads.remedy(remedyId, user.organizationId());
        if (remedy.getState() != RemedyState.SUBMITTED) {
            throw new NotAllowedNow("제출된 개선대책만 수용하거나 보완을 요청할 수 있습니다. 지금 상태: " + remedy.getState().label());
        }
        StaleEditException.unlessCurrent(form.getVersion(), remedy.getVersion(), "개선대책", remedyId);
        CheckRound round = remedy.getEntry().getRound();
        Long organizationId = round.getPlan().getOrganization().getId();
        String task = remedy.getEntry().getTask().getCode();
        RemedyState outcome = form.isAccept() ? RemedyState.ACCEPTED : RemedyState.RETURNED;
        remedy.decide(outcome, form.getComment(), user.displayName(), now());
        history.updated(user, subject(round, remedy.getTaskId(), REMEDY, remedy.getId(), "개선대책: " + round.getTitle()),
                Changes.of().field("상태", RemedyState.SUBMITTED.label(), outcome.label())
                        .field("기획부서 의견", null, form.getComment()));
        if (outcome == RemedyState.ACCEPTED) {
            for (MilestoneRevision r : remedy.getRevisions()) {
                taskEditing.applyRevisedSchedule(remedy.getTaskId(), r.getMilestoneId(), r.getNewStart(), r.getNewEnd(),
                        "개선대책 수용", user);
            }
            notices.toDepartment(organizationId, remedy.getDepartmentId(), NoticeKind.REMEDY_ACCEPTED,
                    task + " 과제의 개선대책이 수용되었습니다." + (remedy.getRevisions().isEmpty() ? ""
                            : " 조정한 일정 " + remedy.getRevisions().size() + "건이 반영되었습니다."), "/remedies/" + remedyId);
        } else {
            notices.toDepartment(organizationId, remedy.getDepartmentId(), NoticeKind.REMEDY_RETURNED,
                    task + " 과제의 개선대책에 보완 요청이 있습니다: " + form.getComment(), "/remedies/" + remedyId);
        }
    }

    // ---------------------------------------------------------------- signal thresholds

    public void saveRules(Long planId, SignalRuleForm form, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "판정 기준 변경");
        Plan plan = reads.plan(planId, user.organizationId());
        SignalRule rule = signalRules.findByPlanId(planId).orElse(null);
        long current = rule == null ? -1 : rule.getVersion();
        StaleEditException.unlessCurrent(form.getVersion(), current, "판정 기준", planId);
        SignalRules before = rule == null ? SignalRules.DEFAULTS : rule.rules();
        if (rule == null) {
            rule = signalRules.save(new SignalRule(planId));
        }
        int daysBefore = rule.getDeadlineDays();
        SignalRules after = form.rules();
        rule.set(after);
        rule.setDeadlineDays(form.getDeadlineDays());
        history.updated(user, new ChangeHistory.Subject(plan.getOrganization().getId(), null, null, "SIGNAL_RULE", planId,
                "계산 상태 판정 기준"), Changes.of().field("기준", describe(before), describe(after))
                .field("제출 기한 기본값", "기준일 + " + daysBefore + "일", "기준일 + " + form.getDeadlineDays() + "일"));
    }

    private static String describe(SignalRules r) {
        return "추진일정 " + r.milestoneGreen() + "/" + r.milestoneRed() + ", 성과지표 " + r.kpiGreen() + "/" + r.kpiRed()
                + ", 자체 진척률 " + r.progressGreen() + "/" + r.progressRed()
                + (r.missingKpiIsCaution() ? ", 실적 미입력 지표는 주의" : ", 실적 미입력 지표는 판단 제외");
    }

    // ---------------------------------------------------------------- helpers

    static String link(CheckRound round) {
        return "/rounds/" + round.getId();
    }


    private static ChangeHistory.Subject subject(CheckRound round, Long taskId, String type, Long id, String label) {
        return new ChangeHistory.Subject(round.getPlan().getOrganization().getId(), taskId, null, type, id, label);
    }


}
