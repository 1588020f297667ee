package kr.innotrack.checkround;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoundEntryEvidenceRepository extends JpaRepository<RoundEntryEvidence, Long> {

    /** A closed round's evidence, every entry's lines in order: one statement whatever the round's size. */
    @Query("""
            select v from RoundEntryEvidence v where v.entryId in (select e.id from RoundEntry e where e.roundId = :roundId)
            order by v.entryId, v.lineNo""")
    List<RoundEntryEvidence> findByRound(Long roundId);

    @Query("select v from RoundEntryEvidence v where v.entryId = :entryId order by v.lineNo")
    List<RoundEntryEvidence> findByEntry(Long entryId);
}
