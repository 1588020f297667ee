package kr.innotrack.checkround;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.innotrack.checkround.events.RemedyDecided;
import kr.innotrack.checkround.events.RemedySubmitted;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.plan.Milestone;
import kr.innotrack.plan.TaskScheduling;
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

/** Remedies (원인분석·개선대책): written and submitted by the department, accepted or returned by the office. */
@Service
@Transactional
@RequiredArgsConstructor
public class RemedyCommands {

    private final CheckRoundQueries reads;
    private final TaskQueries tasks;
    private final TaskScheduling taskEditing;
    private final ChangeHistory history;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    static final String REMEDY = "REMEDY";

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    // ---------------------------------------------------------------- remedies

    /** A department's remedy read at {@code version}: texts null when empty, the milestones whose months it revises. */
    public record Proposal(String cause, String measures, java.time.LocalDate dueDate, List<Revision> revisions,
                           Long version) {
    }

    /** New planned months proposed for one of the task's milestones. */
    public record Revision(Long milestoneId, java.time.YearMonth newStart, java.time.YearMonth newEnd) {
    }

    /** The office's decision on a remedy read at {@code version}: accept, or return with a comment. */
    public record Decision(boolean accept, String comment, Long version) {
    }

    public void save(Long remedyId, Proposal form, boolean submit, CurrentUser user) {
        Remedy remedy = reads.remedy(remedyId, user.organizationId());
        RoundPolicy.checkWriteFor(user, remedy.getDepartmentId());
        remedy.getEntry().getRound().getPlan().requireOpen();
        if (!remedy.getState().writable()) {
            throw new NotAllowedNow("remedy.error.notWritable", Messages.word(remedy.getState()));
        }
        StaleEditException.unlessCurrent(form.version(), remedy.getVersion(), "Remedy", remedyId);
        Map<Long, Milestone> ownMilestones = tasks.milestonesOf(remedy.getTaskId()).stream()
                .collect(Collectors.toMap(Milestone::getId, m -> m));
        List<MilestoneRevision> revisions = form.revisions().stream()
                .filter(r -> ownMilestones.containsKey(r.milestoneId()))
                .map(r -> {
                    Milestone m = ownMilestones.get(r.milestoneId());
                    return new MilestoneRevision(r.milestoneId(), m.getPlannedStart(), m.getPlannedEnd(),
                            r.newStart(), r.newEnd());
                }).toList();
        Changes changes = Changes.of()
                .field(messages.get("remedy.cause"), remedy.getCause(), form.cause())
                .field(messages.get("remedy.measures"), remedy.getMeasures(), form.measures())
                .field(messages.get("remedy.dueDate"), remedy.getDueDate(), form.dueDate())
                .field(messages.get("remedy.history.revisions"), describe(remedy.getRevisions(), ownMilestones),
                        describe(revisions, ownMilestones));
        remedy.write(form.cause(), form.measures(), form.dueDate(), revisions);
        CheckRound round = remedy.getEntry().getRound();
        if (submit) {
            changes.field(messages.get("remedy.history.state"), messages.label(remedy.getState()),
                    messages.label(RemedyState.SUBMITTED));
            remedy.submit(now());
            events.publishEvent(new RemedySubmitted(remedyId, round.getPlan().getOrganization().getId(),
                    remedy.getEntry().getTask().getCode()));
        }
        history.updated(user, RoundCommands.subject(round, remedy.getTaskId(), REMEDY, remedy.getId(),
                messages.get("remedy.history.subject", round.getTitle())), changes);
    }

    /** "시민감사관 교육 추진: 2021-06~2021-07 → 2021-08~2021-09, …": milestones by their description, old and new months. */
    private String describe(List<MilestoneRevision> revisions, Map<Long, Milestone> milestones) {
        if (revisions.isEmpty()) {
            return null;
        }
        return revisions.stream().map(r -> {
            Milestone m = milestones.get(r.getMilestoneId());
            String name = m == null ? messages.get("remedy.deletedMilestone") : m.getDescription();
            String before = r.getOldStart() == null && r.getOldEnd() == null ? "" : months(r.getOldStart(), r.getOldEnd()) + " → ";
            return name + ": " + before + months(r.getNewStart(), r.getNewEnd());
        }).collect(Collectors.joining(", "));
    }

    private static String months(java.time.YearMonth start, java.time.YearMonth end) {
        return (start == null ? "" : start.toString()) + "~" + (end == null ? "" : end.toString());
    }

    /**
     * Accepts a submitted remedy (its revised dates become the milestones' planned dates) or returns it. A remedy
     * changed since the page was read is left as it is ({@link StepOutcome#STALE}).
     */
    public StepOutcome decide(Long remedyId, Decision form, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "remedy.action.decide");
        Remedy remedy = reads.remedy(remedyId, user.organizationId());
        if (remedy.getState() != RemedyState.SUBMITTED) {
            throw new NotAllowedNow("remedy.error.notSubmitted", Messages.word(remedy.getState()));
        }
        if (!StepOutcome.current(form.version(), remedy.getVersion())) {
            return StepOutcome.STALE;
        }
        CheckRound round = remedy.getEntry().getRound();
        round.getPlan().requireOpen(); // a closed year's schedule no longer moves, not even by a late remedy
        Long organizationId = round.getPlan().getOrganization().getId();
        String task = remedy.getEntry().getTask().getCode();
        RemedyState outcome = form.accept() ? RemedyState.ACCEPTED : RemedyState.RETURNED;
        remedy.decide(outcome, form.comment(), user.displayName(), now());
        history.updated(user, RoundCommands.subject(round, remedy.getTaskId(), REMEDY, remedy.getId(),
                messages.get("remedy.history.subject", round.getTitle())),
                Changes.of().field(messages.get("remedy.history.state"), messages.label(RemedyState.SUBMITTED),
                                messages.label(outcome))
                        .field(messages.get("remedy.history.officeComment"), null, form.comment()));
        if (outcome == RemedyState.ACCEPTED) {
            for (MilestoneRevision r : remedy.getRevisions()) {
                taskEditing.applyRevisedSchedule(remedy.getTaskId(), r.getMilestoneId(), r.getNewStart(), r.getNewEnd(),
                        messages.get("remedy.history.accepted"), user);
            }
        }
        events.publishEvent(new RemedyDecided(remedyId, organizationId, remedy.getDepartmentId(), task,
                outcome == RemedyState.ACCEPTED, remedy.getRevisions().size(), form.comment()));
        return StepOutcome.DONE;
    }

}
