package kr.innotrack.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import kr.innotrack.shared.BaseEntity;
import kr.innotrack.shared.YearMonthDateConverter;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A schedule line (추진일정) of a task: dated by month, recurring, or undated with its text kept. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Milestone extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Task task;

    @Column(name = "task_id", insertable = false, updatable = false)
    private Long taskId;

    private String description;
    private String detail;
    /** The schedule as the plan writes it: "2021. 6~7월", "분기별 1회", "수시" … */
    private String scheduleText;

    @Convert(converter = YearMonthDateConverter.class)
    private YearMonth plannedStart;

    @Convert(converter = YearMonthDateConverter.class)
    private YearMonth plannedEnd;

    /** Comma-separated months when the schedule names separate months ("2021-04,2021-07,2021-11"). */
    private String plannedMonths;

    @Enumerated(EnumType.STRING)
    private Recurrence recurrence;

    @Enumerated(EnumType.STRING)
    private MilestoneStatus status = MilestoneStatus.PLANNED;

    private LocalDate actualCompletion;
    private String note;
    private int sortOrder;

    /** The planned months before the first reschedule; null when never rescheduled. */
    @Convert(converter = YearMonthDateConverter.class)
    private YearMonth originalStart;

    @Convert(converter = YearMonthDateConverter.class)
    private YearMonth originalEnd;

    Milestone(Task task, String description, String scheduleText, YearMonth plannedStart, YearMonth plannedEnd,
              MilestoneStatus status, LocalDate actualCompletion, String note, int sortOrder) {
        this.task = task;
        this.taskId = task.getId();
        this.description = description;
        this.scheduleText = scheduleText;
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
        this.status = status;
        this.actualCompletion = actualCompletion;
        this.note = note;
        this.sortOrder = sortOrder;
    }

    /**
     * A read copy ({@link kr.innotrack.shared.BaseEntity#BaseEntity(Long, long)}): the columns of one row, without its
     * task; {@code MilestoneRepository}'s {@code read…} queries make them for the pages that only display milestones or
     * compute from them.
     */
    Milestone(Long id, long version, Long taskId, String description, String detail, String scheduleText,
              YearMonth plannedStart, YearMonth plannedEnd, String plannedMonths, Recurrence recurrence,
              MilestoneStatus status, LocalDate actualCompletion, String note, int sortOrder,
              YearMonth originalStart, YearMonth originalEnd) {
        super(id, version);
        this.taskId = taskId;
        this.description = description;
        this.detail = detail;
        this.scheduleText = scheduleText;
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
        this.plannedMonths = plannedMonths;
        this.recurrence = recurrence;
        this.status = status;
        this.actualCompletion = actualCompletion;
        this.note = note;
        this.sortOrder = sortOrder;
        this.originalStart = originalStart;
        this.originalEnd = originalEnd;
    }

    /** A schedule line as written, with what {@link ScheduleParser} reads from it. */
    static Milestone planned(Task task, String description, String detail, String scheduleText, ParsedSchedule parsed,
                             int sortOrder) {
        Milestone m = new Milestone(task, description, scheduleText, parsed.start(), parsed.end(),
                MilestoneStatus.PLANNED, null, null, sortOrder);
        m.detail = detail;
        m.plannedMonths = parsed.months().isEmpty() ? null
                : String.join(",", parsed.months().stream().map(Object::toString).toList());
        m.recurrence = parsed.recurrence();
        return m;
    }

    /** The planning admin rewrites the line: what, as written, and the months read from it (or given for it). */
    void redefine(String description, String detail, String scheduleText, ParsedSchedule parsed) {
        this.description = description;
        this.detail = detail;
        this.scheduleText = scheduleText;
        this.plannedStart = parsed.start();
        this.plannedEnd = parsed.end();
        this.plannedMonths = parsed.months().isEmpty() ? null
                : String.join(",", parsed.months().stream().map(Object::toString).toList());
        this.recurrence = parsed.recurrence();
    }

    void describe(String description, String scheduleText) {
        this.description = description;
        this.scheduleText = scheduleText;
    }

    void report(MilestoneStatus status, LocalDate actualCompletion, String note) {
        this.status = status;
        this.actualCompletion = actualCompletion;
        this.note = note;
    }

    /** Moves the planned months; the first move keeps the months first planned beside the new ones. */
    void reschedule(YearMonth start, YearMonth end) {
        if (java.util.Objects.equals(start, plannedStart) && java.util.Objects.equals(end, plannedEnd)) {
            return;
        }
        if (!rescheduled() && (plannedStart != null || plannedEnd != null)) {
            originalStart = plannedStart;
            originalEnd = plannedEnd;
        }
        plannedStart = start;
        plannedEnd = end;
        plannedMonths = null;
    }

    /** The schedule as written, or, for a milestone added in the app without one, its planned months. */
    public String scheduleLabel() {
        if (scheduleText != null) {
            return scheduleText;
        }
        if (plannedStart == null) {
            return null;
        }
        return plannedStart + " ~ " + (plannedEnd == null ? "" : plannedEnd);
    }

    public boolean rescheduled() {
        return originalStart != null || originalEnd != null;
    }

    public List<YearMonth> plannedMonthList() {
        if (plannedMonths == null || plannedMonths.isBlank()) {
            return List.of();
        }
        return Arrays.stream(plannedMonths.split(",")).map(String::trim).map(YearMonth::parse).toList();
    }

    /** Planned to be finished before the given month, and neither done nor cancelled. */
    /**
     * Its status as it stood on a date: done later than that (its completion date after it) was not done yet, so it
     * counts as 진행중. Other statuses are taken as they are (their dates are not kept).
     */
    public MilestoneStatus statusOn(java.time.LocalDate date) {
        return status == MilestoneStatus.DONE && actualCompletion != null && actualCompletion.isAfter(date)
                ? MilestoneStatus.IN_PROGRESS : status;
    }

    /** Past its planned end month as at the date's month and not done or cancelled by then ({@link #statusOn}). */
    public boolean overdueOn(java.time.LocalDate date) {
        return plannedEnd != null && plannedEnd.isBefore(YearMonth.from(date)) && !statusOn(date).closed();
    }

    public boolean overdueAt(YearMonth month) {
        return plannedEnd != null && plannedEnd.isBefore(month) && !status.closed();
    }
}
