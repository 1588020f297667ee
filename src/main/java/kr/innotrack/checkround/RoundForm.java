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
import java.util.LinkedHashSet;
import kr.innotrack.shared.web.RejectedInput;
import kr.innotrack.shared.web.VersionedForm;
import kr.innotrack.shared.Messages;
import lombok.AccessLevel;
import lombok.Getter;
import org.springframework.context.MessageSourceResolvable;
import lombok.Setter;

/** Setting up a check round: which period, its reference date and deadline, which tasks. */
@Getter
@Setter
public class RoundForm implements VersionedForm {

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

    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    private transient Messages words;

    /** Every period a round can have, in the order the form offers them. */
    static final List<String> PERIODS = List.of("Q1", "Q2", "Q3", "Q4", "H1", "H2");

    /** A choice of the form's period: its label, and the reference date, deadline and title it proposes. */
    public record PeriodOption(String value, String label, LocalDate referenceDate, LocalDate deadline, String title) {
    }

    /** The plan year's periods, each with the dates and title a new round of that period gets. */
    static List<PeriodOption> options(int year, int deadlineDays, Messages messages) {
        return PERIODS.stream().map(p -> new PeriodOption(p, messages.get(p.startsWith("H")
                        ? "round.period.option.half" : "round.period.option.quarter", periodWord(p)),
                periodEnd(p, year), periodEnd(p, year).plusDays(deadlineDays), defaultTitle(p, year, messages))).toList();
    }

    /** 1분기 … 4분기, 상반기, 하반기: as a message argument, resolved with the message it goes into. */
    static MessageSourceResolvable periodWord(String period) {
        int n = period.charAt(1) - '0';
        return period.startsWith("H") ? Messages.key(n == 1 ? "round.period.H1" : "round.period.H2")
                : Messages.key("round.period.quarter", n);
    }

    static LocalDate periodStart(String period, int year) {
        int n = period.charAt(1) - '0';
        int firstMonth = period.startsWith("H") ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1;
        return LocalDate.of(year, firstMonth, 1);
    }

    static LocalDate periodEnd(String period, int year) {
        int n = period.charAt(1) - '0';
        int lastMonth = period.startsWith("H") ? n * 6 : n * 3;
        return YearMonth.of(year, lastMonth).atEndOfMonth();
    }

    /** 2021년 1분기 추진상황 점검, 2021년 상반기 추진상황 보고회. */
    static String defaultTitle(String period, int year, Messages messages) {
        return messages.get(period.startsWith("H") ? "round.defaultTitle.half" : "round.defaultTitle.quarter", year,
                periodWord(period));
    }

    static boolean validPeriod(String period) {
        return period != null && PERIODS.contains(period);
    }

    /** The quarter a new round most likely checks: today's in the plan year, or the first / last one outside it. */
    static String suggestedPeriod(LocalDate today, int planYear) {
        if (today.getYear() < planYear) {
            return "Q1";
        }
        if (today.getYear() > planYear) {
            return "Q4";
        }
        return "Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }

    /**
     * A new round for the period: reference date at its last day, deadline the plan's default days later; it checks the
     * 중점과제 when the plan has chosen some, otherwise every task.
     */
    static RoundForm forPeriod(String period, int year, int deadlineDays, boolean planHasFocusTasks) {
        RoundForm f = new RoundForm();
        f.period = period;
        f.scope = planHasFocusTasks ? RoundScope.FOCUS : RoundScope.ALL;
        f.fillDates(year, deadlineDays);
        return f;
    }

    /** Sets the reference date and deadline the period proposes (the form's "구분에 맞춰 날짜 채우기"). */
    void fillDates(int year, int deadlineDays) {
        if (!validPeriod(period)) {
            return;
        }
        referenceDate = periodEnd(period, year);
        deadline = referenceDate.plusDays(deadlineDays);
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

    String titleOr(int planYear, Messages messages) {
        if (title != null && !title.isBlank()) {
            return title.trim();
        }
        return defaultTitle(period, year(planYear), messages);
    }

    /** The title a blank title field stands for (the field's placeholder). */
    String titlePlaceholder(int planYear, Messages messages) {
        return validPeriod(period) ? defaultTitle(period, year(planYear), messages) : "";
    }

    /** The words {@link #describe} needs for a blank title (the period's default title, as it would be saved). */
    RoundForm speaking(Messages messages) {
        this.words = messages;
        return this;
    }

    /**
     * Checks that need the plan year and the task count: the reference date inside the chosen period (and within a
     * year of the plan year), the deadline on or after the reference date and at most 92 days later, a scope with
     * tasks. A field the binder already marked keeps its message, and of several rules on one field the first speaks.
     */
    void check(int planYear, int coveredTasks) {
        RejectedInput.Collector rejected = RejectedInput.collect();
        if (referenceDate != null && Math.abs(referenceDate.getYear() - planYear) > 1) {
            rejected.reject("referenceDate", "round.referenceDate.range", planYear - 1, planYear + 1);
        }
        if (referenceDate != null && validPeriod(period)) {
            LocalDate start = periodStart(period, referenceDate.getYear());
            LocalDate end = periodEnd(period, referenceDate.getYear());
            if (referenceDate.isBefore(start) || referenceDate.isAfter(end)) {
                rejected.reject("referenceDate", "round.referenceDate.period", periodWord(period), start.toString(),
                        end.toString());
            }
        }
        if (referenceDate != null && deadline != null) {
            if (deadline.isBefore(referenceDate)) {
                rejected.reject("deadline", "round.deadline.beforeReference", referenceDate.toString());
            } else if (deadline.toEpochDay() - referenceDate.toEpochDay() > 92) {
                rejected.reject("deadline", "round.deadline.range");
            }
        }
        if (scope == RoundScope.SELECTED && (taskIds == null || taskIds.isEmpty())) {
            rejected.reject("taskIds", "round.tasks.required");
        } else if (scope != null && coveredTasks == 0) {
            rejected.reject("scope", scope == RoundScope.FOCUS ? "round.scope.noFocus" : "round.scope.empty");
        }
        rejected.throwIfAny();
    }

    /** The setting to save; a blank title becomes the period's own, of the reference date's year (else the plan's). */
    RoundCommands.Setup toCommand(int planYear, Messages messages) {
        return new RoundCommands.Setup(year(planYear), quarter(), halfYear(), titleOr(planYear, messages), referenceDate,
                deadline,
                scope, new LinkedHashSet<>(taskIds), version);
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("round.conflict.title", title != null && !title.isBlank() ? title.trim()
                : validPeriod(period) && referenceDate != null && words != null
                        ? defaultTitle(period, referenceDate.getYear(), words) : null);
        d.put("round.referenceDate", referenceDate == null ? null : referenceDate.toString());
        d.put("round.deadline", deadline == null ? null : deadline.toString());
        d.put("round.scope", scope == null ? null : scope.messageKey());
        return d;
    }

    public void setTaskIds(List<Long> taskIds) {
        this.taskIds = taskIds == null ? new ArrayList<>() : taskIds;
    }
}
