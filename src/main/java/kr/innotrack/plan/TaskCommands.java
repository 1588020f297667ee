package kr.innotrack.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
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

    /** The fields a department keeps current on its task; {@code collaboratorsMayEdit} counts for admins only. */
    public record OfficerFields(String officer, String phone, boolean collaboratorsMayEdit, Long version) {
    }

    /** A milestone's values as a person enters them (add or update). */
    public record MilestoneDraft(String description, String scheduleText, YearMonth plannedStart, YearMonth plannedEnd,
                                 MilestoneStatus status, LocalDate actualCompletion, String note) {
    }

    /** One quarter's KPI value; {@code version} null when recording a new quarter. */
    public record KpiValue(Integer year, Integer quarter, BigDecimal value, String note, Long version) {
    }

    public void updateOfficerFields(Long planId, Long taskId, OfficerFields form, CurrentUser user) {
        Task task = reads.editableTask(planId, taskId, user);
        StaleEditException.unlessCurrent(form.version(), task.getVersion(), "과제", taskId);
        Changes changes = Changes.of()
                .field("담당자", task.getOfficer(), form.officer())
                .field("연락처", task.getPhone(), form.phone());
        task.assignOfficer(form.officer(), form.phone());
        if (user.admin()) {
            changes.field("협업부서 수정 허용", task.isCollaboratorsMayEdit() ? "허용" : "허용 안 함",
                    form.collaboratorsMayEdit() ? "허용" : "허용 안 함");
            task.letCollaboratorsEdit(form.collaboratorsMayEdit());
        }
        history.updated(user, subject(task, TASK, task.getId(), task.getCode() + " " + task.getTitle()), changes);
    }

    // ---- milestones

    public Milestone addMilestone(Long planId, Long taskId, MilestoneDraft form, CurrentUser user) {
        Task task = reads.editableTask(planId, taskId, user);
        Milestone m = milestones.save(new Milestone(task, form.description(), form.scheduleText(),
                form.plannedStart(), form.plannedEnd(), form.status(), form.actualCompletion(),
                form.note(), milestones.lastSortOrder(taskId) + 1));
        history.created(user, subject(task, MILESTONE, m.getId(), "추진일정: " + m.getDescription()),
                milestoneValues(null, m));
        return m;
    }

    public void updateMilestone(Long planId, Long taskId, Long milestoneId, MilestoneDraft form, Long version,
                                CurrentUser user) {
        Task task = reads.editableTask(planId, taskId, user);
        Milestone m = reads.milestone(planId, taskId, milestoneId, user);
        StaleEditException.unlessCurrent(version, m.getVersion(), "추진일정", milestoneId);
        Milestone before = snapshot(m);
        m.describe(form.description(), form.scheduleText());
        m.reschedule(form.plannedStart(), form.plannedEnd());
        m.report(form.status(), form.actualCompletion(), form.note());
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
    public void saveKpiValue(Long planId, Long taskId, Long kpiId, KpiValue form, CurrentUser user) {
        Task task = reads.editableTask(planId, taskId, user);
        Kpi kpi = reads.kpi(planId, taskId, kpiId, user);
        Optional<KpiActual> existing = actuals.findByKpiIdAndActualYearAndQuarter(kpiId, form.year(), form.quarter());
        String label = "성과지표: " + kpi.getName() + " " + form.year() + "년 " + form.quarter() + "분기";
        LocalDateTime now = LocalDateTime.now(clock);
        if (existing.isEmpty()) {
            if (form.version() != null) {
                throw new StaleEditException("성과지표 실적", kpiId); // it was deleted meanwhile
            }
            KpiActual created = new KpiActual(kpi, form.year(), form.quarter());
            created.record(form.value(), form.note(), user.displayName(), now);
            actuals.save(created);
            history.created(user, subject(task, KPI_ACTUAL, created.getId(), label), Changes.of()
                    .field("실적", null, plain(form.value()) + kpi.getUnit())
                    .field("출처·비고", null, form.note()));
            return;
        }
        KpiActual actual = existing.get();
        StaleEditException.unlessCurrent(form.version(), actual.getVersion(), "성과지표 실적", actual.getId());
        Changes changes = Changes.of()
                .field("실적", plain(actual.getActualValue()) + kpi.getUnit(), plain(form.value()) + kpi.getUnit())
                .field("출처·비고", actual.getNote(), form.note());
        actual.record(form.value(), form.note(), user.displayName(), now);
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
