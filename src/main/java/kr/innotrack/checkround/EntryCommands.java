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

    /** Saves the entry as a draft or submits it. A submission after the deadline is accepted and marked late. */
    public void save(Long roundId, Long entryId, EntryForm form, boolean submit, CurrentUser user) {
        RoundEntry entry = reads.entry(roundId, entryId, user.organizationId());
        CheckRound round = entry.getRound();
        RoundPolicy.checkWriteFor(user, entry.getDepartmentId());
        RoundPolicy.checkEntryWritable(round, entry);
        StaleEditException.unlessCurrent(form.getVersion(), entry.getVersion(), "점검 실적", entryId);
        SubmissionState stateBefore = entry.getSubmissionState();
        Changes changes = Changes.of()
                .field("진척률", percent(entry.getProgress()), percent(form.getProgress()))
                .field("자체 판단", label(entry.getSelfStatus()), label(form.getSelfStatus()))
                .field("추진실적", entry.getAchievements(), form.getAchievements())
                .field("문제점", entry.getProblems(), form.getProblems())
                .field("향후계획", entry.getNextPlan(), form.getNextPlan());
        entry.write(form.getProgress(), form.getSelfStatus(), form.getAchievements(), form.getProblems(),
                form.getNextPlan());
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

    /** Rates the entry. 미흡/부진 asks the department for a remedy; a better rating withdraws one not yet written. */
    public void review(Long roundId, Long entryId, ReviewForm form, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "평가");
        RoundEntry entry = reads.entry(roundId, entryId, user.organizationId());
        CheckRound round = entry.getRound();
        RoundPolicy.checkReviewable(round);
        StaleEditException.unlessCurrent(form.getVersion(), entry.getVersion(), "점검 실적", entryId);
        Changes changes = Changes.of()
                .field("평가", entry.getRating() == null ? null : entry.getRating().label(), form.getRating().label())
                .field("평가 의견", entry.getReviewComment(), form.getComment());
        entry.review(form.getRating(), form.getComment(), user.displayName(), now());
        history.updated(user, RoundCommands.subject(round, entry.getTaskId(), ENTRY, entry.getId(), round.getTitle() + " 평가"), changes);

        Long organizationId = round.getPlan().getOrganization().getId();
        Remedy remedy = remedies.findByEntryId(entryId).orElse(null);
        if (form.getRating().needsRemedy()) {
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
                        form.getRating()));
            }
        } else if (remedy != null && remedy.getState() == RemedyState.REQUESTED) {
            remedy.decide(RemedyState.WITHDRAWN, "평가가 ‘" + form.getRating().label() + "’(으)로 바뀌어 요청을 철회합니다.",
                    user.displayName(), now());
            history.updated(user, RoundCommands.subject(round, entry.getTaskId(), RemedyCommands.REMEDY, remedy.getId(), "개선대책: " + round.getTitle()),
                    Changes.of().field("상태", RemedyState.REQUESTED.label(), RemedyState.WITHDRAWN.label()));
        }
    }

    /** Sends a submitted entry back to its department for correction; it becomes editable again. */
    public void returnEntry(Long roundId, Long entryId, ReturnForm form, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "보완 요청");
        RoundEntry entry = reads.entry(roundId, entryId, user.organizationId());
        CheckRound round = entry.getRound();
        RoundPolicy.checkReviewable(round);
        StaleEditException.unlessCurrent(form.getVersion(), entry.getVersion(), "점검 실적", entryId);
        if (!entry.submitted()) {
            throw new NotAllowedNow("제출된 실적만 보완을 요청할 수 있습니다.");
        }
        entry.returnForCorrection(form.getComment(), user.displayName(), now());
        history.updated(user, RoundCommands.subject(round, entry.getTaskId(), ENTRY, entry.getId(), round.getTitle() + " 보완 요청"),
                Changes.of().field("제출", SubmissionState.SUBMITTED.label(), SubmissionState.RETURNED.label())
                        .field("보완 요청 사유", null, form.getComment()));
        events.publishEvent(new SubmissionReturned(round.getId(), entry.getId(),
                round.getPlan().getOrganization().getId(), entry.getDepartmentId(), round.getTitle(),
                entry.getTask().getCode(), form.getComment()));
    }

}
