package kr.innotrack.checkround;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EntryMessageRepository extends JpaRepository<EntryMessage, Long> {

    List<EntryMessage> findByEntryIdOrderById(Long entryId);

    boolean existsBySubmissionKey(String submissionKey);

    /**
     * Per entry of a round with messages: entry id, the last office message's id, the last department message's id,
     * the number of messages. One statement for the whole round.
     */
    @Query("""
            select m.entryId,
                   max(case when m.side = kr.innotrack.checkround.MessageSide.OFFICE then m.id end),
                   max(case when m.side = kr.innotrack.checkround.MessageSide.DEPARTMENT then m.id end),
                   count(m)
            from EntryMessage m where m.roundId = :roundId group by m.entryId""")
    List<Object[]> tallyOfRound(Long roundId);

    /** The same per entry, for the given entries (a department's to-do list): one statement. */
    @Query("""
            select m.entryId,
                   max(case when m.side = kr.innotrack.checkround.MessageSide.OFFICE then m.id end),
                   max(case when m.side = kr.innotrack.checkround.MessageSide.DEPARTMENT then m.id end),
                   count(m)
            from EntryMessage m where m.entryId in :entryIds group by m.entryId""")
    List<Object[]> tallyOfEntries(java.util.Collection<Long> entryIds);
}
