package kr.innotrack.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.StaleEditException;
import lombok.RequiredArgsConstructor;
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
@RequiredArgsConstructor
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
    private final Messages messages;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    // ---- task

    /** The fields a department keeps current on its task; {@code collaboratorsMayEdit} counts for admins only. */
    public record OfficerFields(String officer, String phone, boolean collaboratorsMayEdit, Long version) {
    }

    /** A milestone's values as a person enters them (add or update). */
    public record MilestoneDraft(String description, String scheduleText, YearMonth plannedStart, YearMonth plannedEnd,
                                 MilestoneStatus status, LocalDate actualCompletion, String note) {
    }

    /** One row of the milestone grid: what the person reports on a milestone, read at {@code version}. */
    public record MilestoneReport(Long milestoneId, Long version, MilestoneStatus status, LocalDate actualCompletion,
                                  YearMonth plannedStart, YearMonth plannedEnd, String note) {
    }

    /** One quarter's KPI value; {@code version} null when recording a new quarter. */
    public record KpiValue(Integer year, Integer quarter, BigDecimal value, String note, Long version) {
    }

    public void updateOfficerFields(Long planId, Long taskId, OfficerFields form, CurrentUser user) {
        Task task = reads.editableTask(planId, taskId, user);
        StaleEditException.unlessCurrent(form.version(), task.getVersion(), "Task", taskId);
        Changes changes = Changes.of()
                .field(messages.get("task.field.officer"), task.getOfficer(), form.officer())
                .field(messages.get("task.field.phone"), task.getPhone(), form.phone());
        task.assignOfficer(form.officer(), form.phone());
        if (user.admin()) {
            changes.field(messages.get("task.field.collaboratorsMayEdit"),
                    messages.label(CollaboratorEditing.of(task.isCollaboratorsMayEdit())),
                    messages.label(CollaboratorEditing.of(form.collaboratorsMayEdit())));
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
        history.created(user, subject(task, MILESTONE, m.getId(), milestoneSubject(m)),
                milestoneValues(null, m));
        return m;
    }

    public void updateMilestone(Long planId, Long taskId, Long milestoneId, MilestoneDraft form, Long version,
                                CurrentUser user) {
        Task task = reads.editableTask(planId, taskId, user);
        Milestone m = reads.milestone(planId, taskId, milestoneId, user);
        StaleEditException.unlessCurrent(version, m.getVersion(), "Milestone", milestoneId);
        Milestone before = snapshot(m);
        m.describe(form.description(), form.scheduleText());
        m.reschedule(form.plannedStart(), form.plannedEnd());
        m.report(form.status(), form.actualCompletion(), form.note());
        history.updated(user, subject(task, MILESTONE, m.getId(), milestoneSubject(m)),
                milestoneValues(before, m));
    }

    public void deleteMilestone(Long planId, Long taskId, Long milestoneId, Long version, CurrentUser user) {
        Task task = reads.editableTask(planId, taskId, user);
        Milestone m = reads.milestone(planId, taskId, milestoneId, user);
        StaleEditException.unlessCurrent(version, m.getVersion(), "Milestone", milestoneId);
        events.publishEvent(new kr.innotrack.plan.events.MilestoneDeleting(taskId, milestoneId, m.getDescription()));
        history.deleted(user, subject(task, MILESTONE, m.getId(), milestoneSubject(m)),
                milestoneValues(m, null));
        milestones.delete(m);
    }

    /**
     * Many milestones in one transaction (the grid of a task, or of the person's department when {@code taskId} is
     * null). Every row is checked before anything changes: a milestone outside the organization, the plan or the task
     * is not found (404); a draft plan is not found but for the planning office; a closed plan or a retired task
     * refuses (409); a task the person may not edit answers 403. Rows whose values are the saved ones are left alone
     * (no history, no new version); a changed row read at an older version is a conflict and nothing is saved.
     *
     * @return how many milestones changed
     */
    public int reportMilestones(Long planId, Long taskId, List<MilestoneReport> rows, CurrentUser user) {
        if (rows.isEmpty()) {
            return 0;
        }
        Map<Long, Milestone> byId = new HashMap<>();
        milestones.findWithPlan(rows.stream().map(MilestoneReport::milestoneId).toList())
                .forEach(m -> byId.put(m.getId(), m));
        Map<Long, Task> editable = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        List<MilestoneReport> changed = new ArrayList<>();
        for (MilestoneReport row : rows) {
            Milestone m = byId.get(row.milestoneId());
            Task task = m == null ? null : m.getTask();
            if (m == null || !seen.add(m.getId())
                    || !task.getPlan().getOrganization().getId().equals(user.organizationId())
                    || (planId != null && !task.getPlan().getId().equals(planId))
                    || (taskId != null && !task.getId().equals(taskId))
                    || (task.getPlan().draft() && !user.admin())) {
                throw new NotFoundException("milestone.record", row.milestoneId());
            }
            task.getPlan().requireOpen();
            editable.computeIfAbsent(task.getId(), id -> reads.editableTask(task.getPlan().getId(), id, user));
            if (!sameAs(row, m)) {
                StaleEditException.unlessCurrent(row.version(), m.getVersion(), "Milestone", m.getId());
                changed.add(row);
            }
        }
        for (MilestoneReport row : changed) {
            Milestone m = byId.get(row.milestoneId());
            Milestone before = snapshot(m);
            m.reschedule(row.plannedStart(), row.plannedEnd());
            m.report(row.status(), row.actualCompletion(), row.note());
            history.updated(user, subject(m.getTask(), MILESTONE, m.getId(), milestoneSubject(m)),
                    milestoneValues(before, m));
        }
        return changed.size();
    }

    private static boolean sameAs(MilestoneReport row, Milestone m) {
        return row.status() == m.getStatus() && Objects.equals(row.actualCompletion(), m.getActualCompletion())
                && Objects.equals(row.plannedStart(), m.getPlannedStart())
                && Objects.equals(row.plannedEnd(), m.getPlannedEnd()) && Objects.equals(row.note(), m.getNote());
    }

    /** An unsaved copy of the values before an edit, for the history. */
    private static Milestone snapshot(Milestone m) {
        return new Milestone(m.getTask(), m.getDescription(), m.getScheduleText(), m.getPlannedStart(),
                m.getPlannedEnd(), m.getStatus(), m.getActualCompletion(), m.getNote(), m.getSortOrder());
    }

    private String milestoneSubject(Milestone m) {
        return messages.get("milestone.history.subject", m.getDescription());
    }

    /** Field-by-field values of a milestone before and after (either may be null for create / delete). */
    private Changes milestoneValues(Milestone before, Milestone after) {
        return Changes.of()
                .field(messages.get("milestone.field.description"), before == null ? null : before.getDescription(), after == null ? null : after.getDescription())
                .field(messages.get("milestone.field.schedule"), before == null ? null : before.getScheduleText(), after == null ? null : after.getScheduleText())
                .field(messages.get("milestone.field.plannedStart"), before == null ? null : before.getPlannedStart(), after == null ? null : after.getPlannedStart())
                .field(messages.get("milestone.field.plannedEnd"), before == null ? null : before.getPlannedEnd(), after == null ? null : after.getPlannedEnd())
                .field(messages.get("milestone.field.status"), before == null ? null : messages.label(before.getStatus()), after == null ? null : messages.label(after.getStatus()))
                .field(messages.get("milestone.field.actualCompletion"), before == null ? null : before.getActualCompletion(), after == null ? null : after.getActualCompletion())
                .field(messages.get("milestone.field.note"), before == null ? null : before.getNote(), after == null ? null : after.getNote());
    }

    // ---- KPI values

    /** Records or corrects one quarter's value. A new value must not already exist (someone may have added it). */
    public void saveKpiValue(Long planId, Long taskId, Long kpiId, KpiValue form, CurrentUser user) {
        Task task = reads.editableTask(planId, taskId, user);
        Kpi kpi = reads.kpi(planId, taskId, kpiId, user);
        Optional<KpiActual> existing = actuals.findByKpiIdAndActualYearAndQuarter(kpiId, form.year(), form.quarter());
        String label = messages.get("kpiActual.history.subject", kpi.getName(), form.year(), form.quarter());
        String valueLabel = messages.get("kpiActual.field.value");
        String noteLabel = messages.get("kpiActual.field.note");
        LocalDateTime now = LocalDateTime.now(clock);
        if (existing.isEmpty()) {
            if (form.version() != null) {
                throw new StaleEditException("KpiActual", kpiId); // it was deleted meanwhile
            }
            KpiActual created = new KpiActual(kpi, form.year(), form.quarter());
            created.record(form.value(), form.note(), user.displayName(), now);
            actuals.save(created);
            history.created(user, subject(task, KPI_ACTUAL, created.getId(), label), Changes.of()
                    .field(valueLabel, null, plain(form.value()) + kpi.getUnit())
                    .field(noteLabel, null, form.note()));
            return;
        }
        KpiActual actual = existing.get();
        StaleEditException.unlessCurrent(form.version(), actual.getVersion(), "KpiActual", actual.getId());
        Changes changes = Changes.of()
                .field(valueLabel, plain(actual.getActualValue()) + kpi.getUnit(), plain(form.value()) + kpi.getUnit())
                .field(noteLabel, actual.getNote(), form.note());
        actual.record(form.value(), form.note(), user.displayName(), now);
        history.updated(user, subject(task, KPI_ACTUAL, actual.getId(), label), changes);
    }

    public void deleteActual(Long planId, Long taskId, Long kpiId, int year, int quarter, Long version,
                             CurrentUser user) {
        Task task = reads.editableTask(planId, taskId, user);
        Kpi kpi = reads.kpi(planId, taskId, kpiId, user);
        KpiActual actual = actuals.findByKpiIdAndActualYearAndQuarter(kpiId, year, quarter)
                .orElseThrow(() -> new NotFoundException("kpiActual.record", kpiId));
        StaleEditException.unlessCurrent(version, actual.getVersion(), "KpiActual", actual.getId());
        history.deleted(user, subject(task, KPI_ACTUAL, actual.getId(),
                        messages.get("kpiActual.history.subject", kpi.getName(), year, quarter)),
                Changes.of().field(messages.get("kpiActual.field.value"), plain(actual.getActualValue()) + kpi.getUnit(), null)
                        .field(messages.get("kpiActual.field.note"), actual.getNote(), null));
        actuals.delete(actual);
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static ChangeHistory.Subject subject(Task task, String type, Long id, String label) {
        return new ChangeHistory.Subject(task.getPlan().getOrganization().getId(), task.getId(), null, type, id, label);
    }
}
