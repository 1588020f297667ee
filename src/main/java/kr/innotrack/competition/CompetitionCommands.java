package kr.innotrack.competition;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.mail.Mailer;
import kr.innotrack.mail.OutgoingMail;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.StaleEditException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's changes to calls: create and edit (a draft only), announce (준비 → 공고), grade the entries (after the
 * receipt period), publish the results (공고 → 심사 완료, every applicant mailed the result after the commit). Each
 * change checks the version it was read at and writes the call's history.
 */
@Service
@RequiredArgsConstructor
@Transactional
class CompetitionCommands {

    private final CompetitionRepository calls;
    private final EntryRepository entries;
    private final CompetitionQueries queries;
    private final ChangeHistory history;
    private final Messages messages;
    private final Mailer mailer;
    private final Clock clock;

    Competition create(CompetitionForm form, CurrentUser user) {
        CompetitionQueries.unlessAdmin(user);
        Competition c = new Competition(user.organizationId(), LocalDateTime.now(clock));
        c.apply(form);
        calls.saveAndFlush(c);
        history.created(user, subject(c), describe(c));
        return c;
    }

    void update(Long id, CompetitionForm form, CurrentUser user) {
        Competition c = queries.callWithDocuments(id, user);
        StaleEditException.unlessCurrent(form.getVersion(), c.getVersion(), "competition", id);
        if (c.getState() != CompetitionState.DRAFT) {
            throw new NotAllowedNow("competition.error.notDraft");
        }
        Changes before = describe(c);
        c.apply(form);
        calls.saveAndFlush(c);
        history.updated(user, subject(c), diff(before, describe(c)));
    }

    void announce(Long id, Long version, CurrentUser user) {
        Competition c = queries.callWithDocuments(id, user);
        StaleEditException.unlessCurrent(version, c.getVersion(), "competition", id);
        if (c.getState() != CompetitionState.DRAFT) {
            throw new NotAllowedNow("competition.error.notDraft");
        }
        c.announce(LocalDateTime.now(clock));
        calls.saveAndFlush(c);
        history.updated(user, subject(c), Changes.of().field(messages.get("competition.field.state"),
                messages.get(Phase.DRAFT.messageKey()), messages.get("competition.state.ANNOUNCED")));
    }

    void grade(Long id, Long entryId, Grade grade, Long version, CurrentUser user) {
        Competition c = queries.call(id, user);
        CompetitionEntry e = entries.findById(entryId).filter(x -> x.getCompetitionId().equals(c.getId()))
                .orElseThrow(() -> new NotFoundException("competition.entry.record", entryId));
        StaleEditException.unlessCurrent(version, e.getVersion(), "competition entry", entryId);
        if (c.phase(queries.today()) != Phase.CLOSED) {
            throw new NotAllowedNow("competition.error.notGradable");
        }
        Grade before = e.getGrade();
        e.grade(grade);
        entries.saveAndFlush(e);
        history.updated(user, subject(c), Changes.of().field(
                messages.get("competition.history.grade", e.getTitle()),
                before == null ? null : messages.get(before.messageKey()), messages.get(grade.messageKey())));
    }

    /** Publishes the results: entries without a grade become 미선정; each applicant gets the result by e-mail. */
    void publishResults(Long id, Long version, CurrentUser user) {
        Competition c = queries.call(id, user);
        StaleEditException.unlessCurrent(version, c.getVersion(), "competition", id);
        if (c.phase(queries.today()) != Phase.CLOSED) {
            throw new NotAllowedNow("competition.error.notPublishable");
        }
        List<CompetitionEntry> list = entries.findByCompetitionIdOrderByIdAsc(id);
        list.stream().filter(e -> e.getGrade() == null).forEach(e -> e.grade(Grade.NONE));
        c.publishResults(LocalDateTime.now(clock));
        calls.saveAndFlush(c);
        long winners = list.stream().filter(e -> e.getGrade().winner()).count();
        history.updated(user, subject(c), Changes.of()
                .field(messages.get("competition.field.state"), messages.get(Phase.CLOSED.messageKey()),
                        messages.get("competition.state.JUDGED"))
                .field(messages.get("competition.history.winners"), null,
                        list.stream().filter(e -> e.getGrade().winner())
                                .map(e -> messages.get(e.getGrade().messageKey()) + " " + e.getTitle())
                                .collect(Collectors.joining(", ")) + " (" + winners + "/" + list.size() + ")"));
        for (CompetitionEntry e : list) {
            mailer.send(new OutgoingMail(e.getEmail(), messages.get("competition.mail.subject", c.getTitle()),
                    messages.get(e.getGrade().winner() ? "competition.mail.won" : "competition.mail.notSelected",
                            e.getApplicantName(), c.getTitle(), e.getTitle(), messages.get(e.getGrade().messageKey())),
                    "competition-result"));
        }
    }

    static ChangeHistory.Subject subject(Competition c) {
        return new ChangeHistory.Subject(c.getOrganizationId(), null, null, CompetitionQueries.ENTITY, c.getId(),
                c.getTitle());
    }

    private Changes describe(Competition c) {
        return Changes.of()
                .field(messages.get("competition.field.title"), null, c.getTitle())
                .field(messages.get("competition.field.theme"), null, c.getTheme())
                .field(messages.get("competition.field.contestPeriod"), null, c.getContestStart() + " ~ " + c.getContestEnd())
                .field(messages.get("competition.field.receiptPeriod"), null, c.getReceiptStart() + " ~ " + c.getReceiptEnd())
                .field(messages.get("competition.field.eligibility"), null, c.getEligibility())
                .field(messages.get("competition.field.rules"), null, rules(c))
                .field(messages.get("competition.field.documents"), null, c.getDocuments().stream()
                        .map(d -> d.getName() + (d.isRequired() ? "" : " " + messages.get("competition.document.optional")))
                        .collect(Collectors.joining(", ")))
                .field(messages.get("competition.field.method"), null, c.getSubmissionMethod());
    }

    private String rules(Competition c) {
        return messages.get("competition.rules.summary",
                c.getMinAge() == null ? "-" : c.getMinAge(), c.getMaxAge() == null ? "-" : c.getMaxAge(),
                c.isIndividualAllowed() ? "O" : "X", c.isTeamAllowed() ? "O" : "X",
                c.getMinTeamSize() == null ? "-" : c.getMinTeamSize(), c.getMaxTeamSize() == null ? "-" : c.getMaxTeamSize());
    }

    private static Changes diff(Changes before, Changes after) {
        java.util.Map<String, String> was = new java.util.LinkedHashMap<>();
        before.list().forEach(c -> was.put(c.field(), c.newValue()));
        java.util.Map<String, String> now = new java.util.LinkedHashMap<>();
        after.list().forEach(c -> now.put(c.field(), c.newValue()));
        java.util.Set<String> fields = new java.util.LinkedHashSet<>(was.keySet());
        fields.addAll(now.keySet());
        Changes d = Changes.of();
        fields.forEach(f -> d.field(f, was.get(f), now.get(f)));
        return d;
    }
}
