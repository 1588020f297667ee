package kr.innotrack.proposal;

import java.time.Clock;
import java.time.LocalDateTime;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.mail.Mailer;
import kr.innotrack.mail.OutgoingMail;
import kr.innotrack.organization.PublicOrganization;
import kr.innotrack.plan.CitizenProposalTasks;
import kr.innotrack.plan.TaskRef;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.StaleEditException;
import kr.innotrack.shared.web.RejectedInput;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of a proposal: a citizen's submission, the office's moderation (공개, 숨김) and triage (검토 시작, 채택,
 * 불채택). Each office step is for a planning admin, at the version the page showed (stale: 409), in the history;
 * a step the state does not allow is refused (409). A decision mails the proposer if they left an address and then
 * deletes the address.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ProposalCommands {

    private final ProposalRepository proposals;
    private final ProposalQueries queries;
    private final CitizenProposalTasks tasks;
    private final ChangeHistory history;
    private final Mailer mailer;
    private final Messages messages;
    private final Clock clock;

    /** What a citizen submitted (already checked by the form's rules). */
    public record Submission(String title, String body, ProposalCategory category, Long relatedTaskId, String email) {
    }

    /** Saves a new proposal, 검토 대기 and 접수; a related task must be one of the organization's confirmed plans. */
    public Long submit(PublicOrganization org, Submission s) {
        if (s.relatedTaskId() != null && tasks.publicChoices(org.id()).stream().noneMatch(t -> t.id().equals(s.relatedTaskId()))) {
            throw new RejectedInput("relatedTaskId", "proposal.relatedTask.unknown");
        }
        String email = s.email() == null || s.email().isBlank() ? null : s.email().strip();
        Proposal p = proposals.save(new Proposal(org.id(), s.title(), s.body(), s.category(), s.relatedTaskId(), email,
                now()));
        history.created(citizen(org.id()), subject(p), Changes.of()
                .field(messages.get("proposal.field.title"), null, p.getTitle())
                .field(messages.get("proposal.field.body"), null, p.getBody())
                .field(messages.get("proposal.field.category"), null,
                        p.getCategory() == null ? null : messages.label(p.getCategory()))
                .field(messages.get("proposal.field.email"), null,
                        email == null ? null : messages.get("proposal.history.emailGiven")));
        return p.getId();
    }

    public void publish(Long id, Long version, CurrentUser user) {
        Proposal p = current(id, version, user);
        if (!p.getPublication().canPublish()) {
            throw new NotAllowedNow("proposal.error.publish", messages.label(p.getPublication()));
        }
        Publication before = p.getPublication();
        p.publish(now());
        history.updated(user, subject(p), Changes.of().field(messages.get("proposal.field.publication"),
                messages.label(before), messages.label(p.getPublication())));
    }

    public void hide(Long id, Long version, String reason, CurrentUser user) {
        Proposal p = current(id, version, user);
        if (!p.getPublication().canHide()) {
            throw new NotAllowedNow("proposal.error.hide");
        }
        if (reason == null || reason.isBlank()) {
            throw new RejectedInput("reason", "proposal.hide.reasonRequired");
        }
        Publication before = p.getPublication();
        p.hide(reason);
        history.updated(user, subject(p), Changes.of()
                .field(messages.get("proposal.field.publication"), messages.label(before),
                        messages.label(p.getPublication()))
                .field(messages.get("proposal.field.hiddenReason"), null, reason));
    }

    public void startReview(Long id, Long version, CurrentUser user) {
        Proposal p = current(id, version, user);
        if (p.getTriage() != Triage.RECEIVED) {
            throw new NotAllowedNow("proposal.error.review", messages.label(p.getTriage()));
        }
        p.startReview();
        history.updated(user, subject(p), Changes.of().field(messages.get("proposal.field.triage"),
                messages.label(Triage.RECEIVED), messages.label(Triage.REVIEWING)));
    }

    public void adopt(Long id, Long version, Long taskId, CurrentUser user) {
        Proposal p = current(id, version, user);
        requireReviewing(p);
        TaskRef task = tasks.adoptableTask(user.organizationId(), taskId)
                .orElseThrow(() -> new RejectedInput("taskId", "proposal.adopt.taskRequired"));
        p.adopt(task.id(), now());
        tasks.markAdopted(task.id(), p.getId());
        history.updated(user, subject(p), Changes.of()
                .field(messages.get("proposal.field.triage"), messages.label(Triage.REVIEWING),
                        messages.label(Triage.ADOPTED))
                .field(messages.get("proposal.field.task"), null, task.code() + " " + task.title()));
        notifyProposer(p, messages.get("proposal.mail.adopted.text", p.getTitle(), task.code() + " " + task.title()),
                user);
    }

    public void reject(Long id, Long version, String reason, CurrentUser user) {
        Proposal p = current(id, version, user);
        requireReviewing(p);
        if (reason == null || reason.isBlank()) {
            throw new RejectedInput("reason", "proposal.reject.reasonRequired");
        }
        p.reject(reason, now());
        history.updated(user, subject(p), Changes.of()
                .field(messages.get("proposal.field.triage"), messages.label(Triage.REVIEWING),
                        messages.label(Triage.REJECTED))
                .field(messages.get("proposal.field.decisionReason"), null, reason));
        notifyProposer(p, messages.get("proposal.mail.rejected.text", p.getTitle(), reason), user);
    }

    private void requireReviewing(Proposal p) {
        if (p.getTriage() != Triage.REVIEWING) {
            throw new NotAllowedNow("proposal.error.decide", messages.label(p.getTriage()));
        }
    }

    /** Mails the decision (sent after commit) and deletes the address with it, in the history without the address. */
    private void notifyProposer(Proposal p, String text, CurrentUser user) {
        if (p.getAnswerEmail() == null) {
            return;
        }
        mailer.send(new OutgoingMail(p.getAnswerEmail(), messages.get("proposal.mail.subject", p.getTitle()), text,
                "proposal-decision"));
        p.forgetAddress();
        history.updated(user, subject(p), Changes.of().field(messages.get("proposal.field.email"),
                messages.get("proposal.history.emailGiven"), messages.get("proposal.history.emailDeleted")));
    }

    private Proposal current(Long id, Long version, CurrentUser user) {
        Proposal p = queries.proposal(id, user);
        StaleEditException.unlessCurrent(version, p.getVersion(), ProposalQueries.ENTITY, id);
        return p;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** The actor of a citizen's submission in the history: no account. */
    private CurrentUser citizen(Long organizationId) {
        return new CurrentUser(null, "citizen", messages.get("proposal.history.citizen"), organizationId, null, null);
    }

    static ChangeHistory.Subject subject(Proposal p) {
        return new ChangeHistory.Subject(p.getOrganizationId(), null, null, ProposalQueries.ENTITY, p.getId(),
                p.getTitle());
    }
}
