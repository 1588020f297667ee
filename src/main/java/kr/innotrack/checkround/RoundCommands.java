package kr.innotrack.checkround;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.innotrack.checkround.events.RoundOpened;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.plan.Plan;
import kr.innotrack.plan.Task;
import kr.innotrack.plan.TaskQueries;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.StaleEditException;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up, moving and deleting a round. Each change checks the tenant (404), the role (403), the state (409) and
 * the version (conflict), writes the history and publishes what others hear of ({@code checkround.events}), all in
 * one transaction.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class RoundCommands {

    private final CheckRoundQueries reads;
    private final CheckRoundRepository rounds;
    private final RoundEntryRepository entries;
    private final RemedyRepository remedies;
    private final RoundEntryEvidenceRepository evidence;
    private final TaskQueries tasks;
    private final ChangeHistory history;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    static final String ROUND = "CHECK_ROUND";

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /**
     * A round's setting: its year, quarter (the last of a half-year) and kind, its title (a blank title already
     * replaced by the period's), reference date, deadline and scope (with the tasks of a selected scope), read at
     * {@code version} (null for a new round).
     */
    public record Setup(int year, int quarter, boolean halfYear, String title, LocalDate referenceDate,
                        LocalDate deadline, RoundScope scope, java.util.Set<Long> taskIds, Long version) {
    }

    public CheckRound create(Long planId, Setup form, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "round.action.create");
        Plan plan = reads.plan(planId, user.organizationId());
        plan.requireConfirmed();
        CheckRound round = rounds.save(new CheckRound(plan, form.year(), form.quarter(),
                form.halfYear(), form.title(), form.referenceDate(), form.deadline(),
                form.scope(), now()));
        fillEntries(round, form);
        history.created(user, subject(round, null, ROUND, round.getId(), round.getTitle()), Changes.of()
                .field(messages.get("round.referenceDate"), null, round.getReferenceDate())
                .field(messages.get("round.deadline"), null, round.getDeadline())
                .field(messages.get("round.scope"), null, messages.label(round.getScope())));
        return round;
    }

    public void update(Long roundId, Setup form, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "round.edit");
        CheckRound round = reads.round(roundId, user.organizationId());
        StaleEditException.unlessCurrent(form.version(), round.getVersion(), "CheckRound", roundId);
        if (!round.getState().editable()) {
            throw new NotAllowedNow("round.error.notPreparing");
        }
        Changes changes = Changes.of()
                .field(messages.get("round.history.title"), round.getTitle(), form.title())
                .field(messages.get("round.referenceDate"), round.getReferenceDate(), form.referenceDate())
                .field(messages.get("round.deadline"), round.getDeadline(), form.deadline())
                .field(messages.get("round.scope"), messages.label(round.getScope()), messages.label(form.scope()));
        round.change(form.title(), form.referenceDate(), form.deadline(), form.scope());
        entries.deleteByRoundId(roundId);
        entries.flush();
        fillEntries(round, form);
        history.updated(user, subject(round, null, ROUND, round.getId(), round.getTitle()), changes);
    }

    private void fillEntries(CheckRound round, Setup form) {
        int order = 0;
        for (Task t : reads.coveredTasks(round.getPlanId(), form.scope(), new HashSet<>(form.taskIds()))) {
            entries.save(new RoundEntry(round, t, t.getLeadDepartment(), order++));
        }
    }

    /**
     * Deletes a round still in 준비, once the admin has confirmed. A round with anything written in it (a submission,
     * a draft, a rating, a remedy) is never deleted: it is a record. A round changed since the page was read is left
     * as it is ({@link StepOutcome#STALE}).
     */
    public StepOutcome delete(Long roundId, Long version, boolean confirmed, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "round.delete");
        CheckRound round = reads.round(roundId, user.organizationId());
        if (!StepOutcome.current(version, round.getVersion())) {
            return StepOutcome.STALE;
        }
        List<RoundEntry> list = entries.findPlainByRound(roundId);
        long written = list.stream().filter(e -> e.getSubmissionState() != SubmissionState.NOT_STARTED
                || e.getRating() != null).count();
        if (written > 0) {
            throw new NotAllowedNow("round.error.deleteWritten", written);
        }
        if (!round.getState().editable()) {
            throw new NotAllowedNow("round.error.deleteStarted");
        }
        if (!confirmed) {
            throw new NotAllowedNow("round.error.deleteUnconfirmed");
        }
        history.deleted(user, subject(round, null, ROUND, round.getId(), round.getTitle()),
                Changes.of().field(messages.get("round.history.title"), round.getTitle(), null)
                        .field(messages.get("round.entries"), messages.get("round.history.count", list.size()), null));
        entries.deleteByRoundId(roundId);
        rounds.delete(round);
        return StepOutcome.DONE;
    }

    /** What a move needs the admin to confirm first: closing always; opening when the deadline has already passed. */
    static boolean needsConfirmation(CheckRound round, RoundState target, LocalDate today) {
        return target == RoundState.CLOSED || (target == RoundState.SUBMISSION && round.lateOn(today));
    }

    /**
     * One step forward. Opening notifies the departments; closing freezes each entry's record (its computed status
     * with its reasons and counts, its KPI figures, as at the reference date). Closing, and opening after the deadline,
     * need the admin's explicit confirmation (the confirmation page says what the step leaves behind). A round
     * changed since the page was read is left as it is ({@link StepOutcome#STALE}).
     */
    public StepOutcome moveTo(Long roundId, RoundState target, Long version, boolean confirmed, CurrentUser user) {
        CheckRound round = reads.round(roundId, user.organizationId());
        RoundPolicy.checkTransition(user, round.getState(), target);
        if (!StepOutcome.current(version, round.getVersion())) {
            return StepOutcome.STALE;
        }
        if (needsConfirmation(round, target, now().toLocalDate()) && !confirmed) {
            throw new NotAllowedNow("round.error.moveUnconfirmed", Messages.word(target));
        }
        List<RoundEntry> list = entries.findByRound(roundId);
        if (target == RoundState.SUBMISSION && list.isEmpty()) {
            throw new NotAllowedNow("round.error.noEntries");
        }
        RoundState from = round.getState();
        round.moveTo(target, now());
        history.updated(user, subject(round, null, ROUND, round.getId(), round.getTitle()),
                Changes.of().field(messages.get("round.state"), messages.label(from), messages.label(target)));
        Long organizationId = round.getPlan().getOrganization().getId();
        if (target == RoundState.SUBMISSION) {
            Map<Long, Long> perDepartment = list.stream().filter(e -> e.getDepartmentId() != null)
                    .collect(Collectors.groupingBy(RoundEntry::getDepartmentId, java.util.TreeMap::new,
                            Collectors.counting()));
            events.publishEvent(new RoundOpened(round.getId(), organizationId, round.getTitle(), round.getDeadline(),
                    java.util.Collections.unmodifiableMap(perDepartment)));
        }
        if (target == RoundState.CLOSED) {
            freeze(round, list);
        }
        return StepOutcome.DONE;
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
            SignalCalculator.Result result = CheckRoundQueries.compute(round, e.getTaskId(), e.getProgress(), data,
                    rules, asOf);
            Remedy remedy = byEntry.get(e.getId());
            e.freeze(result, result.reasonText(messages), remedy == null ? null : remedy.getState(), at);
            evidence.saveAll(RoundEntryEvidence.of(e.getId(), result, messages));
        }
    }

    // ---------------------------------------------------------------- helpers

    static String link(CheckRound round) {
        return "/rounds/" + round.getId();
    }

    static ChangeHistory.Subject subject(CheckRound round, Long taskId, String type, Long id, String label) {
        return new ChangeHistory.Subject(round.getPlan().getOrganization().getId(), taskId, null, type, id, label);
    }

}
