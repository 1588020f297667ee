package kr.innotrack.checkround;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** Setting up a check round: which period, its reference date and deadline, which tasks. */
public class RoundForm {

    private Long version;

    /** Q1…Q4 for a quarterly check, H1/H2 for a half-year report. */
    @NotNull(message = "{round.period.required}")
    @Pattern(regexp = "Q[1-4]|H[12]", message = "{round.period.invalid}")
    private String period = "Q1";

    @Size(max = 100, message = "{round.title.tooLong}")
    private String title;

    @NotNull(message = "{round.referenceDate.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate referenceDate;

    @NotNull(message = "{round.deadline.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;

    @NotNull(message = "{round.scope.required}")
    private RoundScope scope = RoundScope.FOCUS;

    private List<Long> taskIds = new ArrayList<>();

    /** A new round for the period: reference date at its end, deadline ten days later. */
    static RoundForm forPeriod(String period, int year) {
        RoundForm f = new RoundForm();
        f.period = period;
        f.referenceDate = YearMonth.of(year, f.quarter() * 3).atEndOfMonth();
        f.deadline = f.referenceDate.plusDays(10);
        return f;
    }

    static RoundForm of(CheckRound r, List<Long> taskIds) {
        RoundForm f = new RoundForm();
        f.version = r.getVersion();
        f.period = (r.isHalfYear() ? "H" + (r.getQuarter() <= 2 ? 1 : 2) : "Q" + r.getQuarter());
        f.title = r.getTitle();
        f.referenceDate = r.getReferenceDate();
        f.deadline = r.getDeadline();
        f.scope = r.getScope();
        f.taskIds = new ArrayList<>(taskIds);
        return f;
    }

    boolean halfYear() {
        return period != null && period.startsWith("H");
    }

    /** The quarter the period ends in. */
    int quarter() {
        int n = period.charAt(1) - '0';
        return halfYear() ? n * 2 : n;
    }

    int year(int planYear) {
        return referenceDate == null ? planYear : referenceDate.getYear();
    }

    String titleOr(int planYear) {
        if (title != null && !title.isBlank()) {
            return title.trim();
        }
        int year = year(planYear);
        return halfYear() ? year + "년 " + (quarter() == 2 ? "상반기" : "하반기") + " 추진상황 보고회"
                : year + "년 " + quarter() + "분기 추진상황 점검";
    }

    /** Checks that need the plan year and the task count. */
    void validate(int planYear, int coveredTasks, Errors errors) {
        if (referenceDate != null && Math.abs(referenceDate.getYear() - planYear) > 1
                && !errors.hasFieldErrors("referenceDate")) {
            errors.rejectValue("referenceDate", "round.referenceDate.range", new Object[] {planYear - 1, planYear + 1}, null);
        }
        if (referenceDate != null && deadline != null && !errors.hasFieldErrors("deadline")
                && Math.abs(deadline.toEpochDay() - referenceDate.toEpochDay()) > 92) {
            errors.rejectValue("deadline", "round.deadline.range");
        }
        if (scope == RoundScope.SELECTED && (taskIds == null || taskIds.isEmpty())) {
            errors.rejectValue("taskIds", "round.tasks.required");
        } else if (scope != null && coveredTasks == 0 && !errors.hasFieldErrors("scope")) {
            errors.rejectValue("scope", scope == RoundScope.FOCUS ? "round.scope.noFocus" : "round.scope.empty");
        }
    }

    Map<String, String> describe(int planYear) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("제목", titleOr(planYear));
        d.put("기준일", referenceDate == null ? null : referenceDate.toString());
        d.put("제출 기한", deadline == null ? null : deadline.toString());
        d.put("대상", scope == null ? null : scope.label());
        return d;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getReferenceDate() {
        return referenceDate;
    }

    public void setReferenceDate(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public RoundScope getScope() {
        return scope;
    }

    public void setScope(RoundScope scope) {
        this.scope = scope;
    }

    public List<Long> getTaskIds() {
        return taskIds;
    }

    public void setTaskIds(List<Long> taskIds) {
        this.taskIds = taskIds == null ? new ArrayList<>() : taskIds;
    }
}
