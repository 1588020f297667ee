package kr.innotrack.competition;

import kr.innotrack.evidence.AttachmentOwner;
import kr.innotrack.evidence.Owner;
import kr.innotrack.evidence.OwnerKind;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a contest entry: read by the planning admins of the call's organization (like the entries page), never changed by staff
 * (the applicant's files as sent: frozen), never readable by anyone public (evidence's download needs a sign-in).
 * Sent by the applicant through {@link PublicEntries} and evidence's {@code AttachmentIntake}.
 */
@Component
@RequiredArgsConstructor
class EntryEvidence implements AttachmentOwner {

    private final EntryRepository entries;
    private final CompetitionRepository calls;

    @Override
    public OwnerKind kind() {
        return OwnerKind.COMPETITION_ENTRY;
    }

    @Override
    @Transactional(readOnly = true)
    public Owner resolve(Long entryId, CurrentUser user) {
        CompetitionEntry e = entries.findById(entryId)
                .orElseThrow(() -> new NotFoundException("competition.entry.record", entryId));
        Competition c = calls.findByIdAndOrganizationId(e.getCompetitionId(), user.organizationId())
                .orElseThrow(() -> new NotFoundException("competition.entry.record", entryId));
        // applicants' documents (often minors'): the planning office that runs the call, as on the entries page
        CompetitionQueries.unlessAdmin(user);
        return owner(c, e);
    }

    static Owner owner(Competition c, CompetitionEntry e) {
        return new Owner(OwnerKind.COMPETITION_ENTRY, e.getId(), c.getOrganizationId(),
                c.getTitle() + " · " + e.getTitle(), "/competitions/" + c.getId() + "#entry-" + e.getId(), false, false,
                true, CompetitionCommands.subject(c));
    }
}
