package kr.innotrack.plan;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.organization.Department;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change a department makes to its task: officer fields, milestones (add, update, delete)
 * and KPI values per quarter. Each change: the task must belong to the user's organization (else 404), the user
 * must be allowed to edit it (else 403), the form must be based on the current version (else a conflict), and
 * the change is written to the task's history in the same transaction.
 */
@Service
@Transactional
public class TaskCommands {

    static final String TASK = TaskScheduling.TASK;
    static final String MILESTONE = TaskScheduling.MILESTONE;
    static final String KPI_ACTUAL = "KPI_ACTUAL";

    private final TaskQueries reads;
    private final TaskRepository tasks;
    private final MilestoneRepository milestones;
    private final KpiRepository kpis;
    private final KpiActualRepository actuals;
    private final ChangeHistory history;
    private final Clock clock;

    TaskCommands(TaskQueries reads, TaskRepository tasks, MilestoneRepository milestones, KpiRepository kpis,
                KpiActualRepository actuals, ChangeHistory history, Clock clock) {
        this.reads = reads;
        this.tasks = tasks;
        this.milestones = milestones;
        this.kpis = kpis;
        this.actuals = actuals;
        this.history = history;
        this.clock = clock;
    }

    // ---- task

    public void updateTask(Long planId, Long taskId, TaskForm form, CurrentUser user) {
        Task task = reads.editableTask(planId, taskId, user);
        StaleEditException.unlessCurrent(form.getVersion(), task.getVersion(), "과제", taskId);
        Changes changes = Changes.of()
                .field("담당자", task.getOfficer(), form.getOfficer())
                .field("연락처", task.getPhone(), form.getPhone());
        task.assignOfficer(form.getOfficer(), form.getPhone());
        if (user.admin()) {
            changes.field("협업부서 수정 허용", task.isCollaboratorsMayEdit() ? "허용" : "허용 안 함",
                    form.isCollaboratorsMayEdit() ? "허용" : "허용 안 함");
            task.letCollaboratorsEdit(form.isCollaboratorsMayEdit());
        }
        history.updated(user, subject(task, TASK, task.getId(), task.getCode() + " " + task.getTitle()), changes);
    }

    // ---- milestones

    public Milestone addMilestone(Long planId, Long taskId, MilestoneForm form, CurrentUser user) {
        Task task = reads.editableTask(planId, taskId, user);
        Milestone m = milestones.save(new Milestone(task, form.getDescription(), form.getScheduleText(),
                form.getPlannedStart(), form.getPlannedEnd(), form.getStatus(), form.getActualCompletion(),
                form.getNote(), milestones.lastSortOrder(taskId) + 1));
        history.created(user, subject(task, MILESTONE, m.getId(), "추진일정: " + m.getDescription()),
                milestoneValues(null, m));
        return m;
    }

    public void updateMilestone(Long planId, Long taskId, Long milestoneId, MilestoneForm form, CurrentUser user) {
        Task task = reads.editableTask(planId, taskId, user);
        Milestone m = reads.milestone(planId, taskId, milestoneId, user);
        StaleEditException.unlessCurrent(form.getVersion(), m.getVersion(), "추진일정", milestoneId);
        Milestone before = snapshot(m);
        m.describe(form.getDescription(), form.getScheduleText());
        m.reschedule(form.getPlannedStart(), form.getPlannedEnd());
        m.report(form.getStatus(), form.getActualCompletion(), form.getNote());
        history.updated(user, subject(task, MILESTONE, m.getId(), "추진일정: " + m.getDescription()),
                milestoneValues(before, m));
    }

    public void deleteMilestone(Long planId, Long taskId, Long milestoneId, Long version, CurrentUser user) {
        Task task = reads.editableTask(planId, taskId, user);
        Milestone m = reads.milestone(planId, taskId, milestoneId, user);
        StaleEditException.unlessCurrent(version, m.getVersion(), "추진일정", milestoneId);
        history.deleted(user, subject(task, MILESTONE, m.getId(), "추진일정: " + m.getDescription()),
                milestoneValues(m, null));
        milestones.delete(m);
    }

