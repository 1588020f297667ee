package kr.innotrack.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Immutable;

/** One piece (up to {@link DatabaseStore#CHUNK} bytes) of a file kept in the database; written once, read in order. */
@Entity
@Table(name = "evidence_chunk")
@IdClass(EvidenceChunk.Key.class)
@Immutable
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class EvidenceChunk {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Id
    private int seq;

    private byte[] data;

    EvidenceChunk(Long attachmentId, int seq, byte[] data) {
        this.attachmentId = attachmentId;
        this.seq = seq;
        this.data = data;
    }

    @NoArgsConstructor
    static class Key implements Serializable {
        private Long attachmentId;
        private int seq;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(attachmentId, k.attachmentId) && seq == k.seq;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(attachmentId, seq);
        }
    }
}
