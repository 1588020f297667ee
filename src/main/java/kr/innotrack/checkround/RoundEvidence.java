package kr.innotrack.checkround;

import kr.innotrack.evidence.AttachmentOwner;
import kr.innotrack.evidence.Owner;
import kr.innotrack.evidence.OwnerKind;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence of a round entry (the department's report) and of a remedy (원인분석·개선대책): read by the round's
 * organization (as the entry and remedy pages are), attached and removed by the department's officers and planning
 * admins ({@link RoundPolicy#mayWriteFor}); frozen once the round is closed. Recorded in the entry's or remedy's history.
 */
final class RoundEvidence {

    private RoundEvidence() {
    }

    @Component
    @RequiredArgsConstructor
    static class Entries implements AttachmentOwner {

        private final RoundEntryRepository entries;
        private final Messages messages;

        @Override
        public OwnerKind kind() {
            return OwnerKind.ROUND_ENTRY;
        }

        @Override
        @Transactional(readOnly = true)
        public Owner resolve(Long entryId, CurrentUser user) {
            RoundEntry entry = entries.findDetail(entryId)
                    .filter(e -> e.getRound().getPlan().getOrganization().getId().equals(user.organizationId()))
                    .orElseThrow(() -> new NotFoundException("entry.record", entryId));
            CheckRound round = entry.getRound();
            boolean write = RoundPolicy.mayWriteFor(user, entry.getDepartmentId());
            return new Owner(OwnerKind.ROUND_ENTRY, entry.getId(), user.organizationId(),
                    round.getTitle() + " · " + entry.getTask().getCode() + " " + entry.getTask().getTitle(),
                    "/rounds/" + round.getId() + "/entries/" + entry.getId() + "#evidence", write, write,
                    round.getState().closed(),
                    RoundCommands.subject(round, entry.getTaskId(), EntryCommands.ENTRY, entry.getId(),
                            messages.get("entry.history.subject", round.getTitle())));
        }
    }

    @Component
    @RequiredArgsConstructor
    static class Remedies implements AttachmentOwner {

        private final RemedyRepository remedies;
        private final Messages messages;

        @Override
        public OwnerKind kind() {
            return OwnerKind.REMEDY;
        }

        @Override
        @Transactional(readOnly = true)
        public Owner resolve(Long remedyId, CurrentUser user) {
            Remedy remedy = remedies.findDetail(remedyId)
                    .filter(r -> r.getEntry().getRound().getPlan().getOrganization().getId()
                            .equals(user.organizationId()))
                    .orElseThrow(() -> new NotFoundException("remedy.record", remedyId));
            CheckRound round = remedy.getEntry().getRound();
            boolean write = RoundPolicy.mayWriteFor(user, remedy.getDepartmentId());
            return new Owner(OwnerKind.REMEDY, remedy.getId(), user.organizationId(),
                    round.getTitle() + " · " + remedy.getEntry().getTask().getCode() + " "
                            + remedy.getEntry().getTask().getTitle(),
                    "/remedies/" + remedy.getId() + "#evidence", write, write, round.getState().closed(),
                    RoundCommands.subject(round, remedy.getTaskId(), RemedyCommands.REMEDY, remedy.getId(),
                            messages.get("remedy.history.subject", round.getTitle())));
        }
    }
}