    /** An unsaved copy of the values before an edit, for the history. */
    private static Milestone snapshot(Milestone m) {
        return new Milestone(m.getTask(), m.getDescription(), m.getScheduleText(), m.getPlannedStart(),
                m.getPlannedEnd(), m.getStatus(), m.getActualCompletion(), m.getNote(), m.getSortOrder());
    }

    /** Field-by-field values of a milestone before and after (either may be null for create / delete). */
    private static Changes milestoneValues(Milestone before, Milestone after) {
        return Changes.of()
                .field("추진 내용", before == null ? null : before.getDescription(), after == null ? null : after.getDescription())
                .field("일정(원문)", before == null ? null : before.getScheduleText(), after == null ? null : after.getScheduleText())
                .field("계획 시작 월", before == null ? null : before.getPlannedStart(), after == null ? null : after.getPlannedStart())
                .field("계획 종료 월", before == null ? null : before.getPlannedEnd(), after == null ? null : after.getPlannedEnd())
                .field("상태", before == null ? null : before.getStatus().label(), after == null ? null : after.getStatus().label())
                .field("실제 완료일", before == null ? null : before.getActualCompletion(), after == null ? null : after.getActualCompletion())
                .field("비고", before == null ? null : before.getNote(), after == null ? null : after.getNote());
    }

    // ---- KPI values

    /** Records or corrects one quarter's value. A new value must not already exist (someone may have added it). */
    public void saveActual(Long planId, Long taskId, Long kpiId, KpiActualForm form, CurrentUser user) {
        Task task = reads.editableTask(planId, taskId, user);
        Kpi kpi = reads.kpi(planId, taskId, kpiId, user);
        Optional<KpiActual> existing = actuals.findByKpiIdAndActualYearAndQuarter(kpiId, form.getYear(), form.getQuarter());
        String label = "성과지표: " + kpi.getName() + " " + form.getYear() + "년 " + form.getQuarter() + "분기";
        LocalDateTime now = LocalDateTime.now(clock);
        if (existing.isEmpty()) {
            if (form.getVersion() != null) {
                throw new StaleEditException("성과지표 실적", kpiId); // it was deleted meanwhile
            }
            KpiActual created = new KpiActual(kpi, form.getYear(), form.getQuarter());
            created.record(form.getValue(), form.getNote(), user.displayName(), now);
            actuals.save(created);
            history.created(user, subject(task, KPI_ACTUAL, created.getId(), label), Changes.of()
                    .field("실적", null, plain(form.getValue()) + kpi.getUnit())
                    .field("출처·비고", null, form.getNote()));
            return;
        }
        KpiActual actual = existing.get();
        StaleEditException.unlessCurrent(form.getVersion(), actual.getVersion(), "성과지표 실적", actual.getId());
        Changes changes = Changes.of()
                .field("실적", plain(actual.getActualValue()) + kpi.getUnit(), plain(form.getValue()) + kpi.getUnit())
                .field("출처·비고", actual.getNote(), form.getNote());
        actual.record(form.getValue(), form.getNote(), user.displayName(), now);
        history.updated(user, subject(task, KPI_ACTUAL, actual.getId(), label), changes);
    }

    public void deleteActual(Long planId, Long taskId, Long kpiId, int year, int quarter, Long version,
                             CurrentUser user) {
        Task task = reads.editableTask(planId, taskId, user);
        Kpi kpi = reads.kpi(planId, taskId, kpiId, user);
        KpiActual actual = actuals.findByKpiIdAndActualYearAndQuarter(kpiId, year, quarter)
                .orElseThrow(() -> new NotFoundException("성과지표 실적", kpiId));
        StaleEditException.unlessCurrent(version, actual.getVersion(), "성과지표 실적", actual.getId());
        history.deleted(user, subject(task, KPI_ACTUAL, actual.getId(),
                        "성과지표: " + kpi.getName() + " " + year + "년 " + quarter + "분기"),
                Changes.of().field("실적", plain(actual.getActualValue()) + kpi.getUnit(), null)
                        .field("출처·비고", actual.getNote(), null));
        actuals.delete(actual);
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }


    static ChangeHistory.Subject subject(Task task, String type, Long id, String label) {
        return new ChangeHistory.Subject(task.getPlan().getOrganization().getId(), task.getId(), null, type, id, label);
    }
}
