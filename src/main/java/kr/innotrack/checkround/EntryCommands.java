package kr.innotrack.checkround;

import java.time.Clock;
import java.time.LocalDateTime;
import kr.innotrack.checkround.events.RemedyRequested;
import kr.innotrack.checkround.events.SubmissionReturned;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.StaleEditException;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A department's entry (draft, submission) and the office's review of it (rating, return for correction). */
@Service
@Transactional
@RequiredArgsConstructor
public class EntryCommands {

    private final CheckRoundQueries reads;
    private final RemedyRepository remedies;
    private final ChangeHistory history;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    static final String ENTRY = "ROUND_ENTRY";

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    // ---------------------------------------------------------------- a department's entry

    /** A department's report on one task, read at {@code version}; texts blank-free (null when empty). */
    public record Report(Integer progress, Signal selfStatus, String achievements, String problems, String nextPlan,
                         Long version) {
    }

    /** The office's rating of an entry read at {@code version}, with its comment (null when empty). */
    public record Review(Rating rating, String comment, Long version) {
    }

    /** Returning a submitted entry read at {@code version}: what to correct. */
    public record Return(String comment, Long version) {
    }

    /**
     * Saves the entry as a draft or submits it. A submission after the deadline is accepted and marked late. The
     * entry is loaded and checked once here (tenant, writer, round state, version).
     */
    public void save(Long roundId, Long entryId, Report form, boolean submit, CurrentUser user) {
        RoundEntry entry = reads.entry(roundId, entryId, user.organizationId());
        CheckRound round = entry.getRound();
        RoundPolicy.checkWriteFor(user, entry.getDepartmentId());
        RoundPolicy.checkEntryWritable(round, entry);
        StaleEditException.unlessCurrent(form.version(), entry.getVersion(), "RoundEntry", entryId);
        SubmissionState stateBefore = entry.getSubmissionState();
        Changes changes = Changes.of()
                .field(messages.get("entry.history.progress"), percent(entry.getProgress()), percent(form.progress()))
                .field(messages.get("entry.selfStatus"), label(entry.getSelfStatus()), label(form.selfStatus()))
                .field(messages.get("entry.history.achievements"), entry.getAchievements(), form.achievements())
                .field(messages.get("entry.history.problems"), entry.getProblems(), form.problems())
                .field(messages.get("entry.history.nextPlan"), entry.getNextPlan(), form.nextPlan());
        entry.write(form.progress(), form.selfStatus(), form.achievements(), form.problems(),
                form.nextPlan());
        if (submit) {
            LocalDateTime at = now();
            boolean late = round.lateOn(at.toLocalDate());
            changes.field(messages.get("entry.submit"), messages.label(stateBefore),
                    messages.get(late ? "entry.history.submittedLate" : "entry.submit"));
            entry.submit(user.displayName(), at, late);
        }
        history.updated(user, RoundCommands.subject(round, entry.getTaskId(), ENTRY, entry.getId(),
                messages.get("entry.history.subject", round.getTitle())), changes);
    }

    private static String percent(Integer value) {
        return value == null ? null : value + "%";
    }

    private String label(Signal signal) {
        return signal == null ? null : messages.label(signal);
    }

    // ---------------------------------------------------------------- the office's review

    /**
     * Rates the entry. 미흡/부진 asks the department for a remedy; a better rating withdraws one not yet written. An
     * entry changed since the page was read is left as it is ({@link StepOutcome#STALE}).
     */
    public StepOutcome review(Long roundId, Long entryId, Review form, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "entry.rating");
        RoundEntry entry = reads.entry(roundId, entryId, user.organizationId());
        CheckRound round = entry.getRound();
        RoundPolicy.checkReviewable(round);
        if (!StepOutcome.current(form.version(), entry.getVersion())) {
            return StepOutcome.STALE;
        }
        Changes changes = Changes.of()
                .field(messages.get("entry.rating"), entry.getRating() == null ? null : messages.label(entry.getRating()),
                        messages.label(form.rating()))
                .field(messages.get("entry.reviewComment"), entry.getReviewComment(), form.comment());
        entry.review(form.rating(), form.comment(), user.displayName(), now());
        history.updated(user, RoundCommands.subject(round, entry.getTaskId(), ENTRY, entry.getId(),
                messages.get("entry.history.reviewSubject", round.getTitle())), changes);

        Long organizationId = round.getPlan().getOrganization().getId();
        Remedy remedy = remedies.findByEntryId(entryId).orElse(null);
        if (form.rating().needsRemedy()) {
            if (remedy == null || remedy.getState() == RemedyState.WITHDRAWN) {
                if (remedy == null) {
                    remedy = remedies.save(new Remedy(entry, now()));
                } else {
                    remedy.reopen(now());
                }
                history.created(user, RoundCommands.subject(round, entry.getTaskId(), RemedyCommands.REMEDY, remedy.getId(),
                        messages.get("remedy.history.requestSubject", round.getTitle())),
                        Changes.of().field(messages.get("remedy.history.state"), null, messages.label(RemedyState.REQUESTED)));
                events.publishEvent(new RemedyRequested(round.getId(), entry.getId(), remedy.getId(), organizationId,
                        entry.getDepartmentId(), entry.getTask().getCode(), entry.getTask().getTitle(),
                        form.rating()));
            }
        } else if (remedy != null && remedy.getState() == RemedyState.REQUESTED) {
            remedy.decide(RemedyState.WITHDRAWN, messages.get("remedy.withdrawnComment", Messages.word(form.rating())),
                    user.displayName(), now());
            history.updated(user, RoundCommands.subject(round, entry.getTaskId(), RemedyCommands.REMEDY, remedy.getId(),
                    messages.get("remedy.history.subject", round.getTitle())),
                    Changes.of().field(messages.get("remedy.history.state"), messages.label(RemedyState.REQUESTED),
                            messages.label(RemedyState.WITHDRAWN)));
        }
        return StepOutcome.DONE;
    }

    /**
     * Sends a submitted entry back to its department for correction; it becomes editable again. An entry changed
     * since the page was read is left as it is ({@link StepOutcome#STALE}).
     */
    public StepOutcome returnEntry(Long roundId, Long entryId, Return form, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "entry.action.return");
        RoundEntry entry = reads.entry(roundId, entryId, user.organizationId());
        CheckRound round = entry.getRound();
        RoundPolicy.checkReviewable(round);
        if (!StepOutcome.current(form.version(), entry.getVersion())) {
            return StepOutcome.STALE;
        }
        if (!entry.submitted()) {
            throw new NotAllowedNow("entry.error.returnNotSubmitted");
        }
        entry.returnForCorrection(form.comment(), user.displayName(), now());
        history.updated(user, RoundCommands.subject(round, entry.getTaskId(), ENTRY, entry.getId(),
                messages.get("entry.history.returnSubject", round.getTitle())),
                Changes.of().field(messages.get("entry.submit"), messages.label(SubmissionState.SUBMITTED),
                                messages.label(SubmissionState.RETURNED))
                        .field(messages.get("entry.returnComment"), null, form.comment()));
        events.publishEvent(new SubmissionReturned(round.getId(), entry.getId(),
                round.getPlan().getOrganization().getId(), entry.getDepartmentId(), round.getTitle(),
                entry.getTask().getCode(), form.comment()));
        return StepOutcome.DONE;
    }

}
