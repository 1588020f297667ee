package kr.innotrack.proposal;

import kr.innotrack.participation.Participation;
import kr.innotrack.participation.Purpose;
import kr.innotrack.participation.Voice;
import kr.innotrack.participation.ParticipationRefused;
import org.springframework.dao.DuplicateKeyException;
import kr.innotrack.shared.web.RejectedInput;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 공감: one per verified voice per proposal. Step one mails a code ({@link Participation#requestCode}); step two
 * confirms it and, in the same transaction, inserts {@code proposal_support} (unique on proposal and voice) and adds
 * one to the count. Only a published proposal that is not decided takes support.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ProposalSupports {

    private final JdbcClient jdbc;
    private final Participation participation;
    private final java.time.Clock clock;

    public void requestCode(Long organizationId, Long proposalId, String email, String clientAddress) {
        requireOpen(organizationId, proposalId);
        try {
            participation.requestCode(email, Purpose.support(proposalId), clientAddress);
        } catch (ParticipationRefused refused) {
            throw beside(refused);
        }
    }

    /** A refusal of the verification as a message beside its field ({@code email} or {@code code}). */
    private static RejectedInput beside(ParticipationRefused refused) {
        return new RejectedInput("code".equals(refused.getField()) ? "code" : "email", refused.getMessageKey(),
                refused.getArguments());
    }

    /**
     * Confirms the code and records the support. A second support by the same voice is refused as a duplicate key
     * (what {@code Conflicts.lostRace} answers with 409), whether found first or hit in a parallel insert.
     */
    public void support(Long organizationId, Long proposalId, String email, String code, String clientAddress) {
        requireOpen(organizationId, proposalId);
        Voice voice;
        try {
            voice = participation.confirm(email, code, Purpose.support(proposalId), clientAddress);
        } catch (ParticipationRefused refused) {
            throw beside(refused);
        }
        boolean already = jdbc.sql("select count(*) from proposal_support where proposal_id = ? and voice = ?")
                .params(proposalId, voice.key()).query(Long.class).single() > 0;
        if (already) {
            throw new DuplicateKeyException("proposal.support.already");
        }
        jdbc.sql("insert into proposal_support (proposal_id, voice, created_at) values (?, ?, ?)")
                .params(proposalId, voice.key(), java.time.LocalDateTime.now(clock)).update();
        jdbc.sql("update proposal set support_count = support_count + 1 where id = ?").param(proposalId).update();
    }

    private void requireOpen(Long organizationId, Long proposalId) {
        boolean open = jdbc.sql("""
                        select count(*) from proposal where id = ? and organization_id = ? and publication = 'PUBLISHED'
                        and triage in ('RECEIVED', 'REVIEWING')""")
                .params(proposalId, organizationId).query(Long.class).single() > 0;
        if (!open) {
            throw new RejectedInput("email", "proposal.support.closed");
        }
    }
}
