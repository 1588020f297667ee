package kr.innotrack.checkround;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import lombok.RequiredArgsConstructor;

/** Read API of check rounds (docs/api.md); same access rules as the pages. */
@RestController
@RequiredArgsConstructor
class CheckRoundApiController {

    private final CheckRoundQueries rounds;
    private final Messages messages;

    record RoundJson(Long id, String title, int year, int quarter, boolean halfYear, LocalDate referenceDate,
                     LocalDate deadline, String state, String scope, long taskCount, long submitted, long late) {
    }

    record SubmissionJson(String state, Integer progress, String selfStatus, LocalDateTime submittedAt, boolean late) {
    }

    record RemedyJson(Long id, String state, LocalDate dueDate) {
    }

    /** Milestones due, done and delayed by the reference date. */
    record MilestoneCountJson(int due, int done, int delayed) {
    }

    /** A KPI as judged: its target pro-rata to the reference date, the value judged (and its quarter), the rate. */
    record KpiJson(String name, String unit, java.math.BigDecimal baseline, java.math.BigDecimal target,
                   java.math.BigDecimal expected, java.math.BigDecimal actual, Integer actualQuarter,
                   java.math.BigDecimal rate, String level) {
    }

    /**
     * One task of the round. {@code frozen}: the computed status and its evidence are the record kept when the round
     * closed ({@code frozenAt}); before that they are worked out from the data as at the reference date.
     */
    record EntryJson(String code, String title, String department, SubmissionJson submission, String computedStatus,
                     List<String> computedReasons, MilestoneCountJson milestones, List<KpiJson> kpis, boolean frozen,
                     LocalDateTime frozenAt, String rating, RemedyJson remedy) {
    }

    record RoundDetailJson(Long id, Long planId, String title, int year, int quarter, boolean halfYear,
                           LocalDate referenceDate, LocalDate deadline, String state, String scope, List<EntryJson> tasks) {
    }

    @GetMapping("/api/plans/{planId}/rounds")
    List<RoundJson> rounds(@PathVariable Long planId, CurrentUser user) {
        return rounds.summaries(planId, user.organizationId()).stream().map(s -> {
            CheckRound r = s.round();
            return new RoundJson(r.getId(), r.getTitle(), r.getRoundYear(), r.getQuarter(), r.isHalfYear(),
                    r.getReferenceDate(), r.getDeadline(), r.getState().name(), r.getScope().name(), s.taskCount(),
                    s.submitted(), s.late());
        }).toList();
    }

    @GetMapping("/api/rounds/{roundId}")
    RoundDetailJson round(@PathVariable Long roundId, CurrentUser user) {
        RoundViews.Round view = rounds.view(roundId, user.organizationId());
        CheckRound r = view.round();
        List<EntryJson> tasks = view.rows().stream().map(row -> {
            RoundEntry e = row.entry();
            RemedyState remedyState = row.remedyState();
            return new EntryJson(e.getTask().getCode(), e.getTask().getTitle(),
                    e.getDepartment() == null ? null : e.getDepartment().getName(),
                    new SubmissionJson(e.getSubmissionState().name(), e.getProgress(),
                            e.getSelfStatus() == null ? null : e.getSelfStatus().name(), e.getSubmittedAt(), e.isLate()),
                    row.computed().status().name(), row.computed().reasons(messages),
                    new MilestoneCountJson(row.computed().due(), row.computed().done(), row.computed().delayed()),
                    row.computed().kpis().stream().map(k -> new KpiJson(k.name(), k.unit(), k.baseline(), k.target(),
                            k.expected(), k.actual(), k.actualQuarter(), k.rate(),
                            k.level() == null ? null : k.level().name())).toList(),
                    r.getState().closed(), e.getFrozenAt(),
                    e.getRating() == null ? null : e.getRating().name(),
                    row.remedy() == null ? null
                            : new RemedyJson(row.remedy().getId(), remedyState.name(), row.remedy().getDueDate()));
        }).toList();
        return new RoundDetailJson(r.getId(), r.getPlanId(), r.getTitle(), r.getRoundYear(), r.getQuarter(),
                r.isHalfYear(), r.getReferenceDate(), r.getDeadline(), r.getState().name(), r.getScope().name(), tasks);
    }
}
