package kr.innotrack.checkround;

import java.time.Clock;
import java.time.LocalDateTime;
import kr.innotrack.checkround.events.RemedyRequested;
import kr.innotrack.checkround.events.SubmissionReturned;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
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
        StaleEditException.unlessCurrent(form.version(), entry.getVersion(), "점검 실적", entryId);
        SubmissionState stateBefore = entry.getSubmissionState();
        Changes changes = Changes.of()
                .field("진척률", percent(entry.getProgress()), percent(form.progress()))
                .field("자체 판단", label(entry.getSelfStatus()), label(form.selfStatus()))
                .field("추진실적", entry.getAchievements(), form.achievements())
                .field("문제점", entry.getProblems(), form.problems())
                .field("향후계획", entry.getNextPlan(), form.nextPlan());
        entry.write(form.progress(), form.selfStatus(), form.achievements(), form.problems(),
                form.nextPlan());
        if (submit) {
            LocalDateTime at = now();
            boolean late = round.lateOn(at.toLocalDate());
            changes.field("제출", stateBefore.label(), late ? "제출(기한 후)" : "제출");
            entry.submit(user.displayName(), at, late);
        }
        history.updated(user, RoundCommands.subject(round, entry.getTaskId(), ENTRY, entry.getId(), round.getTitle() + " 실적"), changes);
    }

    private static String percent(Integer value) {
        return value == null ? null : value + "%";
    }

    private static String label(Signal signal) {
        return signal == null ? null : signal.label();
    }

    // ---------------------------------------------------------------- the office's review

    /**
     * Rates the entry. 미흡/부진 asks the department for a remedy; a better rating withdraws one not yet written. An
     * entry changed since the page was read is left as it is ({@link StepOutcome#STALE}).
     */
    public StepOutcome review(Long roundId, Long entryId, Review form, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "평가");
        RoundEntry entry = reads.entry(roundId, entryId, user.organizationId());
        CheckRound round = entry.getRound();
        RoundPolicy.checkReviewable(round);
        if (!StepOutcome.current(form.version(), entry.getVersion())) {
            return StepOutcome.STALE;
        }
        Changes changes = Changes.of()
                .field("평가", entry.getRating() == null ? null : entry.getRating().label(), form.rating().label())
                .field("평가 의견", entry.getReviewComment(), form.comment());
        entry.review(form.rating(), form.comment(), user.displayName(), now());
        history.updated(user, RoundCommands.subject(round, entry.getTaskId(), ENTRY, entry.getId(), round.getTitle() + " 평가"), changes);

        Long organizationId = round.getPlan().getOrganization().getId();
        Remedy remedy = remedies.findByEntryId(entryId).orElse(null);
        if (form.rating().needsRemedy()) {
            if (remedy == null || remedy.getState() == RemedyState.WITHDRAWN) {
                if (remedy == null) {
                    remedy = remedies.save(new Remedy(entry, now()));
                } else {
                    remedy.reopen(now());
                }
                history.created(user, RoundCommands.subject(round, entry.getTaskId(), RemedyCommands.REMEDY, remedy.getId(), "개선대책 요청: " + round.getTitle()),
                        Changes.of().field("상태", null, RemedyState.REQUESTED.label()));
                events.publishEvent(new RemedyRequested(round.getId(), entry.getId(), remedy.getId(), organizationId,
                        entry.getDepartmentId(), entry.getTask().getCode(), entry.getTask().getTitle(),
                        form.rating()));
            }
        } else if (remedy != null && remedy.getState() == RemedyState.REQUESTED) {
            remedy.decide(RemedyState.WITHDRAWN, "평가가 ‘" + form.rating().label() + "’(으)로 바뀌어 요청을 철회합니다.",
                    user.displayName(), now());
            history.updated(user, RoundCommands.subject(round, entry.getTaskId(), RemedyCommands.REMEDY, remedy.getId(), "개선대책: " + round.getTitle()),
                    Changes.of().field("상태", RemedyState.REQUESTED.label(), RemedyState.WITHDRAWN.label()));
        }
        return StepOutcome.DONE;
    }

    /**
     * Sends a submitted entry back to its department for correction; it becomes editable again. An entry changed
     * since the page was read is left as it is ({@link StepOutcome#STALE}).
     */
    public StepOutcome returnEntry(Long roundId, Long entryId, Return form, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "보완 요청");
        RoundEntry entry = reads.entry(roundId, entryId, user.organizationId());
        CheckRound round = entry.getRound();
        RoundPolicy.checkReviewable(round);
        if (!StepOutcome.current(form.version(), entry.getVersion())) {
            return StepOutcome.STALE;
        }
        if (!entry.submitted()) {
            throw new NotAllowedNow("제출된 실적만 보완을 요청할 수 있습니다.");
        }
        entry.returnForCorrection(form.comment(), user.displayName(), now());
        history.updated(user, RoundCommands.subject(round, entry.getTaskId(), ENTRY, entry.getId(), round.getTitle() + " 보완 요청"),
                Changes.of().field("제출", SubmissionState.SUBMITTED.label(), SubmissionState.RETURNED.label())
                        .field("보완 요청 사유", null, form.comment()));
        events.publishEvent(new SubmissionReturned(round.getId(), entry.getId(),
                round.getPlan().getOrganization().getId(), entry.getDepartmentId(), round.getTitle(),
                entry.getTask().getCode(), form.comment()));
        return StepOutcome.DONE;
    }

}
