package kr.innotrack.competition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import kr.innotrack.evidence.AttachmentIntake;
import kr.innotrack.participation.Participation;
import kr.innotrack.participation.ParticipationRefused;
import kr.innotrack.participation.Purpose;
import kr.innotrack.participation.Voice;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.web.RejectedInput;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A citizen's entry, in two steps without a session: {@link #requestCode} checks the entry against the call's rules
 * and mails a one-time code to the address; {@link #submit} checks everything again, uses up the code, refuses a
 * second entry of the same verified address to the same call, and saves the entry with one file per document in one
 * transaction (a refused file: nothing saved, the code still valid).
 */
@Service
@RequiredArgsConstructor
class PublicEntries {

    static final String PURPOSE = "competition";

    private final CompetitionQueries queries;
    private final EntryRepository entries;
    private final Participation participation;
    private final AttachmentIntake intake;
    private final Clock clock;

    static Purpose purpose(Long competitionId) {
        return new Purpose(PURPOSE, competitionId);
    }

    /** The call, if it takes entries today (접수기간); otherwise refused (409). */
    Competition openCall(Long organizationId, Long id) {
        Competition c = queries.publicCall(organizationId, id);
        if (c.phase(LocalDate.now(clock)) != Phase.OPEN) {
            throw new NotAllowedNow("competition.entry.notOpen");
        }
        return c;
    }

    /** Rules that need the call (consent, age, team), for the form's {@code check} step. */
    void check(Competition c, EntryForm form) {
        form.check(c, LocalDate.now(clock).getYear());
    }

    @Transactional
    void requestCode(Long organizationId, Long id, EntryForm form, String clientAddress) {
        Competition c = openCall(organizationId, id);
        check(c, form);
        try {
            participation.requestCode(form.getEmail(), purpose(id), clientAddress);
        } catch (ParticipationRefused refused) {
            throw refusal(refused, "email");
        }
    }

    @Transactional
    CompetitionEntry submit(Long organizationId, Long id, EntryForm form, String clientAddress) {
        Competition c = openCall(organizationId, id);
        check(c, form);
        List<RequiredDocument> documents = c.getDocuments();
        RejectedInput.Collector missing = RejectedInput.collect();
        for (int i = 0; i < documents.size(); i++) {
            var file = form.file(i);
            if (documents.get(i).isRequired() && (file == null || file.isEmpty())) {
                missing.reject("files[" + i + "]", "competition.entry.file.required", documents.get(i).getName());
            }
        }
        missing.throwIfAny();
        Voice voice;
        try {
            voice = participation.confirm(form.getEmail(), form.getCode(), purpose(id), clientAddress);
        } catch (ParticipationRefused refused) {
            throw refusal(refused, "code");
        }
        if (entries.existsByCompetitionIdAndVoice(id, voice.key())) {
            throw new RejectedInput("email", "competition.entry.duplicate");
        }
        CompetitionEntry e = entries.saveAndFlush(new CompetitionEntry(id, form, form.getEmail().toLowerCase(java.util.Locale.ROOT),
                voice.key(), LocalDateTime.now(clock)));
        var owner = EntryEvidence.owner(c, e);
        for (int i = 0; i < documents.size(); i++) {
            var file = form.file(i);
            if (file != null && !file.isEmpty()) {
                intake.attach(owner, file, "files[" + i + "]", form.getApplicantName());
            }
        }
        return e;
    }

    private static RejectedInput refusal(ParticipationRefused refused, String defaultField) {
        String field = "code".equals(refused.getField()) ? "code" : "email".equals(refused.getField()) ? "email"
                : defaultField;
        return new RejectedInput(field, refused.getMessageKey(), refused.getArguments());
    }
}
