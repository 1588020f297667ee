package kr.innotrack.evidence;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ChunkRepository extends JpaRepository<EvidenceChunk, EvidenceChunk.Key> {

    /** One chunk's bytes (a projection: nothing stays in the persistence context). */
    @Query("select c.data from EvidenceChunk c where c.attachmentId = :attachmentId and c.seq = :seq")
    byte[] data(Long attachmentId, int seq);

    @Modifying
    @Query("delete from EvidenceChunk c where c.attachmentId = :attachmentId")
    void deleteOf(Long attachmentId);
}
